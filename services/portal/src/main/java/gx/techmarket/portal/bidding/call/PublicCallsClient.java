package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.GET;
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
 * The bidding service's public reads for calls and a challenge's published facts: published calls and their
 * challenges, the 评审办法, the version history and the differences between two versions. For anyone.
 */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicCallsClient {

    @GET
    @Path("/calls")
    Page<CallView> calls(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/calls/{id}")
    CallView call(@PathParam("id") UUID id);

    @GET
    @Path("/calls/{id}/challenges")
    Page<ChallengeView> challenges(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/challenges/{id}/evaluation-method")
    MethodView method(@PathParam("id") UUID id);

    @GET
    @Path("/challenges/{id}/versions")
    List<VersionView> versions(@PathParam("id") UUID id);

    @GET
    @Path("/challenges/{id}/versions/diff")
    List<FieldChange> differences(@PathParam("id") UUID id, @QueryParam("from") int from, @QueryParam("to") int to);
}
