package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** A page of the programmes in force in {@code year}, by code, and how many there are. */
    Page<Programme> inForce(int year, Paging paging) {
        PanacheQuery<Programme> query = find("budgetYear = ?1", Sort.ascending("code"), year);
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }

    /** The programmes in force in {@code year}, by code. */
    List<Programme> inForce(int year) {
        return list("budgetYear = ?1 order by code", year);
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
