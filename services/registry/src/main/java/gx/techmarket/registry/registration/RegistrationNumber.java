package gx.techmarket.registry.registration;

import gx.techmarket.contracts.events.Codes;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 合同登记编号, by default in the legacy 14-digit layout: year (2) + province 45 (2) + city (2) + registration point
 * (2) + serial (6), e.g. {@code 26450101000123}. A rule set may name another layout ({@link #format(String)}).
 */
public record RegistrationNumber(int year, String cityCode, String pointCode, int serial) {

    /** The province digits of Guangxi. */
    public static final String PROVINCE = "45";

    /** The largest serial a point can issue in one year. */
    public static final int MAX_SERIAL = 999_999;

    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");

    public RegistrationNumber {
        if (year < 2000 || year > 2099) {
            throw new IllegalArgumentException("registration year " + year + " is not between 2000 and 2099");
        }
        if (cityCode == null || !TWO_DIGITS.matcher(cityCode).matches()) {
            throw new IllegalArgumentException("city code '" + cityCode + "' is not two digits");
        }
        if (pointCode == null || !TWO_DIGITS.matcher(pointCode).matches()) {
            throw new IllegalArgumentException("point code '" + pointCode + "' is not two digits");
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial " + serial + " is not between 1 and " + MAX_SERIAL);
        }
    }

    /** The number of the {@code serial}-th registration of {@code point} in the year of {@code registeredOn}. */
    public static RegistrationNumber of(LocalDate registeredOn, KnownPoint point, int serial) {
        return new RegistrationNumber(registeredOn.getYear(), point.cityCode(), point.pointCode(), serial);
    }

    /** The 14 digits of the legacy layout. */
    public String format() {
        return format(LEGACY_LAYOUT);
    }

    /** The legacy layout, YY·45·city·point·serial: {@link #format()}. */
    public static final String LEGACY_LAYOUT = "{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}";

    private static final Pattern TOKEN = Pattern.compile("\\{([A-Z0-9]+)}");
    private static final Map<String, Integer> TOKEN_DIGITS =
            Map.of("YY", 2, "YYYY", 4, "PROVINCE", 2, "CITY", 2, "POINT", 2, "SERIAL6", 6);

    /**
     * The number in {@code layout}, a rule set's pattern of the tokens {@code {YY}} {@code {YYYY}}
     * {@code {PROVINCE}} {@code {CITY}} {@code {POINT}} {@code {SERIAL6}} and digits (see {@link #checkLayout}).
     */
    public String format(String layout) {
        checkLayout(layout);
        return formatUnchecked(layout);
    }

    private String formatUnchecked(String layout) {
        Matcher m = TOKEN.matcher(layout);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, switch (m.group(1)) {
                case "YY" -> String.format("%02d", year % 100);
                case "YYYY" -> String.valueOf(year);
                case "PROVINCE" -> PROVINCE;
                case "CITY" -> cityCode;
                case "POINT" -> pointCode;
                default -> String.format("%06d", serial);
            });
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Checks a number layout: only the known tokens and digits; a year, the city, the point and the serial each
     * once (so numbers stay unique per point and year); 16 digits at most (the column).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static void checkLayout(String layout) {
        if (layout == null || layout.isEmpty()) {
            throw new IllegalArgumentException("a number layout is required");
        }
        Matcher m = TOKEN.matcher(layout);
        Map<String, Integer> seen = new HashMap<>();
        int digits = 0;
        int last = 0;
        while (m.find()) {
            String literal = layout.substring(last, m.start());
            if (!literal.matches("[0-9]*")) {
                throw new IllegalArgumentException("layout '" + layout + "' has '" + literal + "' between tokens");
            }
            digits += literal.length();
            Integer width = TOKEN_DIGITS.get(m.group(1));
            if (width == null) {
                throw new IllegalArgumentException("layout '" + layout + "' has the unknown token " + m.group());
            }
            if (seen.merge(m.group(1), 1, Integer::sum) > 1) {
                throw new IllegalArgumentException("layout '" + layout + "' has " + m.group() + " twice");
            }
            digits += width;
            last = m.end();
        }
        String tail = layout.substring(last);
        if (!tail.matches("[0-9]*")) {
            throw new IllegalArgumentException("layout '" + layout + "' ends in '" + tail + "'");
        }
        digits += tail.length();
        if (!(seen.containsKey("YY") ^ seen.containsKey("YYYY")) || !seen.containsKey("CITY")
                || !seen.containsKey("POINT") || !seen.containsKey("SERIAL6")) {
            throw new IllegalArgumentException("layout '" + layout + "' needs one year token, {CITY}, {POINT} and "
                    + "{SERIAL6}");
        }
        if (digits > 16) {
            throw new IllegalArgumentException("layout '" + layout + "' gives " + digits + " digits, more than 16");
        }
        // the events carry the number (Codes.REGISTRATION_NUMBER): year, 45, then city, point and serial at the end
        String sample = new RegistrationNumber(2026, "01", "02", 345_678).formatUnchecked(layout);
        if (!Codes.REGISTRATION_NUMBER.matcher(sample).matches() || !sample.endsWith("0102345678")) {
            throw new IllegalArgumentException("layout '" + layout + "' gives numbers like " + sample
                    + ", not year + 45 + city + point + serial as the events carry them");
        }
    }

    @Override
    public String toString() {
        return format();
    }
}
