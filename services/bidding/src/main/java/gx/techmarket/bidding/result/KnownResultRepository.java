package gx.techmarket.bidding.result;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class KnownResultRepository implements PanacheRepositoryBase<KnownResult, UUID> {}
