package gx.techmarket.catalogue.result;

import gx.techmarket.platform.listing.ListingOrder;
import gx.techmarket.platform.listing.RejectRequest;
import gx.techmarket.platform.listing.WithdrawRequest;
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

/** 科技成果 API. Every endpoint names who may call it; the service checks which result they may touch. */
@Path("/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "results", description = "科技成果 — transferable results")
public class ResultResource {

    /** An industry code as results carry it, e.g. {@code FOOD_PROCESSING}. */
    static final String INDUSTRY = "[A-Z][A-Z0-9]*(_[A-Z0-9]+)*";

    @Inject
    ResultService service;

    @Inject
    CurrentActor actor;

    @Inject
    ResultSearch search;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Create a draft result (holder: the caller's organisation)")
    public Response create(@Valid @NotNull ResultRequest request) {
        ResultView created = service.create(actor.get(), request);
        return Response.created(URI.create("/results/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Edit a draft or rejected result (its holder only)")
    public ResultView edit(@PathParam("id") UUID id, @Valid @NotNull ResultRequest request) {
        return service.edit(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Submit for review (its holder only)")
    public ResultView submit(@PathParam("id") UUID id) {
        return service.submit(actor.get(), id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a submitted result (the operator of its region)")
    public ResultView approve(@PathParam("id") UUID id) {
        return service.approve(actor.get(), id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a submission back with a reason (the operator of its region)")
    public ResultView reject(@PathParam("id") UUID id, @Valid @NotNull RejectRequest request) {
        return service.reject(actor.get(), id, request.reason());
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "Take a published result off the catalogue (its holder only); body {\"reason\": optional}")
    public ResultView withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawRequest request) {
        return service.withdraw(actor.get(), id, request.reason());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A published result, or one of the caller's own, or one awaiting the caller's review")
    public ResultView get(@PathParam("id") UUID id) {
        return service.get(actor.get(), id);
    }

    @GET
    @Authenticated
    @Operation(summary = "Search published results by Chinese keywords in title and summary",
            description = "sort: newest (default, by publication), oldest, amount (asking price, largest first, "
                    + "面议 last); total counts every match")
    public Page<ResultView> search(@Valid @BeanParam ResultListParameters parameters,
            @Valid @BeanParam Paging paging) {
        return service.search(actor.get(), parameters.q, parameters.industry, parameters.region,
                parameters.order(), paging);
    }

    @GET
    @Path("/search")
    @Authenticated
    @Operation(summary = "Search published results: words, facet filters and counts, highlights, keyset pages",
            description = "Ranked by relevance with q (BM25; title above keywords above summary), newest first "
                    + "without; facets counted among all matches; total up to 1000 (totalExact false beyond); "
                    + "highlights HTML-safe with <em> around matches; nextCursor for the next page of the same "
                    + "search. 400 QUERY_TOO_LONG, UNKNOWN_FACET_VALUE (naming the parameter), CURSOR_INVALID, "
                    + "CURSOR_MISMATCH.")
    public ResultSearchPage searchIndex(@Valid @BeanParam ResultSearchParameters parameters) {
        return search.search(actor.get(), parameters.query());
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "The results held by the caller's organisation, in every state or in one (status)",
            description = "sort: newest (default, by last change), oldest, amount (asking price, largest first)")
    public Page<ResultView> mine(
            @QueryParam("status") @Pattern(regexp = ResultStatus.NAMES) String status,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ListingOrder.WITH_AMOUNT) String sort,
            @Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), status == null ? null : ResultStatus.valueOf(status), ListingOrder.of(sort),
                paging);
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Submitted results awaiting the caller's review (the province sees all regions)",
            description = "sort: oldest (default, by submission), newest")
    public Page<ResultView> reviewQueue(
            @QueryParam("sort") @DefaultValue("oldest") @Pattern(regexp = ListingOrder.QUEUE) String sort,
            @Valid @BeanParam Paging paging) {
        return service.reviewQueue(actor.get(), ListingOrder.of(sort), paging);
    }
}
