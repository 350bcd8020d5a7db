package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.registry.statistics.PointStatistics;
import gx.techmarket.registry.statistics.Statistics;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 技术合同认定登记 API. Every endpoint names who may call it; the service checks which contract they may touch.
 *
 * <p>No {@code @Consumes}: with one, RESTEasy Reactive reads a body that comes without a Content-Type as that type
 * and files it; without, such a body (and one of any type no reader takes, text or form) is refused 415. The bodies
 * are still documented as JSON, and JSON is the only type they are read from.
 */
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contracts", description = "技术合同认定登记 — technical contracts and their registration")
public class ContractResource {

    /** The values of {@code ?status=}: the names of {@link ContractStatus}. */
    static final String STATUSES = "DRAFT|SUBMITTED|ACCEPTED|UNDER_REVIEW|NEEDS_CORRECTION|RESUBMITTED|REGISTERED"
            + "|NOT_REGISTERED|AMENDED|DEREGISTERED";

    @Inject
    ContractService service;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/brokered")
    @RolesAllowed(Roles.BROKER)
    @Operation(summary = "Draft a 技术转让/技术许可 contract for a published result (the broker intermediates)")
    public Response draftBrokered(@Valid @NotNull BrokeredContractRequest request) {
        ContractView created = service.draftBrokered(actor.get(), request);
        return Response.created(URI.create("/contracts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/brokered/{resultId}")
    @Authenticated
    @Operation(summary = "A published result the registry knows, with the actions the caller may take on it (brokered: draft a contract)")
    public BrokerableResultView brokerable(@PathParam("resultId") UUID resultId) {
        return service.brokerable(actor.get(), resultId);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "File a draft with its amounts (the filer's organisation only)")
    public ContractView submit(@PathParam("id") UUID id, @Valid @NotNull SubmitRequest request) {
        return service.submit(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "受理: accept a filing for processing (registrars of a known registration point)")
    public ContractView accept(@PathParam("id") UUID id) {
        return service.accept(actor.get(), id);
    }

    @POST
    @Path("/{id}/return-for-correction")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "退回补正: return an accepted filing to the seller with reasons (the accepting point)")
    public ContractView returnForCorrection(@PathParam("id") UUID id, @Valid @NotNull CorrectionRequest request) {
        return service.returnForCorrection(actor.get(), id, request.reasons());
    }

    @POST
    @Path("/{id}/register")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "准予登记: register an accepted contract and issue its number (the accepting point)")
    public ContractView register(@PathParam("id") UUID id) {
        return service.register(actor.get(), id);
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "The contracts the caller's organisation is seller, buyer or intermediary of, in one status "
            + "or all; sort newest (default: last changed first), oldest or amount (成交总额, highest first)")
    public Page<ContractView> mine(
            @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = ContractOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), status == null ? null : ContractStatus.valueOf(status),
                ContractOrder.of(sort), paging);
    }

    @GET
    @Path("/queue")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "The point's work queue: filings of its sub-market waiting to be accepted, and those it "
            + "handles (accepted, resubmitted, under review, returned); filter by status, type, overdue, due on or "
            + "before dueBefore; sort deadline (default: earliest due first), oldest, newest (by filing) or amount")
    public Page<ContractView> queue(
            @QueryParam("status") @Pattern(regexp = QueueFilter.STATUSES) String status,
            @QueryParam("type") @Pattern(regexp = "[A-Z_]{1,40}") String type,
            @QueryParam("overdue") @Pattern(regexp = "true|false") String overdue,
            @QueryParam("dueBefore") @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}") String dueBefore,
            @QueryParam("sort") @DefaultValue("deadline") @Pattern(regexp = QueueFilter.ORDERS) String sort,
            @Valid @BeanParam Paging paging) {
        return service.queue(actor.get(), QueueFilter.of(status, type, overdue == null ? null
                : Boolean.valueOf(overdue), QueueFilter.date("dueBefore", dueBefore), sort), paging);
    }

    // ---- review, refusal, correction and deadlines (issue 15)

    @Inject
    JsonWebToken token;

    @POST
    @Path("/{id}/resubmit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    @Operation(summary = "补正: file a returned filing again with its corrected amounts (the filer's organisation); "
            + "the point that returned it handles it, its clock starting again")
    public ContractView resubmit(@PathParam("id") UUID id, @Valid @NotNull SubmitRequest request) {
        return service.resubmit(actor.get(), id, request);
    }

    @POST
    @Path("/{id}/start-review")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "Send a large or disputed contract to expert review: the directory draws the panel "
            + "(409 NOT_ENOUGH_EXPERTS); the deadline becomes the long one (the handling point)")
    public ContractView startReview(@PathParam("id") UUID id, @Valid @NotNull StartReviewRequest request) {
        return service.startReview(actor.get(), token.getRawToken(), id, request);
    }

    @POST
    @Path("/{id}/opinions")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "A drawn expert's opinion on a contract under review, once (403 NOT_ON_PANEL, 409 "
            + "OPINION_ALREADY_GIVEN)")
    public ContractView giveOpinion(@PathParam("id") UUID id, @Valid @NotNull OpinionRequest request) {
        return service.giveOpinion(actor.get(), token.getRawToken(), id, request);
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed(Roles.REGISTRAR)
    @Operation(summary = "不予登记: refuse with grounds from the official list and an explanation (the handling point)")
    public ContractView refuse(@PathParam("id") UUID id, @Valid @NotNull RefusalRequest request) {
        return service.refuse(actor.get(), id, request);
    }

    @GET
    @Path("/reviews/mine")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "The contracts the calling expert was drawn to review, most recent draw first; actions "
            + "lists opinions while its opinion is due")
    public Page<ContractView> myReviews(@Valid @BeanParam Paging paging) {
        return service.reviewsOf(actor.get(), token.getRawToken(), paging);
    }

    // --- after registration (issue 15): the point statistics live here, not in their own resource, because
    // GET /contracts/{id} of this class would otherwise take /contracts/stats and fail on the UUID ---

    @Inject
    Statistics statistics;

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.REGISTRAR, Roles.ADMIN})
    @Operation(summary = "Point statistics: registrations (and those deregistered since), refusals and both amounts by "
            + "month (China) and type, from..to inclusive (default: this year); a registrar's own point, an admin's "
            + "sub-market's points")
    public PointStatistics stats(@QueryParam("from") @Pattern(regexp = Statistics.DATE) String from,
            @QueryParam("to") @Pattern(regexp = Statistics.DATE) String to) {
        return statistics.of(actor.get(), Statistics.date(from, "from"), Statistics.date(to, "to"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.ADMIN, Roles.EXPERT})
    @Operation(summary = "A contract the caller is party to, has filed before the caller's point, operates, or was "
            + "drawn to review (an expert)")
    public ContractView get(@PathParam("id") UUID id) {
        Actor caller = actor.get();
        return caller.has(Role.EXPERT) ? service.reviewed(caller, token.getRawToken(), id) : service.get(caller, id);
    }
}
