package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    private static final List<ClaimStatus> PENDING = List.of(ClaimStatus.SUBMITTED, ClaimStatus.VERIFIED,
            ClaimStatus.APPROVED_WAITING_FOR_BUDGET, ClaimStatus.GRANTED);

    private static final List<ClaimStatus> APPROVED = List.of(ClaimStatus.APPROVED_WAITING_FOR_BUDGET,
            ClaimStatus.GRANTED);

    /** The claims on an entitlement, oldest first. */
    List<Claim> ofEntitlement(UUID entitlementId) {
        return list("entitlementId = ?1", Sort.ascending("createdAt").and("id"), entitlementId);
    }

    /** The other claims on the entitlement whose evidence counts (submitted, approved or granted). */
    List<Claim> pendingOn(UUID entitlementId, UUID except) {
        return list("entitlementId = ?1 and id <> ?2 and status in ?3", entitlementId, except, PENDING);
    }

    /** The beneficiary's other claims in the programme-year whose evidence counts. */
    List<Claim> pendingOf(String programmeCode, int year, String uscc, UUID except) {
        return list("programmeCode = ?1 and budgetYear = ?2 and beneficiaryUscc = ?3 and id <> ?4 and status in ?5",
                programmeCode, year, uscc, except, PENDING);
    }

    /** What the beneficiary's approved claims still waiting for budget in the programme-year will take. */
    BigDecimal waitingAmount(String programmeCode, int year, String uscc) {
        BigDecimal sum = find("select coalesce(sum(c.amount), 0) from Claim c where c.programmeCode = ?1 "
                + "and c.budgetYear = ?2 and c.beneficiaryUscc = ?3 and c.status = ?4", programmeCode, year, uscc,
                ClaimStatus.APPROVED_WAITING_FOR_BUDGET).project(BigDecimal.class).firstResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** The approved claims waiting for the programme-year's budget, oldest approval first. */
    List<Claim> waiting(String programmeCode, int year) {
        return list("programmeCode = ?1 and budgetYear = ?2 and status = ?3",
                Sort.ascending("approvedAt").and("id"), programmeCode, year, ClaimStatus.APPROVED_WAITING_FOR_BUDGET);
    }

    Page<Claim> of(String uscc, Paging paging) {
        return page(find("beneficiaryUscc = ?1", Sort.descending("createdAt").and("id"), uscc), paging);
    }

    /** The claims of the sub-market (by the beneficiary's region) in {@code status}, oldest submission first. */
    Page<Claim> queue(SubMarket market, ClaimStatus status, Paging paging) {
        String where = "status = :status";
        Parameters params = Parameters.with("status", status);
        if (!market.isProvince()) {
            where += " and beneficiaryRegion like :market";
            params = params.and("market", market.prefix() + "%");
        }
        return page(find(where, Sort.ascending("submittedAt").and("createdAt").and("id"), params), paging);
    }

    static List<ClaimStatus> approved() {
        return APPROVED;
    }

    private static Page<Claim> page(PanacheQuery<Claim> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
