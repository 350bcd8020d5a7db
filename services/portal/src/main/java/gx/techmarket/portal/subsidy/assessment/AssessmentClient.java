package gx.techmarket.portal.subsidy.assessment;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The subsidy service's decisions (认定结果) with their explanations, called as the signed-in user in the user's
 * language (the explanation's lines come back rendered in it).
 */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface AssessmentClient {

    @GET
    @Path("/entitlements/mine")
    Page<ExplainedEntitlement> myEntitlements(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/entitlements")
    Page<ExplainedEntitlement> entitlements(@QueryParam("status") String status, @QueryParam("year") Integer year,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/entitlements/{id}")
    ExplainedEntitlement entitlement(@PathParam("id") UUID id);

    @GET
    @Path("/entitlements/refusals/mine")
    Page<ExplainedRefusal> myRefusals(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/entitlements/refusals")
    Page<ExplainedRefusal> refusals(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/entitlements/refusals/{id}")
    ExplainedRefusal refusal(@PathParam("id") UUID id);
}
