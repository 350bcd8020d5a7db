package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.MarketClock;
import java.time.Instant;

/** 年度: budgets and grants are per calendar year in China time, so a registration's year is read in Asia/Shanghai. */
public final class BudgetYear {

    private BudgetYear() {}

    public static int of(Instant instant) {
        return instant.atZone(MarketClock.CHINA).getYear();
    }

    /** The first instant of budget year {@code year}: 1 January, 00:00 in China. */
    public static Instant start(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(MarketClock.CHINA).toInstant();
    }
}
