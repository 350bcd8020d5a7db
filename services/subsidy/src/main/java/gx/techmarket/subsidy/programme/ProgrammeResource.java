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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 补助项目 API: programmes and their budgets, for operators. */
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes", description = "补助项目 — subsidy programmes and budgets")
public class ProgrammeResource {

    @Inject
    Budgets budgets;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Each programme of the year (default: this year in China time) with budget, granted and "
            + "remaining, by code")
    public Page<ProgrammeView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @Valid @BeanParam Paging paging) {
        actor.get();
        return budgets.list(year, paging);
    }
}
