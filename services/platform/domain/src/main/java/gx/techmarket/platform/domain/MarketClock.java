package gx.techmarket.platform.domain;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The service's clock (UTC; tests may replace it with a bean of their own) and the market's calendar: dates are
 * China dates (Asia/Shanghai), whatever the server's zone; instants are kept to the microsecond, as PostgreSQL does.
 */
@ApplicationScoped
public class MarketClock {

    /** The zone every market date is in. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Now, to the microsecond. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in China. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
