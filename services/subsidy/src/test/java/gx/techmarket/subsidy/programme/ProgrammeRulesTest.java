package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static gx.techmarket.contracts.events.ContractType.CONSULTING;
import static gx.techmarket.contracts.events.ContractType.DEVELOPMENT_COOPERATIVE;
import static gx.techmarket.contracts.events.ContractType.LICENSE_PATENT;
import static gx.techmarket.contracts.events.ContractType.SERVICE;
import static gx.techmarket.contracts.events.ContractType.SERVICE_TRAINING;
import static gx.techmarket.contracts.events.ContractType.TRANSFER_PATENT;
import static gx.techmarket.platform.testing.Orgs.GUILIN_SUGAR;
import static gx.techmarket.platform.testing.Orgs.GXAS;
import static gx.techmarket.platform.testing.Orgs.GXU;
import static gx.techmarket.platform.testing.Orgs.GX_SUGAR_GROUP;
import static gx.techmarket.platform.testing.Orgs.GX_TECH_TRANSFER;
import static gx.techmarket.platform.testing.Orgs.LIUZHOU_AUTO_PARTS;
import static gx.techmarket.platform.testing.Orgs.NANNING_REGISTRY;
import static gx.techmarket.subsidy.Contracts.HANGZHOU_ENTERPRISE;
import static gx.techmarket.subsidy.Contracts.contract;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BELOW_MINIMUM;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_NOT_ENTERPRISE;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_OUTSIDE_GUANGXI;
import static gx.techmarket.subsidy.programme.Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE;
import static gx.techmarket.subsidy.programme.Assessment.Reason.INTERMEDIARY_IS_PARTY;
import static gx.techmarket.subsidy.programme.Assessment.Reason.NOTHING_TO_GRANT;
import static gx.techmarket.subsidy.programme.Assessment.Reason.NO_INTERMEDIARY;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three contract programmes' rules, as plain Java: no Quarkus, no database. */
class ProgrammeRulesTest {

    static final ProgrammeTerms BUYER_SUBSIDY = new ProgrammeTerms("RESULT_TRANSFORMATION_POST_SUBSIDY",
            RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"), new BigDecimal("500000.00"), new BigDecimal("100000.00"),
            EnumSet.of(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT), "桂政发〔2018〕51号");
    static final ProgrammeTerms INTERMEDIARY = new ProgrammeTerms("INTERMEDIARY_SUBSIDY", RuleKind.INTERMEDIARY,
            new BigDecimal("0.010000"), null, null, EnumSet.allOf(ContractCategory.class), "桂政发〔2018〕51号 1%");
    static final ProgrammeTerms REGISTRATION = new ProgrammeTerms("REGISTRATION_BODY_SUBSIDY", RuleKind.REGISTRATION_BODY,
            new BigDecimal("0.001"), null, null, EnumSet.allOf(ContractCategory.class), "桂政发〔2018〕51号 1‰");

