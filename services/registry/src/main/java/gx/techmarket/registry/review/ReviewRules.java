package gx.techmarket.registry.review;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.calendar.WorkingCalendar.Unit;
import gx.techmarket.registry.ruleset.RuleSets;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures of the 2026 《技术合同认定登记管理办法》 the review and the deadlines rest on, in one place: a contract
 * whose 技术交易额 is 5,000,000.00 or more goes to expert review; a filing is decided within 15 working days of its
 * acceptance, 30 for a large or disputed one. Asked by the contract's signing date: the rule set of that date
 * ({@code ruleset/RuleSets}, ADR 0023) gives the figures.
 */
public final class ReviewRules {


    /** How long the registration point has: an amount of days of a unit. */
    public record Deadline(int amount, Unit unit) {}

    private ReviewRules() {}

    /**
     * Whether a contract signed on {@code signedOn} with this 技术交易额 must be reviewed by experts: its rule set's
     * threshold (5,000,000.00 under CN-2026; none under CN-2001).
     */
    public static boolean requiresReview(LocalDate signedOn, BigDecimal technologyTransactionAmount) {
        return RuleSets.forSigningDate(signedOn).requiresReview(technologyTransactionAmount);
    }

    /**
     * The deadline of a contract signed on {@code signedOn}, by its rule set: under CN-2026 15 working days, 30 when
     * large or disputed; under CN-2001 30 days.
     */
    public static Deadline deadline(LocalDate signedOn, boolean largeOrDisputed) {
        gx.techmarket.registry.ruleset.Deadline d = RuleSets.forSigningDate(signedOn).deadline(largeOrDisputed);
        return new Deadline(d.amount(), Unit.valueOf(d.unit().name()));
    }

    /**
     * Why a contract cannot be registered now, if it cannot: a 技术交易额 of 0.00 is no technology transaction; a
     * large contract, or one sent to review, only once every drawn expert has given an opinion.
     *
     * @param drawn the number of experts drawn for its review (0: never reviewed)
     * @param given the number of opinions they gave
     */
    public static void checkRegistrable(LocalDate signedOn, BigDecimal technologyTransactionAmount, int drawn,
            int given) {
        if (technologyTransactionAmount.signum() == 0) {
            throw ProblemException.conflict("TECHNOLOGY_AMOUNT_ZERO");
        }
        if (drawn == 0 && requiresReview(signedOn, technologyTransactionAmount)) {
            throw ProblemException.conflict("EXPERT_REVIEW_REQUIRED", technologyTransactionAmount.toPlainString());
        }
        if (given < drawn) {
            throw ProblemException.conflict("EXPERT_OPINIONS_MISSING", String.valueOf(drawn - given),
                    String.valueOf(drawn));
        }
    }
}
