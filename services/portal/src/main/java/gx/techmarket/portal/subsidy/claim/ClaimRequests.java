package gx.techmarket.portal.subsidy.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the portal sends the subsidy service about claims. */
public final class ClaimRequests {

    private ClaimRequests() {}

    /** A new claim: on an entitlement, or on an R&D expense programme's year. */
    public record NewClaim(UUID entitlementId, String programmeCode, Integer budgetYear, List<Payment> payments,
            List<Expense> expenses, String note) {}

    /** What a draft or returned claim declares, replaced as a whole. */
    public record Update(List<Payment> payments, List<Expense> expenses, String note) {}

    public record Payment(BigDecimal amount, LocalDate paidOn, String registrationNumber, String reference) {}

    public record Expense(Integer expenseYear, BigDecimal amount, String description) {}

    /** Why a claim is returned or rejected. */
    public record Decision(String reason) {}
}
