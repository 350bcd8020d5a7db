package gx.techmarket.demand.edition;

import gx.techmarket.platform.publishing.edition.EditionKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class EditionRepository implements PanacheRepositoryBase<Edition, UUID> {

    /** A listed demand as a catalogue lists it. */
    record Listed(UUID id, String title, String demander, String industry, BigDecimal budgetMin,
            BigDecimal budgetMax, String cooperationModes, LocalDate deadline, String region, String publishedOn) {}

    /**
     * The demands listed on {@code today} (China) within {@code key}'s scope: published and the deadline not past,
     * newest first.
     */
    List<Listed> listed(EditionKey key, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, title, demander_name, industry, budget_min, budget_max,
                       array_to_string(cooperation_modes, ','), to_char(deadline, 'YYYY-MM-DD'), region_code,
                       to_char(published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
                from demand
                where status = 'PUBLISHED' and deadline >= :today and region_code like :scope
                order by published_at desc, id""")
                .setParameter("today", today)
                .setParameter("scope", key.regionPattern())
                .getResultList();
        return rows.stream().map(r -> new Listed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (BigDecimal) r[4], (BigDecimal) r[5], (String) r[6], LocalDate.parse((String) r[7]),
                (String) r[8], (String) r[9])).toList();
    }
}
