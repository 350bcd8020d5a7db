package gx.techmarket.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.registry.calendar.WorkingCalendar.Due;
import gx.techmarket.registry.calendar.WorkingCalendar.Unit;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines on 2026's calendar as the State Council's notice of 2025-11-04 sets it (the days V5 seeds). */
class WorkingCalendarTest {

    static final WorkingCalendar Y2026 = new WorkingCalendar(Set.of(2026), days2026());

    static Map<LocalDate, DayKind> days2026() {
        Map<LocalDate, DayKind> d = new HashMap<>();
        range(d, "2026-01-01", "2026-01-03");
        d.put(LocalDate.parse("2026-01-04"), DayKind.WORKDAY);
        range(d, "2026-02-15", "2026-02-23");
        d.put(LocalDate.parse("2026-02-14"), DayKind.WORKDAY);
        d.put(LocalDate.parse("2026-02-28"), DayKind.WORKDAY);
        range(d, "2026-09-25", "2026-09-27");
        range(d, "2026-10-01", "2026-10-07");
        d.put(LocalDate.parse("2026-09-20"), DayKind.WORKDAY);
        d.put(LocalDate.parse("2026-10-10"), DayKind.WORKDAY);
        return d;
    }

    private static void range(Map<LocalDate, DayKind> d, String from, String to) {
        for (LocalDate x = LocalDate.parse(from); !x.isAfter(LocalDate.parse(to)); x = x.plusDays(1)) {
            d.put(x, DayKind.HOLIDAY);
        }
    }

    @Test
    void fifteenWorkingDaysFromTheWednesdayBeforeNationalDayEndOnTheTwentyseventhOfOctober() {
        // accepted Wed 30 Sep: 1-7 Oct off, Sat 10 Oct worked; Oct 8, 9, 10, 12-16, 19-23, 26, 27: the 15th is Tue 27 Oct
        Due due = Y2026.due(LocalDate.parse("2026-09-30"), 15, Unit.WORKING_DAYS);
        assertThat(due).isEqualTo(new Due(LocalDate.parse("2026-10-27"), false));
        // on Monday to Friday alone it would have been Wed 21 Oct: the holiday week costs 5, the 调休 Saturday gives 1
        WorkingCalendar weekdays = new WorkingCalendar(Set.of(2026), Map.of());
        assertThat(weekdays.due(LocalDate.parse("2026-09-30"), 15, Unit.WORKING_DAYS).dueOn())
                .isEqualTo(LocalDate.parse("2026-10-21"));
    }

    @Test
    void theSpringFestivalsMakeUpSaturdaysCountAndItsNineDaysDoNot() {
        // accepted Fri 13 Feb: Sat 14 Feb worked (1), 15-23 Feb off, 24, 25, 26, 27 (5), Sat 28 worked (6)
        assertThat(Y2026.due(LocalDate.parse("2026-02-13"), 6, Unit.WORKING_DAYS).dueOn())
                .isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(Y2026.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(Y2026.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(Y2026.isWorkingDay(LocalDate.parse("2026-02-21"))).isFalse();
        assertThat(Y2026.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse();
    }

    @Test
    void theStartDayIsNotCounted() {
        // accepted on a Monday: the first working day is the Tuesday
        assertThat(Y2026.due(LocalDate.parse("2026-03-02"), 1, Unit.WORKING_DAYS).dueOn())
                .isEqualTo(LocalDate.parse("2026-03-03"));
        // accepted on a holiday: the clock counts from the next working day
        assertThat(Y2026.due(LocalDate.parse("2026-10-03"), 1, Unit.WORKING_DAYS).dueOn())
                .isEqualTo(LocalDate.parse("2026-10-08"));
    }

    @Test
    void aDeadlineReachingIntoAYearNotLoadedCountsMondayToFridayAndIsProvisional() {
        // accepted Mon 21 Dec 2026, 30 working days: 2027 is not loaded, so 1 Jan 2027 counts as a Friday worked
        Due due = Y2026.due(LocalDate.parse("2026-12-21"), 30, Unit.WORKING_DAYS);
        assertThat(due).isEqualTo(new Due(LocalDate.parse("2027-02-01"), true));
        assertThat(Y2026.due(LocalDate.parse("2026-11-02"), 15, Unit.WORKING_DAYS).provisional()).isFalse();
    }

    @Test
    void calendarDaysCountEveryDay() {
        assertThat(Y2026.due(LocalDate.parse("2026-09-30"), 15, Unit.CALENDAR_DAYS))
                .isEqualTo(new Due(LocalDate.parse("2026-10-15"), false));
    }

    @Test
    void workingDaysLeftAreZeroOnTheDueDateAndNegativeAfterIt() {
        LocalDate due = LocalDate.parse("2026-10-08");
        assertThat(Y2026.workingDaysLeft(LocalDate.parse("2026-09-29"), due)).isEqualTo(2); // Sep 30, Oct 8
        assertThat(Y2026.workingDaysLeft(due, due)).isZero();
        assertThat(Y2026.workingDaysLeft(LocalDate.parse("2026-10-12"), due)).isEqualTo(-3); // Oct 9, Sat 10 (调休), Mon 12
    }

    @Test
    void aDeadlineOfNoDaysIsAProgrammingError() {
        assertThatThrownBy(() -> Y2026.due(LocalDate.parse("2026-03-02"), 0, Unit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
