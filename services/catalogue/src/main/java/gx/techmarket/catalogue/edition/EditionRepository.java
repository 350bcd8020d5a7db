package gx.techmarket.catalogue.edition;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.publishing.edition.EditionKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EditionRepository implements PanacheRepositoryBase<Edition, UUID> {

    /** A published result as a catalogue lists it. */
    record Listed(UUID id, String title, String holder, String industry, String maturity, Integer trl,
            String transferModes, BigDecimal askingPrice, String region, String publishedOn) {}

    Optional<Edition> find(EditionKey key) {
        return find("period = :period and scope = :scope",
                Parameters.with("period", key.periodText()).and("scope", key.scope())).firstResultOptional();
    }

    /** Editions newest period first, then by scope (the province before its cities); of one scope if given. */
    Page<Edition> newest(String scope, Paging paging) {
        var query = scope == null ? findAll(Sort.descending("period").and("scope"))
                : find("scope", Sort.descending("period"), scope);
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }

    /**
     * Waits until no other transaction makes the edition of {@code key} (an advisory lock held to this transaction's
     * end): the monthly job of two instances and an operator never make the same edition twice.
     */
    void lock(EditionKey key) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "catalogue-edition " + key.periodText() + " " + key.scope())
                .getSingleResult();
    }

    EditionFile files(UUID edition) {
        return getEntityManager().find(EditionFile.class, edition);
    }

    void persist(EditionFile files) {
        getEntityManager().persist(files);
    }

    /** The results published now within {@code key}'s scope, newest first. */
    List<Listed> listed(EditionKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, title, holder_name, industry, maturity, trl, array_to_string(transfer_modes, ','),
                       asking_price, region_code, to_char(published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
                from result
                where status = 'PUBLISHED' and region_code like :scope
                order by published_at desc, id""")
                .setParameter("scope", key.regionPattern())
                .getResultList();
        return rows.stream().map(r -> new Listed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6], (BigDecimal) r[7],
                (String) r[8], (String) r[9])).toList();
    }
}
