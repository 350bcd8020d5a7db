package gx.techmarket.registry.demand;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class KnownDemandRepository implements PanacheRepositoryBase<KnownDemand, UUID> {}
