package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static gx.techmarket.contracts.events.ContractType.CONSULTING;
import static gx.techmarket.contracts.events.ContractType.DEVELOPMENT_COOPERATIVE;
import static gx.techmarket.contracts.events.ContractType.LICENSE_PATENT;
import static gx.techmarket.contracts.events.ContractType.SERVICE;
import static gx.techmarket.contracts.events.ContractType.SERVICE_TRAINING;
import static gx.techmarket.contracts.events.ContractType.TRANSFER_PATENT;
import static gx.techmarket.platform.testing.Orgs.GUET;
import static gx.techmarket.platform.testing.Orgs.GUILIN_SUGAR;
import static gx.techmarket.platform.testing.Orgs.GXAS;
import static gx.techmarket.platform.testing.Orgs.GXU;
import static gx.techmarket.platform.testing.Orgs.GX_SUGAR_GROUP;
import static gx.techmarket.platform.testing.Orgs.GX_TECH_TRANSFER;
import static gx.techmarket.platform.testing.Orgs.LIUZHOU_AUTO_PARTS;
import static gx.techmarket.platform.testing.Orgs.NANNING_REGISTRY;
import static gx.techmarket.subsidy.Contracts.HANGZHOU_ENTERPRISE;
import static gx.techmarket.subsidy.Contracts.IN_2026;
import static gx.techmarket.subsidy.Contracts.contract;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BELOW_MINIMUM;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_NOT_ENTERPRISE;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_OUTSIDE_GUANGXI;
import static gx.techmarket.subsidy.programme.Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE;
import static gx.techmarket.subsidy.programme.Assessment.Reason.FOREIGN_PARTY;
import static gx.techmarket.subsidy.programme.Assessment.Reason.BUYER_NOT_VERIFIED;
import static gx.techmarket.subsidy.programme.Assessment.Reason.INTERMEDIARY_AFFILIATED_WITH_PARTY;
import static gx.techmarket.subsidy.programme.Assessment.Reason.INTERMEDIARY_IS_PARTY;
import static gx.techmarket.subsidy.programme.Assessment.Reason.PARTY_NOT_IN_DIRECTORY;
import static gx.techmarket.subsidy.programme.Assessment.Reason.NOTHING_TO_GRANT;
import static gx.techmarket.subsidy.programme.Assessment.Reason.NO_INTERMEDIARY;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The three contract programmes' rules, as plain Java: no Quarkus, no database. The rules decide on the directory's
 * facts as of the registration ({@link TestDirectory}), whatever the contract's event says about its parties.
 */
class ProgrammeRulesTest {

    /** 柳州桂糖制糖有限公司: a sibling of {@link Orgs#GUILIN_SUGAR} in the 桂糖 group. */
    static final Party LIUZHOU_SUGAR = new Party("91450200MA5KD8R3XR", "柳州桂糖制糖有限公司", OrgKind.ENTERPRISE,
            "450200", GX_SUGAR_GROUP.uscc());
    /** 广西桂糖技术经纪有限公司: a broker firm inside the 桂糖 group. */
    static final Party SUGAR_BROKER = new Party("91450100MA5KE9T4YD", "广西桂糖技术经纪有限公司", OrgKind.AGENCY,
            "450100", GX_SUGAR_GROUP.uscc());

