package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 补助项目 API: programmes as data, run by admins (ADR 0025) — a year's state, programmes with their budgets and
 * versions of their terms; opening, new versions, top-ups, closing and copying. The province runs every programme, a
 * city those of its own sub-market; each view lists what the caller may do.
 */
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes", description = "补助项目 — subsidy programmes and budgets")
public class ProgrammeResource {

    @Inject
    ProgrammeAdministration administration;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The programmes of the year (default: this year in China time) the admin sees, by code, with "
            + "budget, granted, paid and remaining and the admin's actions")
    public Page<ProgrammeView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Valid @BeanParam Paging paging) {
        return administration.list(actor.get(), year, paging);
    }

    @GET
    @Path("/years/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A budget year's state (NO_PROGRAMME, OPEN, CLOSED), its programmes the admin sees and the "
            + "registered contracts awaiting a programme")
    public YearView year(@PathParam("year") @Min(2000) @Max(2100) int year) {
        return administration.year(actor.get(), year);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Opens a programme for a budget year with its terms (version 1, from the year's first day) "
            + "and initial budget; the year's contracts registered before are assessed under it")
    public Response open(@NotNull @Valid ProgrammeRequests.Open request) {
        ProgrammeView opened = administration.open(actor.get(), request);
        return Response.created(URI.create("/programmes/" + opened.code() + "/" + opened.budgetYear()))
                .entity(opened).build();
    }

    @GET
    @Path("/{code}/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A programme of a budget year: the terms in force today, budget, granted, paid, remaining, "
            + "the admin's actions")
    public ProgrammeView get(@PathParam("code") String code, @PathParam("year") int year) {
        return administration.get(actor.get(), code, year);
    }

    @GET
    @Path("/{code}/{year}/terms")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every version of the programme-year's terms, oldest first")
    public List<TermsVersionView> versions(@PathParam("code") String code, @PathParam("year") int year) {
        return administration.versions(actor.get(), code, year);
    }

    @POST
    @Path("/{code}/{year}/terms")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new version of the terms, in force from a day today or later (China time) within the "
            + "budget year; what was assessed before keeps its version")
    public Response newVersion(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid ProgrammeRequests.NewVersion request) {
        TermsVersionView version = administration.newVersion(actor.get(), code, year, request);
        return Response.created(URI.create("/programmes/" + code + "/" + year + "/terms")).entity(version).build();
    }

    @POST
    @Path("/{code}/{year}/budget")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tops the budget up (Dr APPROPRIATION, Cr BUDGET); what waits for it is granted oldest first")
    public ProgrammeView topUp(@PathParam("code") String code, @PathParam("year") int year,
            @NotNull @Valid ProgrammeRequests.TopUp request) {
        return administration.topUp(actor.get(), code, year, request);
    }

    @POST
    @Path("/{code}/{year}/close")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Closes the programme: nothing registered afterwards is assessed under it; what it decided "
            + "stays, with its budget")
    public ProgrammeView close(@PathParam("code") String code, @PathParam("year") int year) {
        return administration.close(actor.get(), code, year);
    }

    @POST
    @Path("/{code}/{year}/copy")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Opens the programme in another year with its newest terms (from that year's first day) and "
            + "no budget yet")
    public Response copy(@PathParam("code") String code, @PathParam("year") int year,
            @QueryParam("toYear") @NotNull @Min(2000) @Max(2100) Integer toYear) {
        ProgrammeView copied = administration.copy(actor.get(), code, year, toYear);
        return Response.created(URI.create("/programmes/" + copied.code() + "/" + copied.budgetYear()))
                .entity(copied).build();
    }
}
