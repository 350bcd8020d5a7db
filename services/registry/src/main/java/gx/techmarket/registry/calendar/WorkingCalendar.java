package gx.techmarket.registry.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * China's working days (工作日) as the State Council's yearly notice sets them: Monday to Friday, except the statutory
 * holidays (放假), plus the weekend days made working days (调休上班). A year whose notice is not loaded counts Monday to
 * Friday, and every deadline that reaches into it is provisional: its holidays are not known yet.
 *
 * @param loadedYears the years whose notice is loaded
 * @param days        the holidays and make-up working days of those years
 */
public record WorkingCalendar(Set<Integer> loadedYears, Map<LocalDate, DayKind> days) {

    /** How long a deadline is: an amount of working days, or (for rules that say so) of calendar days. */
    public enum Unit { WORKING_DAYS, CALENDAR_DAYS }

    /** A due date, and whether it rests on a year whose holidays are not loaded. */
    public record Due(LocalDate dueOn, boolean provisional) {}

    public WorkingCalendar {
        loadedYears = Set.copyOf(loadedYears);
        days = Map.copyOf(days);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The {@code amount}-th day after {@code start} (the start day itself not counted): a working day when the unit is
     * working days. Provisional when any day counted lies in a year not loaded.
     */
    public Due due(LocalDate start, int amount, Unit unit) {
        if (amount < 1) {
            throw new IllegalArgumentException("a deadline of " + amount + " days");
        }
        if (unit == Unit.CALENDAR_DAYS) {
            LocalDate due = start.plusDays(amount);
            return new Due(due, !loaded(start.getYear(), due.getYear()));
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < amount) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Due(day, !loaded(start.getYear(), day.getYear()));
    }

    /**
     * The working days left from {@code today} until {@code dueOn}: the working days after today up to and including
     * the due date; 0 on the due date itself; negative (the working days since) once it has passed.
     */
    public int workingDaysLeft(LocalDate today, LocalDate dueOn) {
        if (!today.isAfter(dueOn)) {
            return countAfter(today, dueOn);
        }
        return -countAfter(dueOn, today);
    }

    /** Working days in (from, to]. */
    private int countAfter(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    private boolean loaded(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (!loadedYears.contains(y)) {
                return false;
            }
        }
        return true;
    }
}
