package gx.techmarket.subsidy.programme;

import static gx.techmarket.contracts.events.ContractType.CONSULTING;
import static gx.techmarket.contracts.events.ContractType.TRANSFER_PATENT;
import static gx.techmarket.platform.testing.Orgs.BAISE_ALUMINIUM;
import static gx.techmarket.platform.testing.Orgs.GUET;
import static gx.techmarket.platform.testing.Orgs.GUILIN_SUGAR;
import static gx.techmarket.platform.testing.Orgs.GXU;
import static gx.techmarket.platform.testing.Orgs.GX_SUGAR_GROUP;
import static gx.techmarket.platform.testing.Orgs.GX_TECH_TRANSFER;
import static gx.techmarket.platform.testing.Orgs.LIUZHOU_AUTO_PARTS;
import static gx.techmarket.subsidy.Contracts.IN_2026;
import static gx.techmarket.subsidy.Contracts.contract;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.Qualification;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every decision explains itself, as plain Java: which rule, which facts from which source, the arithmetic to the
 * fen, the caps applied (per contract, per beneficiary and year, the minimum amount), the sub-market; and a refusal
 * ends with the step that refused. 高企 recognition: first recognition, re-recognition, and why not.
 */
class ExplainedRulesTest {

    static final DirectoryOnDate ON_REGISTRATION = TestDirectory.of(Orgs.all()).on(IN_2026);

    static final ProgrammeTerms BUYER = ProgrammeTerms.contract("RESULT_TRANSFORMATION_POST_SUBSIDY",
            RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"), new BigDecimal("500000.00"), new BigDecimal("100000.00"),
            EnumSet.of(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT),
            "桂政发〔2018〕51号");
    /** 百色's own programme: its own enterprises only. */
    static final ProgrammeTerms BAISE_BUYER = ProgrammeTerms.contract("BAISE_POST_SUBSIDY",
            RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.10"), null, null, EnumSet.of(ContractCategory.TRANSFER),
            "百政办发〔2026〕1号").withSubMarket("451000");
    static final ProgrammeTerms HIGH_TECH = new ProgrammeTerms("HIGH_TECH_RECOGNITION_AWARD",
            RuleKind.HIGH_TECH_RECOGNITION, null, null, null, null, "桂科高字〔2026〕高企认定奖补", "450000", GrantMode.AUTOMATIC,
            ApprovalMode.SUB_MARKET, null, null, new BigDecimal("100000.00"), new BigDecimal("50000.00"), null);

    @Test
    void shouldExplainAGrantClauseByClauseWithItsSourcesAndTheArithmetic() {
        ContractRegistered c = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, GX_TECH_TRANSFER, "1000000.00",
                "200000.00");

        Assessment.Eligible e = (Assessment.Eligible) BUYER.assess(ON_REGISTRATION, c);

