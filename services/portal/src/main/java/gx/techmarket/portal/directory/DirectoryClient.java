package gx.techmarket.portal.directory;

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
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The directory (机构库), called as the signed-in user: its organisations, their history and the admins' actions on
 * them. What a user may see and do is the directory's rule; the views say it ({@code actions}).
 */
@RegisterRestClient(configKey = "directory")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DirectoryClient {

    /**
     * Every verified organisation, and for an admin every one of its sub-market; {@code q} matches the names or the
     * start of the USCC. Null parameters are not sent.
     */
    @GET
    Page<OrganisationSummary> search(@QueryParam("q") String q, @QueryParam("kind") String kind,
            @QueryParam("region") String region, @QueryParam("status") String status,
            @QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{uscc}")
    OrganisationView get(@PathParam("uscc") String uscc);

    /** Every change, newest first: for the organisation's own users and its admins (others 403). */
    @GET
    @Path("/{uscc}/history")
    Page<HistoryEntry> history(@PathParam("uscc") String uscc, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @PUT
    @Path("/{uscc}")
    OrganisationView edit(@PathParam("uscc") String uscc, DirectoryRequests.Edit edit);

    @POST
    @Path("/{uscc}/verify")
    OrganisationView verify(@PathParam("uscc") String uscc);

    @POST
    @Path("/{uscc}/suspend")
    OrganisationView suspend(@PathParam("uscc") String uscc, DirectoryRequests.Reason reason);

    @POST
    @Path("/{uscc}/qualifications")
    OrganisationView grant(@PathParam("uscc") String uscc, DirectoryRequests.Grant grant);

    @POST
    @Path("/{uscc}/qualifications/{id}/revoke")
    OrganisationView revoke(@PathParam("uscc") String uscc, @PathParam("id") String id,
            DirectoryRequests.Reason reason);

    @POST
    @Path("/{uscc}/bank-account/verify")
    OrganisationView verifyBankAccount(@PathParam("uscc") String uscc);

    @POST
    @Path("/{uscc}/registration-point/open")
    OrganisationView openRegistrationPoint(@PathParam("uscc") String uscc);

    @POST
    @Path("/{uscc}/registration-point/close")
    OrganisationView closeRegistrationPoint(@PathParam("uscc") String uscc, DirectoryRequests.Reason reason);
}
