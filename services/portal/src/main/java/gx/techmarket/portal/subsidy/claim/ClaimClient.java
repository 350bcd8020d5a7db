package gx.techmarket.portal.subsidy.claim;

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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The subsidy service's claims (补助申报), called as the signed-in user. */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ClaimClient {

    @GET
    @Path("/claims/mine")
    Page<ClaimView> mine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/claims")
    Page<ClaimView> queue(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/claims/{id}")
    ClaimView get(@PathParam("id") UUID id);

    @POST
    @Path("/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    ClaimView create(ClaimRequests.NewClaim claim);

    @PUT
    @Path("/claims/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    ClaimView update(@PathParam("id") UUID id, ClaimRequests.Update update);

    @POST
    @Path("/claims/{id}/submit")
    ClaimView submit(@PathParam("id") UUID id);

    @POST
    @Path("/claims/{id}/verify")
    ClaimView verify(@PathParam("id") UUID id);

    @POST
    @Path("/claims/{id}/approve")
    ClaimView approve(@PathParam("id") UUID id);

    @POST
    @Path("/claims/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    ClaimView returnForCorrection(@PathParam("id") UUID id, ClaimRequests.Decision decision);

    @POST
    @Path("/claims/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    ClaimView reject(@PathParam("id") UUID id, ClaimRequests.Decision decision);

    /** The caller's entitlements, to claim on the CLAIMABLE ones. */
    @GET
    @Path("/entitlements/mine")
    Page<ClaimableView> entitlements(@QueryParam("page") int page, @QueryParam("size") int size);
}
