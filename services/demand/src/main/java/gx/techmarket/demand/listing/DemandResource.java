package gx.techmarket.demand.listing;

import gx.techmarket.platform.listing.CloseRequest;
import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.listing.RejectRequest;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 技术需求 API. Every endpoint names who may call it; the service checks which demand they may touch. */
@Path("/demands")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "demands", description = "技术需求 — enterprises' technical demands")
public class DemandResource {

    /** An industry code as demands carry it, e.g. {@code SUGAR}. */
    static final String INDUSTRY = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

    /** The orders of the market's list of demands. */
    static final String SORTS = "sort: newest (default, by publication), oldest, amount (upper budget, largest "
            + "first), deadline (soonest first)";

    @Inject
    DemandService service;

    @Inject
    DemandSearch search;

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
    @Operation(summary = "Published demands still open (deadline today or later), by words in title and problem, "
            + "industry and sub-market",
            description = SORTS + "; total counts every match")
    public Page<DemandView> search(@Valid @BeanParam DemandListParameters parameters,
            @Valid @BeanParam Paging paging) {
        return service.search(actor.get(), parameters.q, parameters.industry, parameters.region,
                parameters.order(), paging);
    }

    @GET
    @Path("/search")
    @Authenticated
    @Operation(summary = "Search listed demands (published, deadline today or later): words, facet filters and "
            + "counts, highlights, keyset pages",
            description = "Ranked by relevance with q (BM25; title above keywords above problem), newest first "
                    + "without; facets counted among all matches; total up to 1000 (totalExact false beyond); "
                    + "highlights HTML-safe with <em> around matches; nextCursor for the next page of the same "
                    + "search. 400 QUERY_TOO_LONG, UNKNOWN_FACET_VALUE (naming the parameter), CURSOR_INVALID, "
                    + "CURSOR_MISMATCH.")
    public DemandSearchPage searchIndex(@Valid @BeanParam DemandSearchParameters parameters) {
        return search.search(actor.get(), parameters.query());
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.ENTERPRISE)
    @Operation(summary = "The demands of the caller's enterprise, in every state or in one (status)",
            description = "sort: newest (default, by last change), oldest, amount (upper budget, largest first), "
                    + "deadline (soonest first)")
    public Page<DemandView> mine(
            @QueryParam("status") @Pattern(regexp = DemandStatus.NAMES) String status,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ListingOrder.WITH_AMOUNT_AND_DEADLINE)
            String sort,
            @Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), status == null ? null : DemandStatus.valueOf(status), ListingOrder.of(sort),
                paging);
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Submitted demands awaiting the caller's review (the province sees all sub-markets)",
            description = "sort: oldest (default, by submission), newest")
    public Page<DemandView> reviewQueue(
            @QueryParam("sort") @DefaultValue("oldest") @Pattern(regexp = ListingOrder.QUEUE) String sort,
            @Valid @BeanParam Paging paging) {
        return service.reviewQueue(actor.get(), ListingOrder.of(sort), paging);
    }
}
