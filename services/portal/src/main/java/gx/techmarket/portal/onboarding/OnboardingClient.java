package gx.techmarket.portal.onboarding;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** 机构入驻 of the directory service: applications, the verification queue, an organisation's members. */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OnboardingClient {

    /** Where the signed-in user stands: its organisation in the directory, its applications (newest first). */
    @GET
    @Path("/applications/mine")
    OnboardingStatus mine();

    /** Files an application: the facts and the documents (their bytes base64 in the JSON). */
    @POST
    @Path("/applications")
    ApplicationView file(NewApplication application);

    /** The admin's verification queue of its sub-market, oldest first. */
    @GET
    @Path("/applications")
    Page<ApplicationSummary> queue(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/applications/{id}")
    ApplicationView application(@PathParam("id") String id);

    @POST
    @Path("/applications/{id}/verify")
    ApplicationView verify(@PathParam("id") String id);

    @POST
    @Path("/applications/{id}/reject")
    ApplicationView reject(@PathParam("id") String id, Reason reason);

    @GET
    @Path("/organisations/{uscc}/members")
    List<MemberView> members(@PathParam("uscc") String uscc);

    @POST
    @Path("/organisations/{uscc}/members")
    MemberView invite(@PathParam("uscc") String uscc, Invitation invitation);

    /** Removes a member; the members left. */
    @DELETE
    @Path("/organisations/{uscc}/members/{userId}")
    List<MemberView> remove(@PathParam("uscc") String uscc, @PathParam("userId") String userId);

    /** 机构入驻申请 as the directory takes it; parentUscc and nameEn may be null. */
    record NewApplication(String uscc, String name, String nameEn, String kind, String region, String parentUscc,
            String contactName, String contactPhone, List<NewDocument> documents) {}

    /** A supporting document: its file name and its bytes, base64. */
    record NewDocument(String fileName, String content) {}

    record Reason(String reason) {}

    record Invitation(String email) {}
}
