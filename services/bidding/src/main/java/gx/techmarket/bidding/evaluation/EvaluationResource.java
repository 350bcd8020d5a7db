package gx.techmarket.bidding.evaluation;

import gx.techmarket.bidding.evaluation.Views.AssignmentView;
import gx.techmarket.bidding.evaluation.Views.ComplaintView;
import gx.techmarket.bidding.evaluation.Views.MethodView;
import gx.techmarket.bidding.evaluation.Views.PanelView;
import gx.techmarket.bidding.evaluation.Views.QualificationView;
import gx.techmarket.bidding.evaluation.Views.RankingView;
import gx.techmarket.bidding.evaluation.Views.ScoringView;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The evaluation of a challenge: its method (评审办法), 资格审查, the expert panel (抽取专家), the experts' scores, the
 * ranking and 定榜, answered by {@link EvaluationService}. The body endpoints declare no {@code @Consumes} (a body
 * without a Content-Type is refused with 415, as in {@code ChallengeResource}).
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "揭榜挂帅 — qualification, expert evaluation and award")
public class EvaluationResource {

    @Inject
    EvaluationService service;

    @Inject
    CurrentActor actor;

    @Inject
    JsonWebToken token;

    @PUT
    @Path("/challenges/{id}/evaluation-method")
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "Set the 评审办法 before publication (the operator of its region or its proposer): the price "
            + "weight and the quality criteria, weights in percent adding up to 100; immutable once published")
    public MethodView setMethod(@PathParam("id") UUID id, @Valid @NotNull MethodRequest request) {
        return service.setMethod(actor.get(), id, request);
    }

    @GET
    @Path("/challenges/{id}/evaluation-method")
    @Authenticated
    @Operation(summary = "The 评审办法 with its formula (before publication: to those who may edit it)")
    public MethodView method(@PathParam("id") UUID id) {
        return service.method(actor.get(), id);
    }

    @GET
    @Path("/challenges/{id}/qualification")
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "资格审查: every bid to the operator after the deadline and to the counterparty once complete; "
            + "a bidder its own")
    public QualificationView qualification(@PathParam("id") UUID id) {
        return service.qualification(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/qualification/open")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open 资格审查 after the deadline (the operator); bids invalidated and not reconfirmed are "
            + "disqualified (NOT_RECONFIRMED)")
    public QualificationView openQualification(@PathParam("id") UUID id) {
        return service.openQualification(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/qualification/bids/{bidId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Decide one bid (qualified, or not with a reason); when every bid is decided, fewer qualified "
            + "than the minimum is 流标")
    public QualificationView decide(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId,
            @Valid @NotNull DecisionRequest request) {
        return service.decide(actor.get(), id, bidId, request);
    }

    @POST
    @Path("/challenges/{id}/qualification/fail")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "流标 of a challenge nobody bid on, after its deadline (the operator)")
    public QualificationView fail(@PathParam("id") UUID id) {
        return service.fail(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/panel")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "抽取专家 through the directory (3–9, odd), avoiding experts affiliated with the counterparty "
            + "or a qualified bidder; the evaluation opens")
    public PanelView drawPanel(@PathParam("id") UUID id, @Valid @NotNull PanelRequest request) {
        return service.drawPanel(actor.get(), token.getRawToken(), id, request);
    }

    @GET
    @Path("/challenges/{id}/panel")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The panel as drawn: the directory's panel id and seed, the experts, who was avoided and why")
    public PanelView panel(@PathParam("id") UUID id) {
        return service.panel(actor.get(), id);
    }

    @GET
    @Path("/challenges/{id}/scoring")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "The expert's scoring page: the method, the qualified bids and the caller's own scores only")
    public ScoringView scoring(@PathParam("id") UUID id) {
        return service.scoring(actor.get(), token.getRawToken(), id);
    }

    @GET
    @Path("/scoring")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "The expert's list: the challenges whose panel includes the caller, the latest drawn first, "
            + "with how many qualified bids the caller scored and how many are left")
    public Page<AssignmentView> assignments(@Valid @BeanParam Paging paging) {
        return service.assignments(token.getRawToken(), paging);
    }

    @POST
    @Path("/challenges/{id}/bids/{bidId}/scores")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "An expert of the panel scores a qualified bid: every criterion 0–100, a comment; once")
    public ScoringView score(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId,
            @Valid @NotNull ScoreRequest request) {
        return service.score(actor.get(), token.getRawToken(), id, bidId, request);
    }

    @GET
    @Path("/challenges/{id}/ranking")
    @Authenticated
    @Operation(summary = "The ranking by the published formula with every component, once every expert scored every "
            + "qualified bid (before: 403 SCORES_SEALED)")
    public RankingView ranking(@PathParam("id") UUID id) {
        return service.ranking(actor.get(), id);
    }

    @GET
    @Path("/challenges/{id}/complaints")
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "质疑 of a challenge: all to its operator and counterparty, a bidder's own to it")
    public List<ComplaintView> complaints(@PathParam("id") UUID id) {
        return service.complaints(actor.get(), id);
    }

    @POST
    @Path("/challenges/{id}/complaints")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "质疑: a bidder complains about the qualification of its bid (before the panel is drawn) or the "
            + "ranking (before the award), within the complaint period; an open complaint suspends the award")
    @APIResponse(responseCode = "201", description = "The complaint, SUBMITTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComplaintView.class)))
    public Response file(@PathParam("id") UUID id, @Valid @NotNull ComplaintRequest request) {
        ComplaintView complaint = service.file(actor.get(), id, request);
        return Response.created(URI.create("/complaints/" + complaint.id())).entity(complaint).build();
    }

    @POST
    @Path("/complaints/{complaintId}/decision")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The operator decides a complaint with reasons: accept or reject (inadmissible), then satisfy "
            + "or dismiss; satisfied: a disqualified bid is qualified, a contested ranking is scored again")
    public ComplaintView decideComplaint(@PathParam("complaintId") UUID complaintId,
            @Valid @NotNull ComplaintDecisionRequest request) {
        return service.decideComplaint(actor.get(), complaintId, request);
    }

    @POST
    @Path("/complaints/{complaintId}/withdraw")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "The complainant withdraws its complaint before a decision")
    public ComplaintView withdrawComplaint(@PathParam("complaintId") UUID complaintId) {
        return service.withdrawComplaint(actor.get(), complaintId);
    }

    @POST
    @Path("/challenges/{id}/award")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    @Operation(summary = "定榜: the counterparty confirms the winner from the ranking; not the top-ranked bid: a reason")
    public RankingView award(@PathParam("id") UUID id, @Valid @NotNull AwardRequest request) {
        return service.award(actor.get(), id, request);
    }
}
