package gx.techmarket.portal.bidding.bid;

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
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The bidding service's bids (揭榜方案) as the bidder uses them, called as the signed-in user. */
@RegisterRestClient(configKey = "bidding")
@RegisterProvider(ServiceCallFilter.class)
@RegisterProvider(ServiceProblemMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BidClient {

    /** The bids the caller's organisation takes part in; {@code status} one of the bid statuses, or all. */
    @GET
    @Path("/bids/mine")
    Page<MyBidView> mine(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/bids/{id}")
    MyBidView bid(@PathParam("id") UUID id);

    @POST
    @Path("/bids/{id}/withdraw")
    MyBidView withdraw(@PathParam("id") UUID id);

    @POST
    @Path("/bids/{id}/reconfirm")
    MyBidView reconfirm(@PathParam("id") UUID id, Reconfirm request);

    /** The challenge as far as a reconfirmation needs it: its title and current version. */
    @GET
    @Path("/challenges/{id}")
    ChallengeVersion challenge(@PathParam("id") UUID id);

    /** A bid's documents with the limits of an upload and whether the caller may upload now. */
    @GET
    @Path("/bids/{id}/documents")
    BidDocuments documents(@PathParam("id") UUID id);

    @DELETE
    @Path("/bids/{id}/documents/{documentId}")
    void deleteDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId);

    /** 重新确认 on the version the bidder was shown. */
    record Reconfirm(long challengeVersion) {}

    /**
     * The challenge as far as a bid's page needs it: its title, aggregate {@code version} (what a reconfirmation
     * names), content {@code revision} (what the version history numbers), status and whether it still takes bids.
     */
    @io.quarkus.qute.TemplateData
    record ChallengeVersion(UUID id, String title, long version, Integer revision, String status,
            boolean biddingOpen, java.time.Instant deadline, boolean deadlineMoved) {

        /** Whether an edit made a version before the current one (the differences page then has two to compare). */
        public boolean revised() {
            return revision != null && revision > 1;
        }
    }
}
