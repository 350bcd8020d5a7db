package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.ContractStatus.ACCEPTED;
import static gx.techmarket.registry.contract.ContractStatus.AMENDED;
import static gx.techmarket.registry.contract.ContractStatus.DEREGISTERED;
import static gx.techmarket.registry.contract.ContractStatus.DRAFT;
import static gx.techmarket.registry.contract.ContractStatus.NEEDS_CORRECTION;
import static gx.techmarket.registry.contract.ContractStatus.NOT_REGISTERED;
import static gx.techmarket.registry.contract.ContractStatus.REGISTERED;
import static gx.techmarket.registry.contract.ContractStatus.RESUBMITTED;
import static gx.techmarket.registry.contract.ContractStatus.SUBMITTED;
import static gx.techmarket.registry.contract.ContractStatus.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractStatusTest {

    @Test
    void shouldImplementExactlyTheFilingAcceptanceCorrectionAndRegistrationMoves() {
        List<String> implemented = new ArrayList<>();
        for (ContractStatus from : ContractStatus.values()) {
            for (ContractStatus to : ContractStatus.values()) {
                if (from.canBecome(to)) {
                    implemented.add(from + "->" + to);
                }
            }
        }
        assertThat(implemented).containsExactlyInAnyOrder("DRAFT->SUBMITTED", "SUBMITTED->ACCEPTED",
                "ACCEPTED->REGISTERED", "ACCEPTED->NEEDS_CORRECTION", "NEEDS_CORRECTION->SUBMITTED");
    }

    @Test
    void shouldReserveTheRestOfTheBriefsMachineWithoutAllowingIt() {
        assertThat(ACCEPTED.moves()).containsEntry(UNDER_REVIEW, ContractStatus.Move.RESERVED)
                .containsEntry(NOT_REGISTERED, ContractStatus.Move.RESERVED);
        assertThat(NEEDS_CORRECTION.moves()).containsEntry(RESUBMITTED, ContractStatus.Move.RESERVED);
        assertThat(REGISTERED.moves()).containsOnlyKeys(AMENDED, DEREGISTERED);
        assertThat(REGISTERED.canBecome(DEREGISTERED)).isFalse();
        assertThat(ACCEPTED.canBecome(UNDER_REVIEW)).isFalse();
    }

    @Test
    void shouldEndInRefusalAndDeregistrationAndNeverGoBackToDraft() {
        assertThat(NOT_REGISTERED.moves()).isEmpty();
        assertThat(DEREGISTERED.moves()).isEmpty();
        for (ContractStatus s : ContractStatus.values()) {
            assertThat(s.moves()).doesNotContainKey(DRAFT);
        }
    }

    @Test
    void shouldLetTheSellerFileOnlyDraftsAndReturnedFilings() {
        assertThat(EnumSet.allOf(ContractStatus.class).stream().filter(ContractStatus::isFileable).toList())
                .containsExactlyInAnyOrder(DRAFT, NEEDS_CORRECTION);
        assertThat(ContractStatus.FILED).doesNotContain(DRAFT).contains(SUBMITTED, REGISTERED);
    }
}
