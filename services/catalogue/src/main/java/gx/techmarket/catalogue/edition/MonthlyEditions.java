package gx.techmarket.catalogue.edition;

import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * On the 1st of every month (China time), the previous month's editions of the 成果目录: the province's and those of
 * the cities with a published result. Safe with several instances (each edition is made under a lock and only
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

    @Scheduled(identity = "catalogue-editions", cron = "${techmarket.catalogue.editions.cron}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        var made = service.makeMonthly(MarketClock.today(clock));
        LOG.infof("成果目录: %d editions made", made.size());
    }
}
