package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.platform.problems.ProblemException;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * What an admin's terms must be before they become a version of a programme's terms (ADR 0025), each refusal with its
 * own code: plain Java. A rule that takes a rate needs one (contract-based, R&D expense, 揭榜 support) and one without
 * (高企 recognition, vouchers) takes none; no rate is above the policy limit of 0.50; a contract-based rule covers at
 * least one kind of contract; 高企 recognition names its amount for a first recognition.
 */
public final class TermsRules {

    private TermsRules() {}

    /**
     * The terms of programme {@code code} ({@code rule}, run by {@code subMarket}) as {@code requested}, in force from
     * {@code from}.
     *
     * @throws ProblemException 400 {@code RATE_REQUIRED}, {@code RATE_NOT_APPLICABLE},
     *                          {@code RATE_ABOVE_POLICY_LIMIT}, {@code CATEGORIES_REQUIRED},
     *                          {@code FIXED_AMOUNT_REQUIRED}, {@code PROGRAMME_TERMS_INVALID}
     */
    public static ProgrammeTerms terms(String code, RuleKind rule, String subMarket, ProgrammeRequests.Terms requested,
            LocalDate from) {
        if (rule.usesRate() && requested.rate() == null) {
            throw ProblemException.badRequest("RATE_REQUIRED", rule.name());
        }
        if (!rule.usesRate() && requested.rate() != null) {
            throw ProblemException.badRequest("RATE_NOT_APPLICABLE", rule.name());
        }
        if (requested.rate() != null && requested.rate().compareTo(ProgrammeTerms.RATE_LIMIT) > 0) {
            throw ProblemException.badRequest("RATE_ABOVE_POLICY_LIMIT", requested.rate().toPlainString());
        }
        if (rule.isContractBased() && requested.eligibleCategories().isEmpty()) {
            throw ProblemException.badRequest("CATEGORIES_REQUIRED", rule.name());
        }
        if (rule == RuleKind.HIGH_TECH_RECOGNITION && requested.fixedAmount() == null) {
            throw ProblemException.badRequest("FIXED_AMOUNT_REQUIRED");
        }
        EnumSet<ContractCategory> categories = EnumSet.noneOf(ContractCategory.class);
        categories.addAll(requested.eligibleCategories());
        try {
            return new ProgrammeTerms(code, rule, requested.rate(), requested.perContractCap(),
                    requested.minimumBasis(), categories, requested.policyClause().strip(), subMarket,
                    requested.grantMode(), requested.approval(), requested.perBeneficiaryYearCap(),
                    requested.minimumAmount(), requested.fixedAmount(), requested.renewalAmount(), from);
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            // what the record itself refuses beyond the rules above (a setting its rule cannot have)
            throw ProblemException.badRequest("PROGRAMME_TERMS_INVALID", invalid.getMessage());
        }
    }
}
