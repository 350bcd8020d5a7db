package gx.techmarket.platform.publishing.edition;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.regions.GbT2260;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What names an edition (期) of a catalogue: its period, a calendar month, and its scope, the province (450000) or
 * one of Guangxi's cities (a prefecture of GB/T 2260). A county is no scope: a catalogue is the province's or a city's.
 *
 * @param period the month the edition is of
 * @param scope 450000 or the code of a city of Guangxi
 */
public record EditionKey(YearMonth period, String scope) {

    /** The first period an edition may be of. */
    public static final YearMonth FIRST = YearMonth.of(2020, 1);

    /** A period as the API and the URLs write it, e.g. 2026-11. */
    public static final String PERIOD = "\\d{4}-(0[1-9]|1[0-2])";

    private static final Pattern PERIOD_PATTERN = Pattern.compile(PERIOD);

    public EditionKey {
        Objects.requireNonNull(period);
        if (!isScope(scope)) {
            throw new IllegalArgumentException("not a scope of an edition: " + scope);
        }
    }

    /**
     * The key the client wrote, checked: 400 {@code EDITION_PERIOD_INVALID} for a period that is not YYYY-MM with a
     * month 01 to 12, 400 {@code EDITION_PERIOD_OUT_OF_RANGE} for one before 2020-01 or after the month of
     * {@code today} (China), 400 {@code EDITION_SCOPE_INVALID} for a scope that is not Guangxi or one of its cities.
     */
    public static EditionKey of(String period, String scope, LocalDate today) {
        YearMonth month = period(period);
        if (month.isBefore(FIRST) || month.isAfter(YearMonth.from(today))) {
            throw ProblemException.badRequest("EDITION_PERIOD_OUT_OF_RANGE", period, YearMonth.from(today).toString())
                    .withField("period", "EDITION_PERIOD_OUT_OF_RANGE");
        }
        return new EditionKey(month, scope(scope));
    }

    /** A period as written (YYYY-MM), or 400 {@code EDITION_PERIOD_INVALID}. */
    public static YearMonth period(String text) {
        if (text == null || !PERIOD_PATTERN.matcher(text).matches()) {
            throw ProblemException.badRequest("EDITION_PERIOD_INVALID", text == null ? "" : shortened(text))
                    .withField("period", "EDITION_PERIOD_INVALID");
        }
        return YearMonth.parse(text);
    }

    /** A scope as written, or 400 {@code EDITION_SCOPE_INVALID}. */
    public static String scope(String text) {
        if (!isScope(text)) {
            throw ProblemException.badRequest("EDITION_SCOPE_INVALID", text == null ? "" : shortened(text))
                    .withField("scope", "EDITION_SCOPE_INVALID");
        }
        return text;
    }

    /** Whether {@code code} is Guangxi (450000) or one of its cities. */
    public static boolean isScope(String code) {
        return GbT2260.GUANGXI.equals(code) || cities().contains(code);
    }

    /** The codes of Guangxi's cities (地级市), in code order. */
    public static List<String> cities() {
        return GbT2260.all().stream()
                .filter(d -> d.level() == GbT2260.Level.PREFECTURE && GbT2260.GUANGXI.equals(d.parent()))
                .map(GbT2260.Division::code).toList();
    }

    /** The city a region code of Guangxi lies in: the city itself, a county's city; the province for the province. */
    public static String cityOf(String region) {
        if (region == null || GbT2260.GUANGXI.equals(region)) {
            return GbT2260.GUANGXI;
        }
        if (GbT2260.levelOf(region).orElse(null) == GbT2260.Level.PREFECTURE) {
            return region;
        }
        String parent = GbT2260.parentOf(region).orElse(GbT2260.GUANGXI);
        return isScope(parent) ? parent : GbT2260.GUANGXI;
    }

    public boolean isProvince() {
        return GbT2260.GUANGXI.equals(scope);
    }

    /** The period as the API writes it: 2026-11. */
    public String periodText() {
        return period.toString();
    }

    /** The period as a reader reads it: 2026年11月. */
    public String periodLabel() {
        return period.getYear() + "年" + period.getMonthValue() + "月";
    }

    /** The scope's name: 广西壮族自治区, or the city's (百色市). */
    public String scopeName() {
        return GbT2260.nameOf(scope).orElse(scope);
    }

    /** The SQL {@code like} pattern of the region codes within the scope: 45% for Guangxi, 4510% for 百色市. */
    public String regionPattern() {
        return scope.substring(0, isProvince() ? 2 : 4) + "%";
    }

    /**
     * The edition's name: 广西可供转化的科技成果目录（2026年11月）, 百色市企业技术需求目录（2026年11月）.
     */
    public String name(EditionKind kind) {
        return (isProvince() ? "广西" : scopeName()) + kind.title() + "（" + periodLabel() + "）";
    }

    private static String shortened(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
