package gx.techmarket.demand.infra;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar dates as the market means them: a demand's deadline is a date in China time (UTC+8), so "today" is
 * today in Beijing, not in UTC, whatever zone the server runs in.
 */
public final class MarketCalendar {

    /** 北京时间. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private MarketCalendar() {}

    /** Today's date in China time by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }
}
