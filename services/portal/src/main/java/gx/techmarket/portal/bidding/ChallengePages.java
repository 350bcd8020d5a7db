package gx.techmarket.portal.bidding;

import gx.techmarket.portal.bidding.bid.BidMsg;
import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
 * 揭榜挂帅: the 榜单, the operator's challenge from a demand, sealed bids; the award is made from the ranking
 * ({@code portal.bidding.evaluation.EvaluationPages}).
 */
@Path("/challenges")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class ChallengePages {

    static final int PAGE_SIZE = 20;
    /** The most bids of one challenge and operated demands a page shows; a challenge draws a handful. */
    static final int ALL = 100;
    /** The bidding service's sorts of the 榜单 (its whitelist): newest first by default. */
    static final List<String> SORTS = List.of("newest", "oldest", "deadline");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(boolean open, String sort, Page<ChallengeView> found);

        static native TemplateInstance form(ChallengeForm form, Section<List<KnownDemandView>> demands,
                FormErrors errors);

        static native TemplateInstance detail(ChallengeView challenge, Section<List<BidView>> bids, BidForm bidForm,
                FormErrors errors);
    }

    @Inject
    @RestClient
    BiddingClient bidding;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    /**
     * The 榜单: by default only the challenges still taking bids (the list says so), {@code ?open=false} every
     * published one; paged and sortable.
     */
    @GET
    public Response list(@QueryParam("open") String open, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size) {
        boolean onlyOpen = !"false".equals(open);
        String order = sort != null && SORTS.contains(sort) ? sort : null;
        Page<ChallengeView> found = bidding.listed(onlyOpen ? Boolean.TRUE : null, order, Math.max(page, 0),
                Page.SIZES.contains(size) ? size : PAGE_SIZE);
        return pages.ok(Templates.list(onlyOpen, order, found));
    }

    @GET
    @Path("/new")
    @RolesAllowed(Roles.ADMIN)
    public Response newForm(@QueryParam("demandId") String demandId) {
        return pages.ok(Templates.form(ChallengeForm.forDemand(demandId), operatedDemands(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response create(@BeanParam ChallengeForm form) {
        FormErrors invalid = pages.check(form);
        if (!invalid.has("deadline") && form.deadlineInstant() == null) {
            invalid.add("deadline", pages.msg().invalid_date());
        }
        return pages.submit(form, invalid, () -> bidding.create(form.toRequest()),
                created -> "/challenges/" + created.id(), "saved",
                errors -> Templates.form(form, operatedDemands(), errors));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(detailPage(bidding.challenge(id), new BidForm(), FormErrors.none()));
    }

    /** 发榜, once confirmed. */
    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response publish(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            ChallengeView challenge = bidding.challenge(id);
            return Confirmation.of("publish", challenge.title(), "/challenges/" + id + "/publish",
                    "/challenges/" + id);
        }, () -> pages.act(() -> bidding.act(id, "publish"), "/challenges/" + id, "published",
                errors -> detailPage(bidding.challenge(id), new BidForm(), errors)));
    }

    /** A sealed bid, once confirmed: it cannot be changed afterwards. */
    @POST
    @Path("/{id}/bids")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response bid(@PathParam("id") UUID id, @BeanParam BidForm form, @RestForm String confirmed) {
        if (form.picking()) {
            // the consortium picker: the form comes back with the search's results or the member added/removed
            form.applyPick();
            return pages.ok(detailPage(bidding.challenge(id), form, FormErrors.none()));
        }
        FormErrors checked = pages.check(form);
        BidMsg bidTexts = pages.msg(BidMsg.class);
        String team = form.teamProblem();
        if (team != null) {
            checked.add("team", switch (team) {
                case "empty" -> bidTexts.team_empty();
                case "incomplete" -> bidTexts.team_incomplete();
                default -> bidTexts.team_too_many();
            });
        }
        if (!form.membersWellFormed()) {
            checked.add("members", bidTexts.members_malformed());
        }
        if (form.switchingLanguage() || checked.any()) {
            return pages.submit(form, checked, () -> null, bid -> "/challenges/" + id, "bid_submitted",
                    errors -> detailPage(bidding.challenge(id), form, errors));
        }
        BiddingMsg texts = pages.msg(BiddingMsg.class);
        return pages.confirmFirst(confirmed, () -> Confirmation.of("bid", bidding.challenge(id).title(),
                        "/challenges/" + id + "/bids", "/challenges/" + id)
                .amount(texts.field_bid_price(), Amounts.parse(form.price))
                .text(texts.field_duration_months(), form.durationMonths)
                .text(texts.field_plan_summary(), form.planSummary)
                .text(bidTexts.field_team_size(), String.valueOf(form.toRequest().team().size()))
                .text(bidTexts.field_consortium(), String.join("、", form.memberList()))
                .field("price", form.price).field("planSummary", form.planSummary)
                .field("durationMonths", form.durationMonths)
                .fields("teamName", form.teamRows().stream().map(BidForm.TeamRow::name).toList())
                .fields("teamTitle", form.teamRows().stream().map(BidForm.TeamRow::title).toList())
                .fields("teamRole", form.teamRows().stream().map(BidForm.TeamRow::role).toList())
                .field("members", form.members == null ? "" : form.members),
                () -> pages.submit(checked, () -> bidding.bid(id, form.toRequest()), bid -> "/challenges/" + id,
                        "bid_submitted", errors -> detailPage(bidding.challenge(id), form, errors)));
    }

    /** The challenge with the bids the viewer may see; which forms it shows is the challenge's {@code actions}. */
    private TemplateInstance detailPage(ChallengeView challenge, BidForm bidForm, FormErrors errors) {
        Section<List<BidView>> bids = viewer.party() || viewer.admin()
                ? Section.load(() -> bidding.bids(challenge.id(), 0, ALL).items())
                : new Section<>(List.of(), null, false);
        return Templates.detail(challenge, bids, bidForm, errors);
    }

    private Section<List<KnownDemandView>> operatedDemands() {
        return Section.load(() -> bidding.operatedDemands(0, ALL).items());
    }
}
