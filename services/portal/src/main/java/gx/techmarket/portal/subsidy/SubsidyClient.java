package gx.techmarket.portal.subsidy;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The subsidy service (补助核算), called as the signed-in user. */
@RegisterRestClient(configKey = "subsidy")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
public interface SubsidyClient {

    @GET
    @Path("/entitlements/mine")
    Page<EntitlementView> mine(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/entitlements")
    Page<EntitlementView> all(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/programmes")
    Page<ProgrammeView> programmes(@QueryParam("page") int page, @QueryParam("size") int size);
}
