package gx.techmarket.bidding.demand;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class KnownDemandRepository implements PanacheRepositoryBase<KnownDemand, UUID> {

    /** Known demands of the given regions (all when {@code null}), newest publication first. */
    List<KnownDemand> inRegions(List<String> regions, int page, int size) {
        if (regions == null) {
            return find("order by publishedAt desc, id").page(page, size).list();
        }
        return find("regionCode in ?1 order by publishedAt desc, id", regions).page(page, size).list();
    }
}
