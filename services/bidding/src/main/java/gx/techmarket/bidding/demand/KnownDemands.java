package gx.techmarket.bidding.demand;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What other features may ask about demands: the published demands this service has heard of. */
@ApplicationScoped
public class KnownDemands {

    private final KnownDemandRepository demands;

    KnownDemands(KnownDemandRepository demands) {
        this.demands = demands;
    }

    /** The demand, if its publication has reached this service. Call inside a transaction. */
    public Optional<KnownDemand> find(UUID id) {
        return demands.findByIdOptional(id);
    }
}
