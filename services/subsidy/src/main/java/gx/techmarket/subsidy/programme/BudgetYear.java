package gx.techmarket.subsidy.programme;

import java.time.Instant;
import java.time.ZoneId;

/** 年度: budgets and grants are per calendar year in China time, so a registration's year is read in Asia/Shanghai. */
public final class BudgetYear {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private BudgetYear() {}

    public static int of(Instant instant) {
        return instant.atZone(CHINA).getYear();
    }
}
