package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an admin's terms must be to become a version of a programme's terms, each refusal by its code: plain Java. */
class TermsRulesTest {

    static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    static ProgrammeRequests.Terms terms(String rate, List<ContractCategory> categories, String fixed) {
        return new ProgrammeRequests.Terms(rate == null ? null : new BigDecimal(rate), new BigDecimal("500000.00"),
                null, categories, "  桂政发〔2018〕51号  ", GrantMode.CLAIM, ApprovalMode.CITY_THEN_PROVINCE,
                new BigDecimal("300000.00"), null, fixed == null ? null : new BigDecimal(fixed), null);
    }

    static String code(Runnable refused) {
        try {
            refused.run();
        } catch (ProblemException problem) {
            return problem.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aBuyerPostSubsidyTakesItsSettingsAsTheyWereSent() {
        ProgrammeTerms t = TermsRules.terms("BAISE_POST", RuleKind.BUYER_POST_SUBSIDY, "451000",
                terms("0.500000", List.of(ContractCategory.TRANSFER), null), FROM);
        assertThat(t.rate()).isEqualByComparingTo("0.50");
        assertThat(t.subMarket()).isEqualTo("451000");
        assertThat(t.grantMode()).isEqualTo(GrantMode.CLAIM);
        assertThat(t.approval()).isEqualTo(ApprovalMode.CITY_THEN_PROVINCE);
        assertThat(t.perBeneficiaryYearCap()).isEqualTo(new BigDecimal("300000.00"));
        assertThat(t.policyClause()).isEqualTo("桂政发〔2018〕51号");
        assertThat(t.effectiveFrom()).isEqualTo(FROM);
    }

    @Test
    void noRateIsAboveHalfOfItsBasisWhateverTheRule() {
        assertThat(code(() -> TermsRules.terms("P", RuleKind.BUYER_POST_SUBSIDY, "450000",
                terms("0.500001", List.of(ContractCategory.TRANSFER), null), FROM)))
                .isEqualTo("RATE_ABOVE_POLICY_LIMIT");
        assertThat(code(() -> TermsRules.terms("P", RuleKind.RD_EXPENSE, "450000", terms("0.60", List.of(), null),
                FROM))).isEqualTo("RATE_ABOVE_POLICY_LIMIT");
    }

    @Test
    void aRuleThatPaysARateNeedsOneAndOneThatPaysAmountsTakesNone() {
        assertThat(code(() -> TermsRules.terms("P", RuleKind.INTERMEDIARY, "450000",
                terms(null, List.of(ContractCategory.TRANSFER), null), FROM))).isEqualTo("RATE_REQUIRED");
        assertThat(code(() -> TermsRules.terms("P", RuleKind.HIGH_TECH_RECOGNITION, "450000",
                terms("0.10", List.of(), "100000.00"), FROM))).isEqualTo("RATE_NOT_APPLICABLE");
    }

    @Test
    void aContractRuleCoversAtLeastOneKindOfContract() {
        assertThat(code(() -> TermsRules.terms("P", RuleKind.REGISTRATION_BODY, "450000", terms("0.001", List.of(),
                null), FROM))).isEqualTo("CATEGORIES_REQUIRED");
        // an expense-based rule pays on declared expenses, not contracts
        assertThat(TermsRules.terms("P", RuleKind.RD_EXPENSE, "450000", terms("0.20", List.of(), null), FROM)
                .eligibleCategories()).isEmpty();
    }

    @Test
    void highTechRecognitionNamesItsFirstRecognitionAmount() {
        assertThat(code(() -> TermsRules.terms("P", RuleKind.HIGH_TECH_RECOGNITION, "450000",
                terms(null, List.of(), null), FROM))).isEqualTo("FIXED_AMOUNT_REQUIRED");
        assertThat(TermsRules.terms("P", RuleKind.HIGH_TECH_RECOGNITION, "450000", terms(null, List.of(),
                "100000.00"), FROM).fixedAmount()).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void whatTheTermsThemselvesRefuseIsAnInvalidSetting() {
        ProgrammeRequests.Terms zeroCap = new ProgrammeRequests.Terms(new BigDecimal("0.20"), new BigDecimal("0.00"),
                null, List.of(ContractCategory.TRANSFER), "条款", GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null,
                null, null, null);
        assertThat(code(() -> TermsRules.terms("P", RuleKind.BUYER_POST_SUBSIDY, "450000", zeroCap, FROM)))
                .isEqualTo("PROGRAMME_TERMS_INVALID");
    }
}
