package gx.techmarket.demand.listing;

import java.util.UUID;

/**
 * A demand was published or closed in a transaction of this instance: its search document is updated right after the
 * commit (other instances learn it from {@code demand.demands.v1}).
 */
record DemandChanged(UUID id) {}
