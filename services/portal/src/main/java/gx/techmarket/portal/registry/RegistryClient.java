package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.ServiceCallFilter;
import gx.techmarket.portal.web.ServiceProblemMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The registry (技术合同认定登记), called as the signed-in user. */
@RegisterRestClient(configKey = "registry")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Path("/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RegistryClient {

    @POST
    @Path("/brokered")
    ContractView draftBrokered(RegistryRequests.Brokered request);

    /** A published result the registry knows, with the caller's actions on it ({@code brokered}). */
    @GET
    @Path("/brokered/{resultId}")
    BrokerableResultView brokerable(@PathParam("resultId") UUID resultId);

    @POST
    @Path("/{id}/submit")
    ContractView submit(@PathParam("id") UUID id, RegistryRequests.Filing filing);

    /**
     * An action without a body ({@code accept}, {@code register}): its name is the last path segment of its endpoint,
     * as the contract's {@code actions} lists it.
     */
    @POST
    @Path("/{id}/{action}")
    ContractView act(@PathParam("id") UUID id, @PathParam("action") String action);

    @POST
    @Path("/{id}/return-for-correction")
    ContractView returnForCorrection(@PathParam("id") UUID id, RegistryRequests.Correction correction);

    @GET
    @Path("/{id}")
    ContractView get(@PathParam("id") UUID id);

    /** The contracts the caller's organisation is party or intermediary to ({@code status} filters). */
    @GET
    @Path("/mine")
    Page<ContractView> mine(@QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** The filings that wait for the registrar's station (oldest first). */
    @GET
    @Path("/queue")
    Page<ContractView> queue(@QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
