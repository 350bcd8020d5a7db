package gx.techmarket.registry.calendar;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar registration deadlines count on (工作日: statutory holidays and 调休 per year). */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "工作日历 — the working days deadlines count")
public class CalendarResource {

    @Inject
    Calendars calendars;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(summary = "A year's holidays and make-up working days with the notice they come from; loaded=false "
            + "when none is loaded (deadlines in that year count Monday to Friday, provisionally)")
    public CalendarView year(@PathParam("year") @Min(2000) @Max(2099) int year) {
        return calendars.year(year);
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Load (replace) a year's calendar from the State Council's notice (admins of the province)")
    public CalendarView load(@PathParam("year") @Min(2000) @Max(2099) int year,
            @Valid @NotNull CalendarRequest request) {
        return calendars.load(actor.get(), year, request);
    }
}
