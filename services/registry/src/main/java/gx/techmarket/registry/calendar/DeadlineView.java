package gx.techmarket.registry.calendar;

import gx.techmarket.registry.calendar.WorkingCalendar.Unit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A running registration clock: started on {@code startedOn} (受理, or the resubmission after 补正), due on
 * {@code dueOn}, {@code workingDays} long in {@code unit}; {@code provisional} when the count reaches a year whose
 * holidays are not loaded; {@code workingDaysLeft} from today (in the deadline's unit; 0 on the due date, negative
 * once {@code overdue}).
 */
public record DeadlineView(LocalDate startedOn, LocalDate dueOn, int workingDays, Unit unit, boolean provisional,
        boolean overdue, int workingDaysLeft) {

    public static DeadlineView of(WorkingCalendar calendar, LocalDate startedOn, int amount, Unit unit,
            LocalDate today) {
        WorkingCalendar.Due due = calendar.due(startedOn, amount, unit);
        int left = unit == Unit.CALENDAR_DAYS ? (int) ChronoUnit.DAYS.between(today, due.dueOn())
                : calendar.workingDaysLeft(today, due.dueOn());
        return new DeadlineView(startedOn, due.dueOn(), amount, unit, due.provisional(), today.isAfter(due.dueOn()),
                left);
    }
}