    /** The fixtures, 杭州云栖 and the 桂糖 group's sibling and broker, verified since 2000. */
    static final TestDirectory DIRECTORY = TestDirectory.of(Stream.concat(Orgs.all().stream(),
            Stream.of(HANGZHOU_ENTERPRISE, LIUZHOU_SUGAR, SUGAR_BROKER)).toList());
    static final DirectoryOnDate ON_REGISTRATION = DIRECTORY.on(IN_2026);

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
        assertEligible(INTERMEDIARY.assess(ON_REGISTRATION, c), GX_TECH_TRANSFER, "8000.00", false);
        assertEligible(REGISTRATION.assess(ON_REGISTRATION, c), null, "800.00", false);
        assertEligible(BUYER_SUBSIDY.assess(ON_REGISTRATION, c), LIUZHOU_AUTO_PARTS, "160000.00", false);
    }

    @Test
    void shouldCapTheBuyerSubsidyPerContract() {
        // 0.20 × 2,500,000.03 = 500,000.006 → 500,000.01 before the cap
        assertEligible(BUYER_SUBSIDY.assess(ON_REGISTRATION, buying(LICENSE_PATENT, GXU, "2500000.03")),
                LIUZHOU_AUTO_PARTS, "500000.00", true);
        // exactly at the cap is not "capped"
        assertEligible(BUYER_SUBSIDY.assess(ON_REGISTRATION, buying(LICENSE_PATENT, GXU, "2500000.00")),
                LIUZHOU_AUTO_PARTS, "500000.00", false);
    }

    @Test
    void shouldRefuseABuyerOutsideGuangxiOrNotAnEnterprise() {
        assertNo(BUYER_SUBSIDY, contract(TRANSFER_PATENT, GXU, HANGZHOU_ENTERPRISE, null, "800000.00", "0.00"),
                BUYER_OUTSIDE_GUANGXI);
        assertNo(BUYER_SUBSIDY, contract(TRANSFER_PATENT, GXU, GXAS, null, "800000.00", "0.00"), BUYER_NOT_ENTERPRISE);
    }

    @Test
    void shouldTakeTheBuyersKindAndRegionFromTheDirectoryNotFromTheEvent() {
        // the issue: a university named as buyer was recorded as an enterprise, an out-of-province one as 450100
        Party universityTypedAsEnterprise = Party.of(GUET.uscc(), GUET.name(), OrgKind.ENTERPRISE, "450300");
        assertNo(BUYER_SUBSIDY, contract(TRANSFER_PATENT, GXU, universityTypedAsEnterprise, null, "800000.00", "0.00"),
                BUYER_NOT_ENTERPRISE, "buyer " + GUET.uscc() + ": UNIVERSITY 450300");
        Party hangzhouTypedAsNanning = Party.of(HANGZHOU_ENTERPRISE.uscc(), HANGZHOU_ENTERPRISE.name(),
                OrgKind.ENTERPRISE, "450100");
        assertNo(BUYER_SUBSIDY, contract(TRANSFER_PATENT, GXU, hangzhouTypedAsNanning, null, "800000.00", "0.00"),
                BUYER_OUTSIDE_GUANGXI);
    }

    @Test
    void shouldGiveNothingToABuyerTheDirectoryDidNotKnowOrHadSuspended() {
        Party external = Party.of("91440300MA5FG2H3JW", "深圳前海智造科技有限公司", OrgKind.ENTERPRISE, "440300");
        Assessment unknown = BUYER_SUBSIDY.assess(ON_REGISTRATION,
                contract(TRANSFER_PATENT, GXU, external, null, "800000.00", "0.00"));
        assertThat(reason(unknown)).isEqualTo(BUYER_NOT_VERIFIED);
        assertThat(facts(unknown)).contains("buyer 91440300MA5FG2H3JW: not verified in the directory")
                .contains("as of " + IN_2026);
        TestDirectory suspending = TestDirectory.of(Orgs.all()).suspended(LIUZHOU_AUTO_PARTS.uscc(),
                IN_2026.minusSeconds(60));
        assertThat(reason(BUYER_SUBSIDY.assess(suspending.on(IN_2026), buying(TRANSFER_PATENT, GXU, "800000.00"))))
                .isEqualTo(BUYER_NOT_VERIFIED);
    }

    @Test
    void shouldRefuseABuyerAffiliatedWithTheSellerEitherWay() {
        for (ContractRegistered c : List.of(contract(TRANSFER_PATENT, GX_SUGAR_GROUP, GUILIN_SUGAR, null, "800000.00",
                "0.00"), contract(TRANSFER_PATENT, GUILIN_SUGAR, GX_SUGAR_GROUP, null, "800000.00", "0.00"))) {
            assertNo(BUYER_SUBSIDY, c, BUYER_AFFILIATED_WITH_SELLER);
        }
        assertEligible(BUYER_SUBSIDY.assess(ON_REGISTRATION, buying(TRANSFER_PATENT, GX_SUGAR_GROUP, "800000.00")),
                LIUZHOU_AUTO_PARTS, "160000.00", false);
    }

    @Test
    void shouldRefuseABuyerTheEventRecordedWithoutItsParent() {
        // the issue's brokered draft: 桂林桂糖 recorded with no parent, buying from its parent 广西桂糖集团
        Party withoutParent = Party.of(GUILIN_SUGAR.uscc(), GUILIN_SUGAR.name(), OrgKind.ENTERPRISE, "450300");
        assertNo(BUYER_SUBSIDY, contract(TRANSFER_PATENT, GX_SUGAR_GROUP, withoutParent, GX_TECH_TRANSFER,
                "800000.00", "0.00"), BUYER_AFFILIATED_WITH_SELLER, "parent " + GX_SUGAR_GROUP.uscc(),
                "buyer→seller DESCENDANT");
    }

    @Test
    void shouldRefuseTwoSubsidiariesOfOneGroup() {
        assertNo(BUYER_SUBSIDY, contract(TRANSFER_PATENT, GUILIN_SUGAR, LIUZHOU_SUGAR, null, "800000.00", "0.00"),
                BUYER_AFFILIATED_WITH_SELLER, "buyer→seller SAME_GROUP");
    }

    @Test
    void shouldJudgeTheGroupAsItWasOnTheRegistrationDate() {
        Instant sold = IN_2026.plusSeconds(86_400);
        Party independent = Party.of(GUILIN_SUGAR.uscc(), GUILIN_SUGAR.name(), OrgKind.ENTERPRISE, "450300");
        TestDirectory history = TestDirectory.of(Orgs.all()).verified(independent, sold);
        ContractRegistered fromParent = contract(TRANSFER_PATENT, GX_SUGAR_GROUP, GUILIN_SUGAR, null, "800000.00",
                "0.00");
        // a subsidiary on the registration date gets nothing, though the group sold it the next day
        assertThat(reason(BUYER_SUBSIDY.assess(history.on(IN_2026), fromParent)))
                .isEqualTo(BUYER_AFFILIATED_WITH_SELLER);
        // registered after the sale, the same deal is between unrelated enterprises
        assertEligible(BUYER_SUBSIDY.assess(history.on(sold), fromParent), independent, "160000.00", false);
    }

    @Test
    void shouldRefuseConsultingAndServiceContracts() {
        for (ContractType type : List.of(CONSULTING, SERVICE_TRAINING)) {
            assertThat(reason(BUYER_SUBSIDY.assess(ON_REGISTRATION, buying(type, GXU, "800000.00")))).as(type.name())
                    .isEqualTo(CONTRACT_TYPE_NOT_ELIGIBLE);
        }
        // the 1% and 1‰ programmes cover every technical contract
        assertEligible(INTERMEDIARY.assess(ON_REGISTRATION, contract(CONSULTING, GXU, LIUZHOU_AUTO_PARTS,
                GX_TECH_TRANSFER, "800000.00", "0.00")), GX_TECH_TRANSFER, "8000.00", false);
    }

    @Test
    void shouldRefuseATechnologyTransactionAmountBelowTheMinimum() {
        ContractRegistered below = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "150000.00", "50000.01");
        ContractRegistered atMinimum = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "150000.00", "50000.00");
        assertNo(BUYER_SUBSIDY, below, BELOW_MINIMUM);
        assertEligible(BUYER_SUBSIDY.assess(ON_REGISTRATION, atMinimum), LIUZHOU_AUTO_PARTS, "20000.00", false);
    }

    @Test
    void shouldGiveNoIntermediarySubsidyWithoutABrokerOrToAParty() {
        assertNo(INTERMEDIARY, buying(TRANSFER_PATENT, GXU, "800000.00"), NO_INTERMEDIARY);
        Party sellerAsBroker = Party.of(GXU.uscc(), GXU.name(), OrgKind.UNIVERSITY, "450100");
        assertNo(INTERMEDIARY, contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, sellerAsBroker, "800000.00", "0.00"),
                INTERMEDIARY_IS_PARTY);
    }

    @Test
    void shouldGiveNothingToABrokerInEitherPartysGroup() {
        // the broker firm of the 桂糖 group, with the group's subsidiary selling and with the group buying
        assertNo(INTERMEDIARY, contract(TRANSFER_PATENT, GUILIN_SUGAR, LIUZHOU_AUTO_PARTS, SUGAR_BROKER, "800000.00",
                "0.00"), INTERMEDIARY_AFFILIATED_WITH_PARTY, "intermediary→seller SAME_GROUP",
                "intermediary→buyer UNRELATED");
        assertNo(INTERMEDIARY, contract(TRANSFER_PATENT, GXU, GX_SUGAR_GROUP, SUGAR_BROKER, "800000.00", "0.00"),
                INTERMEDIARY_AFFILIATED_WITH_PARTY);
        // outside the group the same firm earns its 1 %
        assertEligible(INTERMEDIARY.assess(ON_REGISTRATION,
                contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, SUGAR_BROKER, "800000.00", "0.00")), SUGAR_BROKER,
                "8000.00", false);
    }

    @Test
    void shouldGiveNoIntermediarySubsidyWhenTheDirectoryDoesNotKnowAnOrganisation() {
        TestDirectory withoutTheBroker = TestDirectory.of(Orgs.all());
        assertThat(reason(INTERMEDIARY.assess(withoutTheBroker.on(IN_2026), contract(TRANSFER_PATENT, GXU,
                LIUZHOU_AUTO_PARTS, SUGAR_BROKER, "800000.00", "0.00")))).isEqualTo(PARTY_NOT_IN_DIRECTORY);
        // an external buyer leaves the broker's relation to it undecided: nothing
        Party external = Party.of("91440300MA5FG2H3JW", "深圳前海智造科技有限公司", OrgKind.ENTERPRISE, "440300");
        assertNo(INTERMEDIARY, contract(TRANSFER_PATENT, GXU, external, GX_TECH_TRANSFER, "800000.00", "0.00"),
                PARTY_NOT_IN_DIRECTORY);
    }

    @Test
    void shouldRoundHalfUpToTheFen() {
        // 1‰ of 12,345.67 = 12.34567 → 12.35; 1% of 1,234.50 = 12.345 → 12.35; 1‰ of 4.99 = 0.00499 → nothing
        assertEligible(REGISTRATION.assess(ON_REGISTRATION, buying(SERVICE, GXU, "12345.67")), null, "12.35", false);
        assertEligible(INTERMEDIARY.assess(ON_REGISTRATION, contract(SERVICE, GXU, LIUZHOU_AUTO_PARTS,
                GX_TECH_TRANSFER, "1234.50", "0.00")), GX_TECH_TRANSFER, "12.35", false);
        assertNo(REGISTRATION, buying(SERVICE, GXU, "4.99"), NOTHING_TO_GRANT);
    }

    @Test
    void shouldPayTheRegistrationPointAsTheDirectoryKnowsIt() {
        Assessment.Eligible e = (Assessment.Eligible) REGISTRATION.assess(ON_REGISTRATION,
                buying(DEVELOPMENT_COOPERATIVE, GXU, "800000.00"));
        assertThat(e.beneficiary()).isEqualTo(NANNING_REGISTRY);
        assertThat(e.rate()).isEqualTo(new BigDecimal("0.001"));
        assertThat(e.facts()).contains("registrationPoint " + NANNING_REGISTRY.uscc() + ": REGISTRY 450100");
        TestDirectory withoutPoints = TestDirectory.of(List.of(GXU, LIUZHOU_AUTO_PARTS));
        assertThat(reason(REGISTRATION.assess(withoutPoints.on(IN_2026), buying(SERVICE, GXU, "800000.00"))))
                .isEqualTo(PARTY_NOT_IN_DIRECTORY);
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

    @Test
    void shouldPlaceARefusalInTheWouldBeBeneficiarysRegionPerTheDirectoryAsOfTheRegistration() {
        // the event says 南宁; the directory says 桂林: the buyer subsidy's refusal is 桂林's to answer for
        Party typedInNanning = Party.of(GUILIN_SUGAR.uscc(), GUILIN_SUGAR.name(), OrgKind.ENTERPRISE, "450100");
        ContractRegistered c = contract(TRANSFER_PATENT, GX_SUGAR_GROUP, typedInNanning, SUGAR_BROKER, "800000.00",
                "0.00");
        assertThat(BUYER_SUBSIDY.refusalRegion(ON_REGISTRATION, c)).isEqualTo("450300");
        assertThat(INTERMEDIARY.refusalRegion(ON_REGISTRATION, c)).isEqualTo(SUGAR_BROKER.region());
        assertThat(REGISTRATION.refusalRegion(ON_REGISTRATION, c)).isEqualTo(NANNING_REGISTRY.region());
    }

    @Test
    void shouldPlaceARefusalWithoutAKnownBeneficiaryAtTheRegistrationPoint() {
        Party external = Party.of("91440300MA5FG2H3JW", "深圳前海智造科技有限公司", OrgKind.ENTERPRISE, "450200");
        ContractRegistered toExternal = contract(TRANSFER_PATENT, GXU, external, null, "800000.00", "0.00");
        assertThat(BUYER_SUBSIDY.refusalRegion(ON_REGISTRATION, toExternal)).isEqualTo(NANNING_REGISTRY.region());
        assertThat(INTERMEDIARY.refusalRegion(ON_REGISTRATION, toExternal)).isEqualTo(NANNING_REGISTRY.region());

        // a directory that knew not even the point: its code's city digits (01, 南宁)
        DirectoryOnDate empty = TestDirectory.of(List.of()).on(IN_2026);
        ContractRegistered c = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "800000.00", "0.00");
        assertThat(c.registrationPoint().code()).isEqualTo("0103");
        assertThat(BUYER_SUBSIDY.refusalRegion(empty, c)).isEqualTo("450100");
        assertThat(REGISTRATION.refusalRegion(empty, c)).isEqualTo("450100");
    }

    @Test
    void shouldRefuseWithAReasonNotFailWhenABuyerSellerOrBrokerIsForeign() {
        Party munich = Party.foreign("Fraunhofer-Gesellschaft", OrgKind.INSTITUTE, "DE");
        // a technology import: 柳州汽车零部件 buys from a German institute, brokered by 广西技术转移中心
        ContractRegistered imported = contract(TRANSFER_PATENT, munich, LIUZHOU_AUTO_PARTS, GX_TECH_TRANSFER,
                "800000.00", "0.00");
        assertNo(BUYER_SUBSIDY, imported, FOREIGN_PARTY, "seller: foreign (DE) Fraunhofer-Gesellschaft");
        assertNo(INTERMEDIARY, imported, FOREIGN_PARTY, "seller: foreign (DE) Fraunhofer-Gesellschaft");
        // an export: GXU sells to a German buyer
        ContractRegistered exported = contract(TRANSFER_PATENT, GXU, munich, null, "800000.00", "0.00");
        assertNo(BUYER_SUBSIDY, exported, FOREIGN_PARTY, "buyer: foreign (DE) Fraunhofer-Gesellschaft");
        assertNo(INTERMEDIARY, exported, NO_INTERMEDIARY);
        // a foreign broker is not looked up in the directory either
        assertNo(INTERMEDIARY, contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, munich, "800000.00", "0.00"),
                FOREIGN_PARTY, "intermediary: foreign (DE)");
        // the registration point registered it, and is paid as usual: 1‰ of 800,000.00
        assertEligible(REGISTRATION.assess(ON_REGISTRATION, imported), null, "800.00", false);
        // its refusals are the registration point's to answer for: no foreign party has a region
        assertThat(BUYER_SUBSIDY.refusalRegion(ON_REGISTRATION, exported)).isEqualTo(NANNING_REGISTRY.region());
        assertThat(INTERMEDIARY.refusalRegion(ON_REGISTRATION,
                contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, munich, "800000.00", "0.00")))
                .isEqualTo(NANNING_REGISTRY.region());
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

    /**
     * The contract gives nothing under {@code terms} on the registration date, for {@code expected}, on facts that
     * include {@code facts}.
     */
    private static void assertNo(ProgrammeTerms terms, ContractRegistered contract, Assessment.Reason expected,
            String... facts) {
        Assessment a = terms.assess(ON_REGISTRATION, contract);
        assertThat(reason(a)).isEqualTo(expected);
        // every refusal says what it was decided on, and as of when
        assertThat(facts(a)).contains("as of " + IN_2026);
        for (String fact : facts) {
            assertThat(facts(a)).contains(fact);
        }
    }

    private static String facts(Assessment a) {
        return a instanceof Assessment.Ineligible no ? no.facts() : ((Assessment.Eligible) a).facts();
    }

    /** The reason of an ineligible assessment, null for an eligible one. */
    private static Assessment.Reason reason(Assessment a) {
        return a instanceof Assessment.Ineligible no ? no.reason() : null;
    }

    /** {@code seller} selling to 柳州汽车零部件, no broker, nothing non-technical. */
    private static ContractRegistered buying(ContractType type, Party seller, String total) {
        return contract(type, seller, LIUZHOU_AUTO_PARTS, null, total, "0.00");
    }
}
