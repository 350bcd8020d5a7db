package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.AwardRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.ComplaintDecisionRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.ComplaintRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.DecisionRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.MethodRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.PanelRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.ScoreRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Assignment;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Complaint;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Method;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Panel;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Qualification;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Ranking;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Scoring;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The bidding service's evaluation of a challenge (评审办法, 资格审查, 抽取专家, 专家评分, 排名与定榜, 质疑), called as the
 * signed-in user.
 */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EvaluationClient {

    /** The challenges whose panel includes the signed-in expert. */
    @GET
    @Path("/scoring")
    Page<Assignment> assignments(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/challenges/{id}/scoring")
    Scoring scoring(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/bids/{bidId}/scores")
    Scoring score(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId, ScoreRequest request);

    @GET
    @Path("/challenges/{id}/ranking")
    Ranking ranking(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/award")
    Ranking award(@PathParam("id") UUID id, AwardRequest request);

    @GET
    @Path("/challenges/{id}/evaluation-method")
    Method method(@PathParam("id") UUID id);

    @PUT
    @Path("/challenges/{id}/evaluation-method")
    Method setMethod(@PathParam("id") UUID id, MethodRequest request);

    @GET
    @Path("/challenges/{id}/qualification")
    Qualification qualification(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/qualification/open")
    Qualification openQualification(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/qualification/bids/{bidId}")
    Qualification decide(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId, DecisionRequest request);

    @POST
    @Path("/challenges/{id}/qualification/fail")
    Qualification fail(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/panel")
    Panel drawPanel(@PathParam("id") UUID id, PanelRequest request);

    @GET
    @Path("/challenges/{id}/panel")
    Panel panel(@PathParam("id") UUID id);

    @GET
    @Path("/challenges/{id}/complaints")
    List<Complaint> complaints(@PathParam("id") UUID id);

    @POST
    @Path("/challenges/{id}/complaints")
    Complaint file(@PathParam("id") UUID id, ComplaintRequest request);

    @POST
    @Path("/complaints/{complaintId}/decision")
    Complaint decide(@PathParam("complaintId") UUID complaintId, ComplaintDecisionRequest request);

    @POST
    @Path("/complaints/{complaintId}/withdraw")
    Complaint withdraw(@PathParam("complaintId") UUID complaintId);
}
