package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
class EntitlementRepository implements PanacheRepositoryBase<Entitlement, UUID> {

    /** Filters of the operators' list; null means any. */
    record Filter(String programme, Integer year, EntitlementStatus status, String beneficiary, UUID contractId) {}

    /** Whether version {@code amendmentNumber} of the contract's registration gave an entitlement under the programme. */
    boolean exists(UUID contractId, String programmeCode, int amendmentNumber) {
        return count("contractId = ?1 and programmeCode = ?2 and amendmentNumber = ?3", contractId, programmeCode,
                amendmentNumber) > 0;
    }

    /** The entitlements waiting for the programme-year's budget, oldest first. */
    List<Entitlement> waiting(String programmeCode, int year) {
        return list("programmeCode = ?1 and budgetYear = ?2 and status = ?3",
                Sort.ascending("createdAt").and("id"), programmeCode, year, EntitlementStatus.WAITING_FOR_BUDGET);
    }

    /**
     * What the beneficiary is due under the programme-year but not yet granted (its entitlements waiting for budget):
     * counted with what it was granted against the per-beneficiary yearly cap, so that budget added later cannot grant
     * it more than the cap.
     */
    java.math.BigDecimal waitingAmount(String programmeCode, int year, String beneficiaryUscc) {
        java.math.BigDecimal sum = getEntityManager().createQuery("select coalesce(sum(e.amount), 0) from Entitlement e"
                + " where e.programmeCode = ?1 and e.budgetYear = ?2 and e.beneficiary.uscc = ?3 and e.status = ?4",
                java.math.BigDecimal.class).setParameter(1, programmeCode).setParameter(2, year)
                .setParameter(3, beneficiaryUscc).setParameter(4, EntitlementStatus.WAITING_FOR_BUDGET)
                .getSingleResult();
        return sum.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** Whether the subject (a qualification, …) gave an entitlement under the programme. */
    /** Whether any programme assessed the subject. */
    boolean existsForSubject(String subjectType, UUID subjectId) {
        return count("subjectType = ?1 and subjectId = ?2", subjectType, subjectId) > 0;
    }

    boolean existsForSubject(String subjectType, UUID subjectId, String programmeCode) {
        return count("subjectType = ?1 and subjectId = ?2 and programmeCode = ?3", subjectType, subjectId,
                programmeCode) > 0;
    }

    Page<Entitlement> of(String beneficiaryUscc, EntitlementOrder order, Paging paging) {
        return page(find("beneficiary.uscc = ?1", order.sort(), beneficiaryUscc), paging);
    }

    /**
     * The contract's entitlements, of every version of its registration, by programme (the order budgets are locked
     * in, as derivation does) then version.
     */
    List<Entitlement> ofContract(UUID contractId) {
        return list("contractId = ?1", Sort.ascending("programmeCode").and("amendmentNumber"), contractId);
    }

    /** The entitlements matching {@code f} whose beneficiary's region {@code market} covers. */
    Page<Entitlement> search(Filter f, SubMarket market, EntitlementOrder order, Paging paging) {
        // each filter given is one "attribute = value" condition
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("programmeCode", f.programme());
        given.put("budgetYear", f.year());
        given.put("status", f.status());
        given.put("beneficiary.uscc", f.beneficiary());
        given.put("contractId", f.contractId());
        given.values().removeIf(Objects::isNull);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        given.forEach((attribute, value) -> {
            String param = "p" + params.size();
            where.add(attribute + " = :" + param);
            params.put(param, value);
        });
        if (!market.isProvince()) {
            where.add("beneficiary.region like :market");
            params.put("market", market.prefix() + "%");
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return page(find(query, order.sort(), params), paging);
    }

    /** The page asked for and the size of the whole list the query matches (counted without its order). */
    private static Page<Entitlement> page(PanacheQuery<Entitlement> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