    @Test
    void shouldGiveTheIssuesExampleItsAmountsToTheFen() {
        ContractRegistered c = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, GX_TECH_TRANSFER, "1000000.00",
                "200000.00");
        assertThat(c.technologyTransactionAmount()).isEqualByComparingTo("800000.00");
        assertEligible(INTERMEDIARY.assess(c), GX_TECH_TRANSFER, "8000.00", false);
        assertEligible(REGISTRATION.assess(c), null, "800.00", false);
        assertEligible(BUYER_SUBSIDY.assess(c), LIUZHOU_AUTO_PARTS, "160000.00", false);
    }

    @Test
    void shouldCapTheBuyerSubsidyPerContract() {
        // 0.20 × 2,500,000.03 = 500,000.006 → 500,000.01 before the cap
        assertEligible(BUYER_SUBSIDY.assess(buying(LICENSE_PATENT, GXU, "2500000.03")), LIUZHOU_AUTO_PARTS,
                "500000.00", true);
        // exactly at the cap is not "capped"
        assertEligible(BUYER_SUBSIDY.assess(buying(LICENSE_PATENT, GXU, "2500000.00")), LIUZHOU_AUTO_PARTS,
                "500000.00", false);
    }

    @Test
    void shouldRefuseABuyerOutsideGuangxiOrNotAnEnterprise() {
        assertThat(BUYER_SUBSIDY.assess(contract(TRANSFER_PATENT, GXU, HANGZHOU_ENTERPRISE, null, "800000.00", "0.00")))
                .isEqualTo(no(BUYER_OUTSIDE_GUANGXI));
        assertThat(BUYER_SUBSIDY.assess(contract(TRANSFER_PATENT, GXU, GXAS, null, "800000.00", "0.00")))
                .isEqualTo(no(BUYER_NOT_ENTERPRISE));
    }

    @Test
    void shouldRefuseABuyerAffiliatedWithTheSellerEitherWay() {
        for (ContractRegistered c : List.of(contract(TRANSFER_PATENT, GX_SUGAR_GROUP, GUILIN_SUGAR, null, "800000.00",
                "0.00"), contract(TRANSFER_PATENT, GUILIN_SUGAR, GX_SUGAR_GROUP, null, "800000.00", "0.00"))) {
            assertThat(BUYER_SUBSIDY.assess(c)).isEqualTo(no(BUYER_AFFILIATED_WITH_SELLER));
        }
        assertEligible(BUYER_SUBSIDY.assess(buying(TRANSFER_PATENT, GX_SUGAR_GROUP, "800000.00")), LIUZHOU_AUTO_PARTS,
                "160000.00", false);
    }

    @Test
    void shouldRefuseConsultingAndServiceContracts() {
        for (ContractType type : List.of(CONSULTING, SERVICE_TRAINING)) {
            assertThat(BUYER_SUBSIDY.assess(buying(type, GXU, "800000.00"))).as(type.name())
                    .isEqualTo(no(CONTRACT_TYPE_NOT_ELIGIBLE));
        }
        // the 1% and 1‰ programmes cover every technical contract
        assertEligible(INTERMEDIARY.assess(contract(CONSULTING, GXU, LIUZHOU_AUTO_PARTS, GX_TECH_TRANSFER, "800000.00",
                "0.00")), GX_TECH_TRANSFER, "8000.00", false);
    }

    @Test
    void shouldRefuseATechnologyTransactionAmountBelowTheMinimum() {
        ContractRegistered below = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "150000.00", "50000.01");
        ContractRegistered atMinimum = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "150000.00", "50000.00");
        assertThat(BUYER_SUBSIDY.assess(below)).isEqualTo(no(BELOW_MINIMUM));
        assertEligible(BUYER_SUBSIDY.assess(atMinimum), LIUZHOU_AUTO_PARTS, "20000.00", false);
    }

    @Test
    void shouldGiveNoIntermediarySubsidyWithoutABrokerOrToAParty() {
        assertThat(INTERMEDIARY.assess(buying(TRANSFER_PATENT, GXU, "800000.00"))).isEqualTo(no(NO_INTERMEDIARY));
        Party sellerAsBroker = Party.of(GXU.uscc(), GXU.name(), OrgKind.UNIVERSITY, "450100");
        assertThat(INTERMEDIARY.assess(contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, sellerAsBroker, "800000.00",
                "0.00"))).isEqualTo(no(INTERMEDIARY_IS_PARTY));
    }

    @Test
    void shouldRoundHalfUpToTheFen() {
        // 1‰ of 12,345.67 = 12.34567 → 12.35; 1% of 1,234.50 = 12.345 → 12.35; 1‰ of 4.99 = 0.00499 → nothing
        assertEligible(REGISTRATION.assess(buying(SERVICE, GXU, "12345.67")), null, "12.35", false);
        assertEligible(INTERMEDIARY.assess(contract(SERVICE, GXU, LIUZHOU_AUTO_PARTS, GX_TECH_TRANSFER, "1234.50",
                "0.00")), GX_TECH_TRANSFER, "12.35", false);
        assertThat(REGISTRATION.assess(buying(SERVICE, GXU, "4.99"))).isEqualTo(no(NOTHING_TO_GRANT));
    }

    @Test
    void shouldPayTheRegistrationPointOfTheCityInItsCode() {
        Assessment.Eligible e = (Assessment.Eligible) REGISTRATION.assess(
                buying(DEVELOPMENT_COOPERATIVE, GXU, "800000.00"));
        assertThat(e.beneficiary().uscc()).isEqualTo(NANNING_REGISTRY.uscc());
        assertThat(e.beneficiary().kind()).isEqualTo(OrgKind.REGISTRY);
        assertThat(e.beneficiary().region()).isEqualTo("450100");
        assertThat(e.rate()).isEqualTo(new BigDecimal("0.001"));
    }

    @Test
    void shouldRefuseABuyerRateAboveFiftyPercent() {
        assertThatThrownBy(() -> new ProgrammeTerms("RESULT_TRANSFORMATION_POST_SUBSIDY", RuleKind.BUYER_POST_SUBSIDY,
                new BigDecimal("0.51"), null, null, EnumSet.of(ContractCategory.TRANSFER), "x"))
                .hasMessageContaining("50%");
        assertThat(new ProgrammeTerms("RESULT_TRANSFORMATION_POST_SUBSIDY", RuleKind.BUYER_POST_SUBSIDY,
                new BigDecimal("0.500000"), null, null, EnumSet.of(ContractCategory.TRANSFER), "x").rate())
                .isEqualTo(new BigDecimal("0.50"));
        assertThatThrownBy(() -> new ProgrammeTerms("INTERMEDIARY_SUBSIDY", RuleKind.INTERMEDIARY, BigDecimal.ZERO, null,
                null, EnumSet.allOf(ContractCategory.class), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldChargeTheBudgetYearOfTheRegistrationInChinaTime() {
        assertThat(BudgetYear.of(Instant.parse("2026-12-31T15:59:59Z"))).isEqualTo(2026);
        assertThat(BudgetYear.of(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo(2027);
    }

    private static void assertEligible(Assessment a, Party beneficiary, String amount, boolean capped) {
        assertThat(a).isInstanceOf(Assessment.Eligible.class);
        Assessment.Eligible e = (Assessment.Eligible) a;
        assertThat(e.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(e.capped()).isEqualTo(capped);
        if (beneficiary != null) {
            assertThat(e.beneficiary()).isEqualTo(beneficiary);
        }
    }

    private static Assessment no(Assessment.Reason reason) {
        return new Assessment.Ineligible(reason);
    }

    /** {@code seller} selling to 柳州汽车零部件, no broker, nothing non-technical. */
    private static ContractRegistered buying(ContractType type, Party seller, String total) {
        return contract(type, seller, LIUZHOU_AUTO_PARTS, null, total, "0.00");
    }
}
