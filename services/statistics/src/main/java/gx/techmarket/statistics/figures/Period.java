package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.ProblemException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The days a figure covers, both included, in China time: {@code from} and {@code to} as a year ({@code 2026}), a
 * month ({@code 2026-03}) or a day ({@code 2026-03-15}); a year or month {@code from} is its first day, {@code to}
 * its last. Without them: this year up to today. Backwards or longer than ten years is refused.
 */
public record Period(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 10;
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    public static Period of(String from, String to, LocalDate today) {
        LocalDate start = from == null ? today.withDayOfYear(1) : parse(from, "from", true);
        LocalDate end = to == null ? (from == null ? today : start.plusYears(1).minusDays(1)) : parse(to, "to", false);
        if (to == null && from != null && end.isAfter(today) && !start.isAfter(today)) {
            end = today;
        }
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("PERIOD_BACKWARDS").withField("to", "PERIOD_BACKWARDS");
        }
        if (!end.isBefore(start.plusYears(MAX_YEARS))) {
            throw ProblemException.badRequest("PERIOD_TOO_LONG", MAX_YEARS).withField("to", "PERIOD_TOO_LONG");
        }
        return new Period(start, end);
    }

    private static LocalDate parse(String value, String field, boolean start) {
        try {
            if (YEAR.matcher(value).matches()) {
                int year = Integer.parseInt(value);
                check(year, field);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                check(month.getYear(), field);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                check(day.getYear(), field);
                return day;
            }
        } catch (DateTimeException e) {
            // 2026-13, 2026-02-30: not a date
        }
        throw ProblemException.badRequest("INVALID_PERIOD", field).withField(field, "INVALID_PERIOD");
    }

    private static void check(int year, String field) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest("INVALID_PERIOD", field).withField(field, "INVALID_PERIOD");
        }
    }
}
