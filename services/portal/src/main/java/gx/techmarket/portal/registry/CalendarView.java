package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the China working-day calendar: statutory holidays and make-up working days (调休) with the State
 * Council's notice it was loaded from. A year not loaded yet counts Monday to Friday ({@code loaded} false).
 */
@TemplateData
public record CalendarView(int year, boolean loaded, String source, LocalDate publishedOn, String loadedBy,
        Instant loadedAt, List<Day> days) {

    public CalendarView {
        days = days == null ? List.of() : days;
    }

    /** HOLIDAY or WORKDAY (调休), with its name (国庆节 …). */
    @TemplateData
    public record Day(LocalDate date, String kind, String name) {}
}
