package gx.techmarket.registry.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A year of the working-day calendar. {@code loaded} false: no notice loaded, deadlines in the year count Monday to
 * Friday and are provisional (source, publishedOn, loadedBy and loadedAt are then null, days empty).
 */
public record CalendarView(int year, boolean loaded, String source, LocalDate publishedOn, String loadedBy,
        Instant loadedAt, List<CalendarRequest.Day> days) {}
