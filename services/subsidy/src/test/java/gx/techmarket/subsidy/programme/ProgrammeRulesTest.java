package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The three contract programmes' rules, as plain Java: no Quarkus, no database. */
class ProgrammeRulesTest {

    static final Party GXU = Party.of("124501004985024102", "广西大学", OrgKind.UNIVERSITY, "450100");
    static final Party LIUZHOU = Party.of("91450200MA5L0PX62A", "柳州汽车零部件有限公司", OrgKind.ENTERPRISE, "450200");
    static final Party SUGAR_GROUP = Party.of("91450100MA5K3B2L5H", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "450100");
    static final Party GUILIN_SUGAR = new Party("91450300MA5KC7Q12L", "桂林桂糖制糖有限公司", OrgKind.ENTERPRISE, "450300",
            SUGAR_GROUP.uscc());
    static final Party HANGZHOU = Party.of("91330100MA2B3C4D5E", "杭州云栖智能装备有限公司", OrgKind.ENTERPRISE, "330100");
    static final Party BROKER = Party.of("91450100MA5P2D9E7A", "广西技术转移中心有限公司", OrgKind.AGENCY, "450100");
    static final RegistrationPoint NANNING = new RegistrationPoint("124501004983071214", "南宁市技术合同登记站", "0103");

    static final ProgrammeTerms BUYER_SUBSIDY = new ProgrammeTerms("RESULT_TRANSFORMATION_POST_SUBSIDY",
            RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"), new BigDecimal("500000.00"), new BigDecimal("100000.00"),
            EnumSet.of(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT), "桂政发〔2018〕51号");
    static final ProgrammeTerms INTERMEDIARY = new ProgrammeTerms("INTERMEDIARY_SUBSIDY", RuleKind.INTERMEDIARY,
            new BigDecimal("0.010000"), null, null, EnumSet.allOf(ContractCategory.class), "桂政发〔2018〕51号 1%");
    static final ProgrammeTerms REGISTRATION = new ProgrammeTerms("REGISTRATION_BODY_SUBSIDY", RuleKind.REGISTRATION_BODY,
            new BigDecimal("0.001"), null, null, EnumSet.allOf(ContractCategory.class), "桂政发〔2018〕51号 1‰");

    @Test
    void shouldGiveTheIssuesExampleItsAmountsToTheFen() {
        ContractRegistered c = contract(ContractType.TRANSFER_PATENT, GXU, LIUZHOU, BROKER, "1000000.00", "200000.00");
        assertThat(c.technologyTransactionAmount()).isEqualByComparingTo("800000.00");
        assertEligible(INTERMEDIARY.assess(c), BROKER, "8000.00", false);
        assertEligible(REGISTRATION.assess(c), null, "800.00", false);
        assertEligible(BUYER_SUBSIDY.assess(c), LIUZHOU, "160000.00", false);
    }

    @Test
    void shouldCapTheBuyerSubsidyPerContract() {
        // 0.20 × 2,500,000.03 = 500,000.006 → 500,000.01 before the cap
        Assessment a = BUYER_SUBSIDY.assess(contract(ContractType.LICENSE_PATENT, GXU, LIUZHOU, null, "2500000.03", "0.00"));
        assertEligible(a, LIUZHOU, "500000.00", true);
        // exactly at the cap is not "capped"
        assertEligible(BUYER_SUBSIDY.assess(contract(ContractType.LICENSE_PATENT, GXU, LIUZHOU, null, "2500000.00", "0.00")),
                LIUZHOU, "500000.00", false);
    }

    @Test
    void shouldRefuseABuyerOutsideGuangxi() {
        assertIneligible(BUYER_SUBSIDY.assess(contract(ContractType.TRANSFER_PATENT, GXU, HANGZHOU, null, "800000.00", "0.00")),
                Assessment.Reason.BUYER_OUTSIDE_GUANGXI);
    }

    @Test
    void shouldRefuseABuyerAffiliatedWithTheSellerEitherWay() {
        assertIneligible(BUYER_SUBSIDY.assess(
                        contract(ContractType.TRANSFER_PATENT, SUGAR_GROUP, GUILIN_SUGAR, null, "800000.00", "0.00")),
                Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER);
        assertIneligible(BUYER_SUBSIDY.assess(
                        contract(ContractType.TRANSFER_PATENT, GUILIN_SUGAR, SUGAR_GROUP, null, "800000.00", "0.00")),
                Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER);
        assertEligible(BUYER_SUBSIDY.assess(contract(ContractType.TRANSFER_PATENT, SUGAR_GROUP, LIUZHOU, null, "800000.00",
                "0.00")), LIUZHOU, "160000.00", false);
    }

