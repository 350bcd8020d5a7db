package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts and times look on the pages. */
@TemplateExtension
public class Formats {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

    /**
     * An amount in 元 exactly as the service answered it, with thousands separators: {@code 1200000.00} →
     * {@code 1,200,000.00}. Never through a double.
     */
    public static String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(2, amount.scale()));
        format.setMaximumFractionDigits(Math.max(2, amount.scale()));
        return format.format(amount);
    }

    /** A plain decimal (rates): {@code 0.01}. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A point in time in China time, to the minute. */
    public static String china(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
