package gx.techmarket.matching.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class KnownListingRepository implements PanacheRepositoryBase<KnownListing, UUID> {}