    @Test
    void shouldRefuseConsultingAndServiceContractsAndNonEnterpriseBuyers() {
        assertIneligible(BUYER_SUBSIDY.assess(contract(ContractType.CONSULTING, GXU, LIUZHOU, null, "800000.00", "0.00")),
                Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE);
        assertIneligible(BUYER_SUBSIDY.assess(contract(ContractType.SERVICE_TRAINING, GXU, LIUZHOU, null, "800000.00", "0.00")),
                Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE);
        Party institute = Party.of("124501004980015368", "广西科学院", OrgKind.INSTITUTE, "450100");
        assertIneligible(BUYER_SUBSIDY.assess(contract(ContractType.TRANSFER_PATENT, GXU, institute, null, "800000.00", "0.00")),
                Assessment.Reason.BUYER_NOT_ENTERPRISE);
        // the 1% and 1‰ programmes cover every technical contract
        assertEligible(INTERMEDIARY.assess(contract(ContractType.CONSULTING, GXU, LIUZHOU, BROKER, "800000.00", "0.00")),
                BROKER, "8000.00", false);
    }

    @Test
    void shouldRefuseATechnologyTransactionAmountBelowTheMinimum() {
        assertIneligible(BUYER_SUBSIDY.assess(contract(ContractType.TRANSFER_PATENT, GXU, LIUZHOU, null, "150000.00", "50000.01")),
                Assessment.Reason.BELOW_MINIMUM);
        assertEligible(BUYER_SUBSIDY.assess(contract(ContractType.TRANSFER_PATENT, GXU, LIUZHOU, null, "150000.00", "50000.00")),
                LIUZHOU, "20000.00", false);
    }

    @Test
    void shouldGiveNoIntermediarySubsidyWithoutABrokerOrToAParty() {
        assertIneligible(INTERMEDIARY.assess(contract(ContractType.TRANSFER_PATENT, GXU, LIUZHOU, null, "800000.00", "0.00")),
                Assessment.Reason.NO_INTERMEDIARY);
        Party sellerAsBroker = Party.of(GXU.uscc(), GXU.name(), OrgKind.UNIVERSITY, "450100");
        assertIneligible(INTERMEDIARY.assess(
                        contract(ContractType.TRANSFER_PATENT, GXU, LIUZHOU, sellerAsBroker, "800000.00", "0.00")),
                Assessment.Reason.INTERMEDIARY_IS_PARTY);
    }

    @Test
    void shouldRoundHalfUpToTheFen() {
        // 1‰ of 12,345.67 = 12.34567 → 12.35; 1% of 1,234.50 = 12.345 → 12.35; 1‰ of 4.99 = 0.00499 → nothing
        assertEligible(REGISTRATION.assess(contract(ContractType.SERVICE, GXU, LIUZHOU, null, "12345.67", "0.00")), null,
                "12.35", false);
        assertEligible(INTERMEDIARY.assess(contract(ContractType.SERVICE, GXU, LIUZHOU, BROKER, "1234.50", "0.00")), BROKER,
                "12.35", false);
        assertIneligible(REGISTRATION.assess(contract(ContractType.SERVICE, GXU, LIUZHOU, null, "4.99", "0.00")),
                Assessment.Reason.NOTHING_TO_GRANT);
    }

    @Test
    void shouldPayTheRegistrationPointOfTheCityInItsCode() {
        Assessment.Eligible e = (Assessment.Eligible) REGISTRATION.assess(
                contract(ContractType.DEVELOPMENT_COOPERATIVE, GXU, LIUZHOU, null, "800000.00", "0.00"));
        assertThat(e.beneficiary().uscc()).isEqualTo(NANNING.uscc());
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

    private static void assertIneligible(Assessment a, Assessment.Reason reason) {
        assertThat(a).isEqualTo(new Assessment.Ineligible(reason));
    }

    static ContractRegistered contract(ContractType type, Party seller, Party buyer, Party broker, String total,
            String nonTechnical) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal n = new BigDecimal(nonTechnical);
        List<NonTechnicalItem> items = n.signum() == 0 ? List.of()
                : List.of(new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "设备", n));
        return new ContractRegistered(UUID.randomUUID(), "26450103000123", "技术合同", type, seller, buyer, broker, NANNING,
                t, n, t.subtract(n), items, LocalDate.of(2026, 9, 8), Instant.parse("2026-09-22T06:45:00Z"), "2026.1");
    }
}
