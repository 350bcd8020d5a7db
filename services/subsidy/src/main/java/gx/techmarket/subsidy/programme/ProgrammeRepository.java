package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

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

    /** A programme-year's figures as one change of its budget left them: the change's number and the budget. */
    record BudgetCount(UUID programmeId, String subMarket, BigDecimal budget, long version) {}

    /** Code and budget year of the programme-years whose budget no event has announced yet (version 0). */
    @SuppressWarnings("unchecked")
    List<Object[]> unannounced() {
        return getEntityManager().createNativeQuery(
                "select code, budget_year from programme where budget_version = 0 order by budget_year, code")
                .getResultList();
    }

    /**
     * Counts one more change of the programme-year's budget ({@code budget_version + 1}, which also takes its row lock)
     * and returns the new count with the budget as the database holds it; empty when there is no such programme-year.
     * Straight on the session's connection: it flushes nothing, so it may run in the middle of a change.
     */
    Optional<BudgetCount> countBudgetChange(String code, int year) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    update programme set budget_version = budget_version + 1
                     where code = ? and budget_year = ?
                    returning id, sub_market, budget, budget_version""")) {
                s.setString(1, code);
                s.setInt(2, year);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new BudgetCount(rs.getObject(1, UUID.class), rs.getString(2),
                                    rs.getBigDecimal(3), rs.getLong(4)))
                            : Optional.<BudgetCount>empty();
                }
            }
        });
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
