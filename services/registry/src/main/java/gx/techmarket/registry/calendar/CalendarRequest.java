package gx.techmarket.registry.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's calendar as the State Council's notice sets it: where it comes from, when it was published, and its days
 * (holidays and the weekend days worked). Replaces whatever the year had.
 */
public record CalendarRequest(
        @NotBlank @Size(max = 500) String source,
        @NotNull LocalDate publishedOn,
        @NotNull @Size(max = 120) List<@Valid @NotNull Day> days) {

    public record Day(@NotNull LocalDate date, @NotNull DayKind kind, @NotBlank @Size(max = 50) String name) {}
}
