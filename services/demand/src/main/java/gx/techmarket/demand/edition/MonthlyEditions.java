package gx.techmarket.demand.edition;

import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * On the 1st of every month (China time), the previous month's editions of the 需求目录: the province's and those of
 * the cities with a listed demand. Safe with several instances (each edition is made under a lock and only
 * once) and when run again (what exists is left).
 */
@ApplicationScoped
class MonthlyEditions {

    private static final Logger LOG = Logger.getLogger(MonthlyEditions.class);

    private final EditionService service;
    private final Clock clock;

    MonthlyEditions(EditionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(identity = "demand-editions", cron = "${techmarket.demand.editions.cron}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        var made = service.makeMonthly(MarketClock.today(clock));
        LOG.infof("需求目录: %d editions made", made.size());
    }
}
