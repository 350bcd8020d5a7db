package gx.techmarket.subsidy.entitlement;

import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.Contracts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.EntryKind;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.programme.Budgets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Corrections are reversing entries: the grant stays in the ledger, its opposite is added. */
@SubsidyTest
class EntitlementReversalTest {

    @Inject
    EntitlementService service;

    @Inject
    Ledger ledger;

    @Inject
    Budgets budgets;

    @Test
    void reversingAGrantGivesTheBudgetBackAndKeepsTheOriginalEntry() {
        ContractRegistered contract = Contracts.example();
        BigDecimal before = QuarkusTransaction.requiringNew().call(() -> budgets.remaining("INTERMEDIARY_SUBSIDY", 2026));
        List<Entitlement> derived = QuarkusTransaction.requiringNew()
                .call(() -> service.derive(contract, UUID.randomUUID()));
        Entitlement broker = derived.stream().filter(e -> e.programmeCode.equals("INTERMEDIARY_SUBSIDY")).findFirst()
                .orElseThrow();
        UUID grantEntry = broker.journalEntryId;
        assertThat(QuarkusTransaction.requiringNew().call(() -> budgets.remaining("INTERMEDIARY_SUBSIDY", 2026)))
                .isEqualByComparingTo(before.subtract(new BigDecimal("8000.00")));

        EntitlementView reversed = service.reverse(broker.id(), "合同登记已注销");
        assertThat(reversed.status()).isEqualTo(EntitlementStatus.REVERSED);
        assertThat(reversed.reversalEntryId()).isNotNull();

        QuarkusTransaction.requiringNew().run(() -> {
            List<Ledger.Entry> entries = ledger.entriesOf(broker.id());
            assertThat(entries).extracting(Ledger.Entry::kind).containsExactly(EntryKind.GRANT, EntryKind.REVERSAL);
            Ledger.Entry grant = entries.get(0);
            Ledger.Entry reversal = entries.get(1);
            assertThat(grant.id()).isEqualTo(grantEntry);
            assertThat(reversal.reverses()).isEqualTo(grantEntry);
            assertThat(reversal.description()).contains("合同登记已注销");
            for (int i = 0; i < grant.lines().size(); i++) {
                assertThat(reversal.lines().get(i).account()).isEqualTo(grant.lines().get(i).account());
                assertThat(reversal.lines().get(i).amount()).isEqualByComparingTo(grant.lines().get(i).amount().negate());
            }
            assertThat(budgets.remaining("INTERMEDIARY_SUBSIDY", 2026)).isEqualByComparingTo(before);
            assertThat(ledger.balance(Account.payable("INTERMEDIARY_SUBSIDY", Orgs.GX_TECH_TRANSFER.uscc())).signum())
                    .isLessThanOrEqualTo(0);
        });

        // once only, and a reversal is not itself reversible
        assertThatThrownBy(() -> service.reverse(broker.id(), "再次冲销")).isInstanceOf(ProblemException.class)
                .hasMessage("ILLEGAL_STATE_TRANSITION");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ledger.reverse(grantEntry, "再次冲销")))
                .isInstanceOf(ProblemException.class).hasMessage("JOURNAL_ENTRY_ALREADY_REVERSED");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> ledger.reverse(reversed.reversalEntryId(), "冲销冲销")))
                .isInstanceOf(ProblemException.class).hasMessage("REVERSAL_NOT_REVERSIBLE");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> ledger.reverse(UUID.randomUUID(), "无")))
                .isInstanceOf(ProblemException.class).hasMessage("JOURNAL_ENTRY_NOT_FOUND");
    }

    @Test
    void aWaitingEntitlementCannotBeReversed() {
        assertThatThrownBy(() -> service.reverse(UUID.randomUUID(), "无此补助")).isInstanceOf(ProblemException.class)
                .hasMessage("ENTITLEMENT_NOT_FOUND");
    }
}
