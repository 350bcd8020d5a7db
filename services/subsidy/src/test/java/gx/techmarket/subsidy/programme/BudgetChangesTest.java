package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.BudgetChanged;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.Published;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.payment.Grants;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every change of a programme-year's budget or of what is available of it is announced by BudgetChanged in its
 * transaction, its version one more each time: the opening, a top-up, a grant of an entitlement, a grant reversed.
 */
@SubsidyTest
class BudgetChangesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Grants grants;

    @BeforeEach
    void organisations() {
        DirectoryFixtures.ensureKnown(db);
    }

    private UUID programmeId(String code, int year) {
        return (UUID) Db.single(db, "select id from programme where code = ? and budget_year = ?", code, year);
    }

    private List<BudgetChanged> changes(String code, int year) {
        return Published.about(db, BudgetChanged.class, programmeId(code, year));
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void theProgrammeYearsTheMigrationsSeededAreAnnouncedAtTheStartOnceEach() {
        // the demo's programme-years (V2: 2026 and 2027) changed nothing since the start: version 1, announced
        assertThat(Db.count(db, "select count(*) from programme where budget_version = 0")).isZero();
        List<BudgetChanged> seeded = changes("INTERMEDIARY_SUBSIDY", 2027);
        assertThat(seeded).isNotEmpty();
        BudgetChanged first = seeded.get(0);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.programmeCode()).isEqualTo("INTERMEDIARY_SUBSIDY");
        assertThat(first.budgetYear()).isEqualTo(2027);
        assertThat(first.budget()).isEqualByComparingTo(
                (BigDecimal) Db.single(db, "select budget from programme where code = 'INTERMEDIARY_SUBSIDY' "
                        + "and budget_year = 2027"));
    }

    @Test
    void aGrantOfARegisteredContractTakesItsAmountFromWhatIsAvailable() {
        int year = 2049;
        String code = grants.openProgramme(year, "450000", "100000.00"); // 1 % to the contract's broker
        ContractRegistered contract = Contracts.contract(ContractType.SERVICE, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS,
                Orgs.GX_TECH_TRANSFER, "800000.00", "0.00", Instant.parse("2049-03-02T02:00:00Z"));

        assertThat(Contracts.sendAndAwait(contract, 1).get(code).get("amount")).isEqualTo("8000.00");

        List<BudgetChanged> changes = changes(code, year);
        assertThat(changes).extracting(BudgetChanged::version).containsExactly(1L, 2L);
        assertThat(changes).extracting(BudgetChanged::available).containsExactly(yuan("100000.00"), yuan("92000.00"));
        assertThat(changes).extracting(BudgetChanged::budget).containsOnly(yuan("100000.00"));
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.programmeId()).isEqualTo(programmeId(code, year));
            assertThat(c.programmeCode()).isEqualTo(code);
            assertThat(c.budgetYear()).isEqualTo(year);
            assertThat(c.subMarket()).isEqualTo("450000");
        });
    }

    @Test
    void openingWithoutBudgetThenTopUpsGrantsAndReversalsEachCountOneMore() {
        int year = 2050;
        String code = grants.openProgramme(year, "451000", "0.00");
        assertThat(changes(code, year)).singleElement().satisfies(opened -> {
            assertThat(opened.version()).isEqualTo(1);
            assertThat(opened.budget()).isEqualTo(yuan("0.00"));
            assertThat(opened.available()).isEqualTo(yuan("0.00"));
            assertThat(opened.subMarket()).isEqualTo("451000");
        });

        grants.topUp(code, year, yuan("50000.00"));
        Grants.Grant first = grants.grant(code, year, Orgs.GXU.uscc(), yuan("12000.33"));
        grants.grant(code, year, Orgs.GX_TECH_TRANSFER.uscc(), yuan("7999.67"));
        grants.reverse(first, "合同登记已注销");
        grants.topUp(code, year, yuan("0.01"));

        List<BudgetChanged> changes = changes(code, year);
        assertThat(changes).extracting(BudgetChanged::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(changes).extracting(BudgetChanged::budget).containsExactly(yuan("0.00"), yuan("50000.00"),
                yuan("50000.00"), yuan("50000.00"), yuan("50000.00"), yuan("50000.01"));
        assertThat(changes).extracting(BudgetChanged::available).containsExactly(yuan("0.00"), yuan("50000.00"),
                yuan("37999.67"), yuan("30000.00"), yuan("42000.33"), yuan("42000.34"));
        assertThat(Db.count(db, "select budget_version from programme where code = ? and budget_year = ?", code, year))
                .as("the count kept on the programme-year's row").isEqualTo(6);
    }
}
