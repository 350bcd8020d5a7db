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
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class IneligibilityRepository implements PanacheRepositoryBase<Ineligibility, UUID> {

    /** Whether version {@code amendmentNumber} of the contract's registration was refused under the programme. */
    boolean exists(UUID contractId, String programmeCode, int amendmentNumber) {
        return count("contractId = ?1 and programmeCode = ?2 and amendmentNumber = ?3", contractId, programmeCode,
                amendmentNumber) > 0;
    }

    /** Whether the subject (a qualification, …) was refused under the programme. */
    /** Whether any programme assessed the subject. */
    boolean existsForSubject(String subjectType, UUID subjectId) {
        return count("subjectType = ?1 and subjectId = ?2", subjectType, subjectId) > 0;
    }

    boolean existsForSubject(String subjectType, UUID subjectId, String programmeCode) {
        return count("subjectType = ?1 and subjectId = ?2 and programmeCode = ?3", subjectType, subjectId,
                programmeCode) > 0;
    }

    List<Ineligibility> ofContract(UUID contractId) {
        return list("contractId = ?1", Sort.ascending("programmeCode"), contractId);
    }

    /**
     * The refusals of contracts {@code uscc} was seller, buyer or intermediary of (whoever the programme would have
     * paid, the contract is theirs, and so is knowing why it gave nothing), and of its own subjects (a qualification).
     */
    Page<Ineligibility> ofParty(String uscc, RefusalOrder order, Paging paging) {
        return page(find("sellerUscc = ?1 or buyerUscc = ?1 or intermediaryUscc = ?1 or beneficiaryUscc = ?1",
                order.sort(), uscc), paging);
    }

    /**
     * The refusals matching the filters (null means any) whose region {@code market} covers. A refusal without a
     * region (recorded before refusals kept one, and not recoverable) is in the province's list only.
     */
    Page<Ineligibility> search(UUID contractId, String programme, SubMarket market, RefusalOrder order,
            Paging paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (contractId != null) {
            where.add("contractId = :contractId");
            params.put("contractId", contractId);
        }
        if (programme != null) {
            where.add("programmeCode = :programme");
            params.put("programme", programme);
        }
        if (!market.isProvince()) {
            where.add("region like :market");
            params.put("market", market.prefix() + "%");
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return page(find(query, order.sort(), params), paging);
    }

    /** The page asked for and the size of the whole list the query matches (counted without its order). */
    private static Page<Ineligibility> page(PanacheQuery<Ineligibility> query, Paging paging) {
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }
}
