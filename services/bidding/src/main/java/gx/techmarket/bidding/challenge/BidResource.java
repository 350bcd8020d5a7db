package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bids across challenges: the caller's organisation's own, and single bids to those who may see them. */
@Path("/bids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bids", description = "揭榜方案 — sealed bids")
public class BidResource {

    private final ChallengeService service;
    private final CurrentActor actor;

    BidResource(ChallengeService service, CurrentActor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "The bids of the caller's organisation on every challenge, newest first")
    public List<BidView> mine() {
        return service.mine(actor.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
    @Operation(summary = "One bid: to its bidder always; to the demander and the operator after the deadline (else 404)")
    public BidView get(@PathParam("id") UUID id) {
        return service.bid(actor.get(), id);
    }
}
