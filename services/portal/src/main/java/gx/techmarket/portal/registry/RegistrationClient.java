package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's API of issue 15 (filing by any seller, pre-check, attachments' list, deadlines, review, refusal,
 * 核定, amendment, deregistration, objections, statistics, the working calendar), called as the signed-in user.
 * Apart from {@link RegistryClient} because ClientContractsTest holds that one to the committed OpenAPI document,
 * which gains these endpoints as the registry's parts of the issue are merged; then the two become one.
 */
@RegisterRestClient(configKey = "registry")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RegistrationClient {

    @GET
    @Path("/contracts/{id}")
    FilingView get(@PathParam("id") UUID id);

    @POST
    @Path("/contracts")
    FilingView file(RegistrationRequests.Filing filing);

    @PUT
    @Path("/contracts/{id}")
    FilingView edit(@PathParam("id") UUID id, RegistrationRequests.Filing filing);

    @POST
    @Path("/contracts/precheck")
    PrecheckView precheck(RegistrationRequests.Precheck precheck);

    @GET
    @Path("/contracts/{id}/precheck")
    PrecheckView precheck(@PathParam("id") UUID id);

    @GET
    @Path("/contracts/{id}/attachments")
    AttachmentList attachments(@PathParam("id") UUID id);

    @DELETE
    @Path("/contracts/{id}/attachments/{attachmentId}")
    void deleteAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId);

    /** The registrar's queue: handled filings of the point and filings to accept in its sub-market. */
    @GET
    @Path("/contracts/queue")
    Page<FilingView> queue(@QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
            @QueryParam("type") String type, @QueryParam("dueBefore") String dueBefore,
            @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The seller's filings (the contracts its organisation is party to). */
    @GET
    @Path("/contracts/mine")
    Page<FilingView> mine(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** The contracts the signed-in expert is drawn to review. */
    @GET
    @Path("/contracts/reviews/mine")
    Page<FilingView> reviews(@QueryParam("page") int page, @QueryParam("size") int size);

    /** 重新提交 after 补正, with the filing's amounts and date as corrected (the body of submit). */
    @POST
    @Path("/contracts/{id}/resubmit")
    FilingView resubmit(@PathParam("id") UUID id, RegistryRequests.Filing filing);

    @POST
    @Path("/contracts/{id}/assess")
    FilingView assess(@PathParam("id") UUID id, RegistrationRequests.Assessment assessment);

    @POST
    @Path("/contracts/{id}/start-review")
    FilingView startReview(@PathParam("id") UUID id, RegistrationRequests.StartReview review);

    @POST
    @Path("/contracts/{id}/opinions")
    FilingView opinion(@PathParam("id") UUID id, RegistrationRequests.Opinion opinion);

    @POST
    @Path("/contracts/{id}/refuse")
    FilingView refuse(@PathParam("id") UUID id, RegistrationRequests.Refusal refusal);

    @POST
    @Path("/contracts/{id}/amend")
    FilingView amend(@PathParam("id") UUID id, RegistrationRequests.Amendment amendment);

    @POST
    @Path("/contracts/{id}/deregister")
    FilingView deregister(@PathParam("id") UUID id, RegistrationRequests.Deregistration deregistration);

    @POST
    @Path("/contracts/{id}/objections")
    FilingView object(@PathParam("id") UUID id, RegistrationRequests.Objection objection);

    @POST
    @Path("/contracts/{id}/objections/{objectionId}/resolve")
    FilingView resolve(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            RegistrationRequests.Resolution resolution);

    @GET
    @Path("/contracts/stats")
    PointStats stats(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/calendar/{year}")
    CalendarView calendar(@PathParam("year") int year);

    @PUT
    @Path("/calendar/{year}")
    CalendarView loadCalendar(@PathParam("year") int year, RegistrationRequests.Calendar calendar);
}
