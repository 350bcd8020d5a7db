package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * How amounts, rates, times and statuses look on the pages: 元 with thousands separators, 万元 where people count in
 * it (budgets, the public front), rates as percentages, instants in China time, a status tag's colour by meaning.
 */
@TemplateExtension
public class Formats {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Statuses that mean done and good for the user (green). */
    private static final Set<String> SUCCESS = Set.of("PUBLISHED", "REGISTERED", "GRANTED", "SELECTED", "AWARDED",
            "ACCEPTED", "COMPLETED", "MATCHED", "TRANSFERRED", "AGREEMENT_SIGNED", "QUALIFIED", "RECONFIRMED", "VERIFIED", "VALID");
    /** Statuses where someone must act (amber): a review, a correction, a filing under way. */
    private static final Set<String> WARNING = Set.of("SUBMITTED", "UNDER_REVIEW", "NEEDS_CORRECTION", "RESUBMITTED",
            "WAITING_FOR_BUDGET", "QUALIFICATION", "EVALUATION", "MILESTONE_CHECK", "SCORED", "APPLIED");
    /** Statuses that end something badly (red). */
    private static final Set<String> DANGER = Set.of("REJECTED", "NOT_REGISTERED", "DEREGISTERED", "REVERSED",
            "FAILED", "CANCELLED", "DISQUALIFIED", "INVALIDATED", "SUSPENDED", "REVOKED");
    /** Statuses of something not (or no longer) in play (grey). */
    private static final Set<String> MUTED = Set.of("DRAFT", "WITHDRAWN", "CLOSED", "EXPIRED", "NOT_SELECTED");

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

    /**
     * An amount in 万元, as budgets and the public front count: {@code 1200000.00} → {@code 120}, {@code 35000} →
     * {@code 3.5}; at most two decimals (half up), no trailing zeros, thousands separators.
     */
    public static String wan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal wan = amount.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(wan);
    }

    /** A rate as a percentage: {@code 0.01} → {@code 1%}, {@code 0.001} → {@code 0.1%}, {@code 0.2} → {@code 20%}. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /** The day of an instant in China time ({@code 2026-12-05}). */
    public static String chinaDay(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A date as the pages write it ({@code 2026-12-05}). */
    public static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /**
     * The colour of a status tag by what the status means to the user: {@code success} (done, good), {@code warning}
     * (someone must act), {@code danger} (ended badly), {@code muted} (not or no longer in play), {@code info} else.
     */
    public static String tone(String status) {
        if (status == null) {
            return "muted";
        }
        if (SUCCESS.contains(status)) {
            return "success";
        }
        if (WARNING.contains(status)) {
            return "warning";
        }
        if (DANGER.contains(status)) {
            return "danger";
        }
        return MUTED.contains(status) ? "muted" : "info";
    }

    /** The start of a long text for a page's description (search engines show about 150 characters). */
    public static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 150 ? line : line.substring(0, 149) + "…";
    }
}
