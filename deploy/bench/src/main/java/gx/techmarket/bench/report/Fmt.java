package gx.techmarket.bench.report;

import java.util.Locale;

/** How figures are printed in the report: fixed decimals, thousands separators, ratios as "2.3×". */
public final class Fmt {

    private Fmt() {}

    /** Milliseconds: 3 significant decimals under 10 ms, 1 under 1,000 ms, none above. */
    public static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.2f", ms);
        }
        if (ms < 1_000) {
            return String.format(Locale.ROOT, "%.1f", ms);
        }
        return String.format(Locale.ROOT, "%,.0f", ms);
    }

    /** A rate or count per second. */
    public static String rate(double perSecond) {
        if (Double.isNaN(perSecond)) {
            return "–";
        }
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code value / base} as "2.3×" (2 significant digits), "–" without a base. */
    public static String ratio(double value, double base) {
        if (Double.isNaN(value) || Double.isNaN(base) || base == 0) {
            return "–";
        }
        double r = value / base;
        if (r >= 100) {
            return String.format(Locale.ROOT, "%,.0f×", r);
        }
        if (r >= 10) {
            return String.format(Locale.ROOT, "%.0f×", r);
        }
        if (r >= 0.1) {
            return String.format(Locale.ROOT, "%.2f×", r);
        }
        return String.format(Locale.ROOT, "%.3f×", r);
    }

    /** A value and its ratio to a baseline: "12.3 (2.3×)". */
    public static String msVs(double ms, double baseMs) {
        return ms(ms) + " (" + ratio(ms, baseMs) + ")";
    }

    public static String rateVs(double perSecond, double basePerSecond) {
        return rate(perSecond) + " (" + ratio(perSecond, basePerSecond) + ")";
    }

    public static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f", bytes / (1024.0 * 1024.0));
    }

    public static String seconds(double s) {
        return Double.isNaN(s) ? "–" : String.format(Locale.ROOT, "%.1f", s);
    }
}
