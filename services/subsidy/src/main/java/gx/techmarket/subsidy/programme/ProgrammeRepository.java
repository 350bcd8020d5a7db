package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** The programmes in force in {@code year}, by code. */
    List<Programme> inForce(int year) {
        return list("budgetYear = ?1 order by code", year);
    }

    /**
     * A page of the programmes of {@code year} an admin sees, by code: those of its sub-market or within it (sub-market
     * starting with {@code prefix}) and those whose sub-market covers its region ({@code covering}).
     */
    Page<Programme> seenBy(int year, String prefix, Collection<String> covering, Paging paging) {
        PanacheQuery<Programme> query = find("budgetYear = ?1 and (subMarket like ?2 or subMarket in ?3)",
                Sort.ascending("code"), year, prefix + "%", covering);
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }

    /** All the programmes of {@code year} an admin sees, by code. */
    List<Programme> seenBy(int year, String prefix, Collection<String> covering) {
        return list("budgetYear = ?1 and (subMarket like ?2 or subMarket in ?3) order by code", year, prefix + "%",
                covering);
    }

    Optional<Programme> find(String code, int year) {
        return find("code = ?1 and budgetYear = ?2", code, year).firstResultOptional();
    }

    /**
     * Takes the programme-year's row lock (SELECT ... FOR UPDATE) until the transaction ends: every transaction that
     * charges or changes this budget queues here, so none can spend what another already spent.
     */
    boolean lock(String code, int year) {
        return !getEntityManager()
                .createNativeQuery("select id from programme where code = :code and budget_year = :year for update")
                .setParameter("code", code)
                .setParameter("year", year)
                .getResultList().isEmpty();
    }
}
