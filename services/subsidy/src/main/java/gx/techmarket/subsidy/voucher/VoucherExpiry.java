package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * 创新券过期: once a day (cron {@code techmarket.subsidy.voucher-expiry.cron}, China time; {@code off} disables it)
 * every voucher still issued after its round's last day gives its face value back to the budget
 * ({@link VoucherService#expire(LocalDate)}); tests call {@link #run(LocalDate)} with the day they mean.
 */
@ApplicationScoped
class VoucherExpiry {

    private static final Logger LOG = Logger.getLogger(VoucherExpiry.class);

    private final VoucherService service;
    private final Clock clock;

    VoucherExpiry(VoucherService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(identity = "voucher-expiry", cron = "${techmarket.subsidy.voucher-expiry.cron}",
            timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(MarketClock.today(clock));
    }

    /** Expires what has expired on {@code today} (China date); how many vouchers. */
    int run(LocalDate today) {
        int expired = service.expire(today);
        if (expired > 0) {
            LOG.infof("%d innovation voucher(s) expired on %s; their face value went back to the budget", expired,
                    today);
        }
        return expired;
    }
}
