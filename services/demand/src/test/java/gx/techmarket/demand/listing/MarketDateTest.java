package gx.techmarket.demand.listing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.domain.MarketClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A deadline is a China date: the day the market's clock gives, whatever the server's zone. */
class MarketDateTest {

    @Test
    void todayIsTheDateInBeijingWhateverTheClocksZone() {
        // 16:30 UTC on 1 May is 00:30 on 2 May in Beijing
        Instant lateEvening = Instant.parse("2026-05-01T16:30:00Z");
        assertThat(MarketClock.today(Clock.fixed(lateEvening, ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(MarketClock.today(Clock.fixed(lateEvening, ZoneId.of("America/New_York"))))
                .isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(MarketClock.today(Clock.fixed(Instant.parse("2026-05-01T15:59:59Z"), ZoneId.of("UTC"))))
                .isEqualTo(LocalDate.of(2026, 5, 1));
    }
}
