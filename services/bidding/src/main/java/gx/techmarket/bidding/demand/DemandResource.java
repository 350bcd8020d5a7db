package gx.techmarket.bidding.demand;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published demands this service has heard of, from which operators make challenges. */
@Path("/demands")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "demands", description = "技术需求 as published by the demand service (read model)")
public class DemandResource {

    @Inject
    DemandService service;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Known published demands of the caller's sub-market (the province: all); sort newest "
            + "(default), oldest or deadline (soonest first)")
    public Page<DemandView> operated(
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = KnownDemandRepository.ORDERS) String sort,
            @Valid @BeanParam Paging paging) {
        return service.operated(actor.get(), sort, paging);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A known published demand")
    public DemandView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }
}
