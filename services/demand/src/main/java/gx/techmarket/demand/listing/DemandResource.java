package gx.techmarket.demand.listing;

import gx.techmarket.platform.listing.CloseRequest;
import gx.techmarket.platform.listing.RejectRequest;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.GuangxiRegion;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 技术需求 API. Every endpoint names who may call it; the service checks which demand they may touch. */
@Path("/demands")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "demands", description = "技术需求 — enterprises' technical demands")
public class DemandResource {

    @Inject
    DemandService service;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Create a draft demand (demander: the caller's enterprise)")
    public Response create(@Valid @NotNull DemandRequest request) {
        DemandView created = service.create(actor.get(), request);
        return Response.created(URI.create("/demands/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Edit a draft or rejected demand (its enterprise only)")
    public DemandView edit(@PathParam("id") UUID id, @Valid @NotNull DemandRequest request) {
        return service.edit(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Submit a draft or rejected demand for review (its enterprise only)")
    public DemandView submit(@PathParam("id") UUID id) {
        return service.submit(actor.get(), id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a submitted demand (the operator of its sub-market, or the province)")
    public DemandView approve(@PathParam("id") UUID id) {
        return service.approve(actor.get(), id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a submission back with a reason (the operator of its sub-market, or the province)")
    public DemandView reject(@PathParam("id") UUID id, @Valid @NotNull RejectRequest request) {
        return service.reject(actor.get(), id, request.reason());
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "Close a published demand (its enterprise only); body {\"reason\": optional}")
    public DemandView close(@PathParam("id") UUID id, @Valid @NotNull CloseRequest request) {
        return service.close(actor.get(), id, request.reason());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A published demand, or one of the caller's own, or one in the caller's sub-market")
    public DemandView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @GET
    @Authenticated
    @Operation(summary = "Published demands still open, newest first, by industry and sub-market")
    public DemandView.Page search(
            @QueryParam("industry") @Pattern(regexp = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*") @Size(max = 64) String industry,
            @QueryParam("region") @GuangxiRegion String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return service.search(actor.get(), industry, region, page, size);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "The demands of the caller's enterprise, in every state")
    public List<DemandView> mine() {
        return service.mine(actor.get());
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Submitted demands awaiting the caller's review (the province sees all sub-markets)")
    public List<DemandView> reviewQueue() {
        return service.reviewQueue(actor.get());
    }
}