        assertThat(e.explanation().steps()).extracting(Explanation.Step::code).containsExactly("programme", "category",
                "party", "kind", "inGuangxi", "party", "relation", "coverage", "basis", "minimumBasis", "rate",
                "contractCap");
        assertThat(e.explanation().steps()).extracting(Explanation.Step::outcome).doesNotContain(
                Explanation.Outcome.NOT_MET);
        Explanation.Step buyer = e.explanation().steps().get(2);
        assertThat(buyer.source()).isEqualTo(Explanation.Source.DIRECTORY);
        assertThat(buyer.facts()).containsEntry("role", "buyer").containsEntry("uscc", LIUZHOU_AUTO_PARTS.uscc())
                .containsEntry("kind", "ENTERPRISE").containsEntry("region", "450200")
                .containsEntry("asOf", "2026-09-22 14:45");
        assertThat(step(e, "relation").facts()).containsEntry("relation", "UNRELATED");
        assertThat(step(e, "basis").source()).isEqualTo(Explanation.Source.CONTRACT);
        assertThat(step(e, "basis").facts()).containsEntry("total", "1000000.00").containsEntry("nonTechnical",
                "200000.00").containsEntry("basis", "800000.00");
        assertThat(step(e, "rate").outcome()).isEqualTo(Explanation.Outcome.APPLIED);
        assertThat(step(e, "rate").facts()).containsEntry("rate", "0.20").containsEntry("amount", "160000.00");
        assertThat(step(e, "contractCap").outcome()).isEqualTo(Explanation.Outcome.MET);
        assertThat(step(e, "programme").facts()).containsEntry("clause", "桂政发〔2018〕51号").containsEntry("year",
                "2026");
    }

    @Test
    void shouldShowTheRoundingToTheFenAndTheCapThatCutTheAmount() {
        ContractRegistered rounded = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "600000.33",
                "100000.00");
        ContractRegistered big = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "3000000.00", "0.00");

        Assessment.Eligible r = (Assessment.Eligible) BUYER.assess(ON_REGISTRATION, rounded);
        Assessment.Eligible b = (Assessment.Eligible) BUYER.assess(ON_REGISTRATION, big);

        assertThat(step(r, "rate").facts()).containsEntry("basis", "500000.33").containsEntry("exact", "100000.066")
                .containsEntry("amount", "100000.07");
        assertThat(r.amount()).isEqualByComparingTo("100000.07");
        assertThat(step(b, "contractCap").outcome()).isEqualTo(Explanation.Outcome.APPLIED);
        assertThat(step(b, "contractCap").facts()).containsEntry("amount", "600000.00").containsEntry("cap",
                "500000.00").containsEntry("result", "500000.00");
        assertThat(b.amount()).isEqualByComparingTo("500000.00");
        assertThat(b.capped()).isTrue();
    }

    @Test
    void shouldEndEveryRefusalWithTheStepThatRefusedAndTheRefusal() {
        ContractRegistered affiliated = contract(TRANSFER_PATENT, GX_SUGAR_GROUP, GUILIN_SUGAR, null, "900000.00",
                "0.00");
        ContractRegistered consulting = contract(CONSULTING, GXU, LIUZHOU_AUTO_PARTS, null, "900000.00", "0.00");
        ContractRegistered university = contract(TRANSFER_PATENT, GXU, GUET, null, "900000.00", "0.00");
        ContractRegistered small = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "99999.99", "0.00");

        assertRefused(BUYER.assess(ON_REGISTRATION, affiliated), Assessment.Reason.BUYER_AFFILIATED_WITH_SELLER,
                "relation");
        assertRefused(BUYER.assess(ON_REGISTRATION, consulting), Assessment.Reason.CONTRACT_TYPE_NOT_ELIGIBLE,
                "category");
        assertRefused(BUYER.assess(ON_REGISTRATION, university), Assessment.Reason.BUYER_NOT_ENTERPRISE, "kind");
        assertRefused(BUYER.assess(ON_REGISTRATION, small), Assessment.Reason.BELOW_MINIMUM, "minimumBasis");
        Assessment.Ineligible relation = (Assessment.Ineligible) BUYER.assess(ON_REGISTRATION, affiliated);
        assertThat(step(relation, "relation").facts()).containsEntry("relation", "DESCENDANT");
        assertThat(step(relation, "partyInGroup").facts()).containsEntry("parent", GX_SUGAR_GROUP.uscc());
    }

    @Test
    void shouldRefuseABeneficiaryOutsideACityProgrammesSubMarket() {
        ContractRegistered liuzhouBuyer = contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "800000.00",
                "0.00");
        ContractRegistered baiseBuyer = contract(TRANSFER_PATENT, GXU, BAISE_ALUMINIUM, null, "800000.00", "0.00");

        Assessment.Ineligible outside = (Assessment.Ineligible) BAISE_BUYER.assess(ON_REGISTRATION, liuzhouBuyer);
        Assessment.Eligible inside = (Assessment.Eligible) BAISE_BUYER.assess(ON_REGISTRATION, baiseBuyer);

        assertRefused(outside, Assessment.Reason.OUTSIDE_SUB_MARKET, "coverage");
        assertThat(step(outside, "coverage").facts()).containsEntry("region", "450200").containsEntry("subMarket",
                "451000");
        assertThat(inside.amount()).isEqualByComparingTo("80000.00");
        assertThat(step(inside, "coverage").outcome()).isEqualTo(Explanation.Outcome.MET);
    }

    @Test
    void shouldCutToWhatIsLeftOfTheYearlyCapAndRefuseWhenNothingIsOrBelowTheMinimum() {
        ProgrammeTerms capped = BUYER.withPerBeneficiaryYearCap(new BigDecimal("300000.00"))
                .withMinimumAmount(new BigDecimal("60000.00"));
        Assessment.Eligible e = (Assessment.Eligible) capped.assess(ON_REGISTRATION,
                contract(TRANSFER_PATENT, GXU, LIUZHOU_AUTO_PARTS, null, "1000000.00", "200000.00"));

        Assessment.Eligible cut = (Assessment.Eligible) capped.settle(e, 2026, new BigDecimal("200000.00"));
        Assessment.Eligible fits = (Assessment.Eligible) capped.settle(e, 2026, new BigDecimal("100000.00"));
        Assessment.Ineligible reached = (Assessment.Ineligible) capped.settle(e, 2026, new BigDecimal("300000.00"));
        Assessment.Ineligible tooLittle = (Assessment.Ineligible) capped.settle(e, 2026, new BigDecimal("250000.00"));

        assertThat(cut.amount()).isEqualByComparingTo("100000.00");
        assertThat(cut.capped()).isTrue();
        assertThat(step(cut, "yearCap").outcome()).isEqualTo(Explanation.Outcome.APPLIED);
        assertThat(step(cut, "yearCap").source()).isEqualTo(Explanation.Source.LEDGER);
        assertThat(step(cut, "yearCap").facts()).containsEntry("granted", "200000.00").containsEntry("cap",
                "300000.00").containsEntry("left", "100000.00").containsEntry("amount", "160000.00")
                .containsEntry("result", "100000.00");
        assertThat(step(cut, "minimumAmount").outcome()).isEqualTo(Explanation.Outcome.MET);
        assertThat(fits.amount()).isEqualByComparingTo("160000.00");
        assertThat(fits.capped()).isFalse();
        assertThat(step(fits, "yearCap").outcome()).isEqualTo(Explanation.Outcome.MET);
        assertRefused(reached, Assessment.Reason.BENEFICIARY_YEAR_CAP_REACHED, "yearCap");
        assertRefused(tooLittle, Assessment.Reason.BELOW_MINIMUM_AMOUNT, "minimumAmount");
        assertThat(step(tooLittle, "minimumAmount").facts()).containsEntry("amount", "50000.00");
        // without either setting nothing changes
        assertThat(BUYER.settle(e, 2026, new BigDecimal("999999.99"))).isEqualTo(e);
    }

    @Test
    void shouldGiveTheFixedAmountOnFirstRecognitionAndTheRenewalAmountOnReRecognition() {
        Qualification q = highTech("GR202645000123", LocalDate.of(2026, 11, 20));

        Assessment.Eligible first = (Assessment.Eligible) HIGH_TECH.assessRecognition(ON_REGISTRATION,
                LIUZHOU_AUTO_PARTS.uscc(), q, List.of());
        Assessment.Eligible renewal = (Assessment.Eligible) HIGH_TECH.assessRecognition(ON_REGISTRATION,
                LIUZHOU_AUTO_PARTS.uscc(), q, List.of("GR202345000045"));

        assertThat(first.amount()).isEqualByComparingTo("100000.00");
        assertThat(first.basis()).isNull();
        assertThat(first.rate()).isNull();
        assertThat(first.beneficiary().uscc()).isEqualTo(LIUZHOU_AUTO_PARTS.uscc());
        assertThat(first.explanation().steps()).extracting(Explanation.Step::code).containsExactly("programme",
                "qualification", "party", "kind", "coverage", "recognition.first");
        assertThat(step(first, "qualification").source()).isEqualTo(Explanation.Source.DIRECTORY);
        assertThat(step(first, "qualification").facts()).containsEntry("number", "GR202645000123")
                .containsEntry("validFrom", "2026-11-20");
        assertThat(renewal.amount()).isEqualByComparingTo("50000.00");
        assertThat(step(renewal, "recognition.renewal").facts()).containsEntry("earlier", "GR202345000045");
    }

    @Test
    void shouldExplainWhyARecognitionGivesNothing() {
        Qualification q = highTech("GR202645000124", LocalDate.of(2026, 11, 20));
        ProgrammeTerms noRenewal = HIGH_TECH.withAmounts(new BigDecimal("100000.00"), null);
        ProgrammeTerms baise = HIGH_TECH.withSubMarket("451000");

        assertRefused(HIGH_TECH.assessRecognition(ON_REGISTRATION, GUET.uscc(), q, List.of()),
                Assessment.Reason.HOLDER_NOT_ENTERPRISE, "kind");
        assertRefused(baise.assessRecognition(ON_REGISTRATION, LIUZHOU_AUTO_PARTS.uscc(), q, List.of()),
                Assessment.Reason.OUTSIDE_SUB_MARKET, "coverage");
        assertRefused(noRenewal.assessRecognition(ON_REGISTRATION, LIUZHOU_AUTO_PARTS.uscc(), q, List.of("GR1")),
                Assessment.Reason.NO_AMOUNT_FOR_RENEWAL, "recognitionAmount");
        assertRefused(HIGH_TECH.assessRecognition(ON_REGISTRATION, "91450100MA5UNKNOWN", q, List.of()),
                Assessment.Reason.PARTY_NOT_IN_DIRECTORY, "party");
    }

    static Qualification highTech(String number, LocalDate from) {
        return new Qualification(UUID.randomUUID(), QualificationKind.HIGH_TECH_ENTERPRISE, number, from,
                from.plusYears(3).minusDays(1));
    }

    /** The refusal's last step says why ({@code refused}, NOT_MET, its reason); the one before is {@code refusedBy}. */
    static void assertRefused(Assessment a, Assessment.Reason reason, String refusedBy) {
        assertThat(a).isInstanceOf(Assessment.Ineligible.class);
        Assessment.Ineligible no = (Assessment.Ineligible) a;
        assertThat(no.reason()).isEqualTo(reason);
        List<Explanation.Step> steps = no.explanation().steps();
        Explanation.Step last = steps.get(steps.size() - 1);
        assertThat(last.code()).isEqualTo("refused");
        assertThat(last.outcome()).isEqualTo(Explanation.Outcome.NOT_MET);
        assertThat(last.facts()).containsEntry("reason", reason.name());
        Explanation.Step before = steps.get(steps.size() - 2);
        assertThat(before.code()).isEqualTo(refusedBy);
        assertThat(before.outcome()).isEqualTo(Explanation.Outcome.NOT_MET);
    }

    static Explanation.Step step(Assessment a, String code) {
        return a.explanation().steps().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }
}
