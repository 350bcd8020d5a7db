package gx.techmarket.catalogue.edition;

import gx.techmarket.platform.publishing.edition.EditionKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class EditionRepository implements PanacheRepositoryBase<Edition, UUID> {

    /** A published result as a catalogue lists it. */
    record Listed(UUID id, String title, String holder, String industry, String maturity, Integer trl,
            String transferModes, BigDecimal askingPrice, String region, String publishedOn) {}

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
