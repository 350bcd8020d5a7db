package gx.techmarket.portal.matching;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The matching service (services/matching): 意向洽谈 and 匹配推荐, called with the signed-in user's token. */
@RegisterRestClient(configKey = "matching")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MatchingClient {

    @GET
    @Path("/listings/{id}/interest")
    ListingInterestView listing(@PathParam("id") UUID listingId);

    @POST
    @Path("/interests")
    InterestView express(NewInterest request);

    /** {@code role}: sent, received, brokered or all; {@code state}: OPEN, CLOSED or null for both. */
    @GET
    @Path("/interests")
    Page<InterestView> mine(@QueryParam("role") String role, @QueryParam("state") String state,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/interests/counts")
    List<InterestCount> counts();

    @GET
    @Path("/interests/{id}")
    InterestView get(@PathParam("id") UUID id);

    @POST
    @Path("/interests/{id}/messages")
    InterestView write(@PathParam("id") UUID id, Message message);

    @POST
    @Path("/interests/{id}/contacts")
    InterestView shareContact(@PathParam("id") UUID id, Contact contact);

    @POST
    @Path("/interests/{id}/broker")
    InterestView inviteBroker(@PathParam("id") UUID id, Broker broker);

    @POST
    @Path("/interests/{id}/close")
    InterestView close(@PathParam("id") UUID id);

    /** The caller's organisation's listings with their suggestions (a broker: its city's), last changed first. */
    @GET
    @Path("/matches")
    Page<ListingMatchesView> matches(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/demands/{id}/matches")
    ListingMatchesView demandMatches(@PathParam("id") UUID demandId);

    @GET
    @Path("/results/{id}/matches")
    ListingMatchesView resultMatches(@PathParam("id") UUID resultId);

    record NewInterest(UUID listingId, String message) {}

    record Message(String text) {}

    record Contact(String name, String phone, String email) {}

    record Broker(String brokerUscc) {}
}
