package gx.techmarket.demand.listing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * 需求到期: the job that moves published demands past their deadline to EXPIRED, the day after the deadline (the
 * deadline is the last day a demand takes answers, China time). Runs by {@code techmarket.demand.expiry.cron} in
 * China time; each batch is one transaction, so a crash loses at most the batch it was in, which the next run
 * takes again. Safe with several instances: each locks its batch with {@code SKIP LOCKED}.
 */
@ApplicationScoped
class DemandExpiry {

    private static final Logger LOG = Logger.getLogger(DemandExpiry.class);

    /** Demands per transaction. */
    static final int BATCH = 100;

    private final DemandMarketService market;

    DemandExpiry(DemandMarketService market) {
        this.market = market;
    }

    @Scheduled(identity = "demand-expiry", cron = "${techmarket.demand.expiry.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        expireDue();
    }

    /** Expires every published demand whose deadline has passed; how many. */
    int expireDue() {
        int total = 0;
        int expired;
        do {
            expired = market.expireBatch(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            LOG.infof("Expired %d demand(s) past their deadline", total);
        }
        return total;
    }
}
