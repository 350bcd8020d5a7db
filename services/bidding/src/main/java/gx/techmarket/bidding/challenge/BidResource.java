package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 揭榜方案 API ({@code /bids}): the bidder's workbench, a single sealed bid, withdrawal and reconfirmation, answered by
 * {@link BidService}. A bid is submitted on its challenge ({@code POST /challenges/{id}/bids}, {@link ChallengeResource}).
 * Body endpoints declare no {@code @Consumes}, as in {@link ChallengeResource}.
 */
@Path("/bids")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bids", description = "揭榜方案 — sealed bids")
public class BidResource {

    /** What {@code ?status=} accepts. */
    static final String STATUSES = "DRAFT|SUBMITTED|INVALIDATED|RECONFIRMED|QUALIFIED|DISQUALIFIED|SCORED|SELECTED"
            + "|NOT_SELECTED|WITHDRAWN";

    @Inject
    BidService service;

    @Inject
    CurrentActor actor;

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "我的揭榜: the bids the caller's organisation takes part in (as lead or consortium member), "
            + "optionally of one status; sort newest (default), oldest or amount (highest price first)")
    public Page<BidView> mine(
            @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @QueryParam("sort") @DefaultValue("newest") @Pattern(regexp = BidOrder.NAMES) String sort,
            @Valid @BeanParam Paging paging) {
        return service.mine(actor.get(), status == null ? null : BidStatus.valueOf(status), BidOrder.of(sort),
                paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
    @Operation(summary = "One bid: to its lead and consortium members always; to the counterparty and the operator "
            + "after the deadline (else 404)")
    public BidView bid(@PathParam("id") UUID id) {
        return service.bid(actor.get(), id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "撤回: the lead withdraws its bid before the deadline, for good")
    public BidView withdraw(@PathParam("id") UUID id) {
        return service.withdraw(actor.get(), id);
    }

    @POST
    @Path("/{id}/reconfirm")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    @Operation(summary = "重新确认: the lead confirms a bid an edit of the challenge invalidated, on the challenge's "
            + "current version, before the deadline, optionally revising price, plan or duration")
    public BidView reconfirm(@PathParam("id") UUID id, @Valid @NotNull ReconfirmRequest request) {
        return service.reconfirm(actor.get(), id, request);
    }
}
