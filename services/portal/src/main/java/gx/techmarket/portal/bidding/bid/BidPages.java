package gx.techmarket.portal.bidding.bid;

import gx.techmarket.portal.bidding.BiddingMsg;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 我的揭榜: the bidder's workbench of its organisation's bids (led or joined as a consortium member), by status, with
 * the withdrawal and the reconfirmation the bidding service offers on each ({@code actions}), each confirmed first.
 */
@Path("/bids")
@Produces(Pages.HTML)
@Blocking
@RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
public class BidPages {

    static final int PAGE_SIZE = 20;

    /** The statuses a bid can be filtered by, in the order of its lifecycle. */
    static final List<String> STATUSES = List.of("SUBMITTED", "INVALIDATED", "RECONFIRMED", "QUALIFIED",
            "DISQUALIFIED", "SCORED", "SELECTED", "NOT_SELECTED", "WITHDRAWN");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(String status, List<String> statuses, Section<Page<MyBidView>> found);
    }

    @Inject
    @RestClient
    BidClient bids;

    @Inject
    Pages pages;

    @GET
    @Path("/mine")
    public Response mine(@QueryParam("status") String status, @QueryParam("page") int page) {
        return pages.ok(minePage(status, Math.max(page, 0)));
    }

    /** 撤回, once confirmed. */
    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> confirmation("withdraw-bid", id),
                () -> pages.act(() -> bids.withdraw(id), "/bids/mine", "withdrawn",
                        errors -> minePage(null, 0)));
    }

    /** 重新确认 on the challenge's version the confirmation showed, once confirmed. */
    @POST
    @Path("/{id}/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reconfirm(@PathParam("id") UUID id, @RestForm String confirmed,
            @RestForm String challengeVersion) {
        return pages.confirmFirst(confirmed, () -> confirmation("reconfirm-bid", id),
                () -> pages.act(() -> bids.reconfirm(id, new BidClient.Reconfirm(version(id, challengeVersion))),
                        "/bids/mine", "bid_reconfirmed", errors -> minePage(null, 0)));
    }

    /** What the step will do to which bid: the challenge's title, the price, and for a reconfirmation its version. */
    private Confirmation confirmation(String action, UUID id) {
        MyBidView bid = bids.bid(id);
        BidClient.ChallengeVersion challenge = bids.challenge(bid.challengeId());
        BidMsg texts = pages.msg(BidMsg.class);
        Confirmation c = Confirmation.of(action, challenge.title(), "/bids/" + id + "/" + action.replace("-bid", ""),
                "/bids/mine").text(texts.field_lead(), bid.bidder().name())
                .amount(pages.msg(BiddingMsg.class).field_bid_price(), bid.price());
        if ("reconfirm-bid".equals(action)) {
            c.field("challengeVersion", String.valueOf(challenge.version()));
        }
        return c;
    }

    /** The version the confirmation showed; without one (a form from elsewhere), the challenge's current one. */
    private long version(UUID id, String shown) {
        if (shown != null && shown.strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(shown.strip());
        }
        return bids.challenge(bids.bid(id).challengeId()).version();
    }

    private TemplateInstance minePage(String status, int page) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        return Templates.mine(filter, STATUSES, Section.load(() -> bids.mine(filter, page, PAGE_SIZE)));
    }
}
