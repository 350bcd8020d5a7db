package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.platform.listing.ListingContent;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the enterprise writes about a demand, already validated field by field at the edge. {@link #check} adds the
 * rules that relate fields to each other and to the calendar.
 */
record DemandContent(String title, String problem, String industry, BigDecimal budgetMin, BigDecimal budgetMax,
        LocalDate deadline, String regionCode, List<CooperationMode> cooperationModes, String titleEn,
        String summaryEn) implements ListingContent {

    DemandContent {
        cooperationModes = List.copyOf(cooperationModes);
    }

    /** Without an English title and problem. */
    DemandContent(String title, String problem, String industry, BigDecimal budgetMin, BigDecimal budgetMax,
            LocalDate deadline, String regionCode, List<CooperationMode> cooperationModes) {
        this(title, problem, industry, budgetMin, budgetMax, deadline, regionCode, cooperationModes, null, null);
    }

    /**
     * The budget range must not be reversed (equal bounds are a fixed budget; refused on the upper bound, which the
     * enterprise fills in last), and the deadline must lie after {@code today} (China time): a demand that takes
     * answers until today or earlier is of no use to the market.
     */
    DemandContent check(LocalDate today) {
        if (budgetMin.compareTo(budgetMax) > 0) {
            throw ProblemException.badRequest("BUDGET_RANGE_INVALID", budgetMin.toPlainString(),
                    budgetMax.toPlainString()).withField("budgetMax", "BUDGET_RANGE_INVALID");
        }
        if (!deadline.isAfter(today)) {
            throw ProblemException.badRequest("DEADLINE_IN_PAST", deadline.toString(), today.toString())
                    .withField("deadline", "DEADLINE_IN_PAST");
        }
        return this;
    }
}
