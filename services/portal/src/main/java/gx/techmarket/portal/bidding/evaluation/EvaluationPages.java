package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.AwardRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Complaint;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Ranked;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Ranking;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The ranking of a challenge with every component and 定榜 from it: the counterparty chooses a ranked bid; one that
 * is not first needs a recorded reason (the field's error when missing), and the award is confirmed first. An open
 * complaint suspends the award (the service offers no {@code award} then, and the page says why).
 */
@Path("/challenges")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class EvaluationPages {

    static final int REASON_MAX = 2000;

    @CheckedTemplate(basePath = "EvaluationPages")
    static class Templates {
        static native TemplateInstance ranking(UUID challengeId, Section<Ranking> ranking, boolean suspended,
                AwardForm form, FormErrors errors);
    }

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    Pages pages;

    @GET
    @Path("/{id}/ranking")
    public Response ranking(@PathParam("id") UUID id) {
        return pages.ok(rankingPage(id, AwardForm.none(), FormErrors.none()));
    }

    /** 定榜 from the ranking, once confirmed; a bid that is not first needs a departure reason. */
    @POST
    @Path("/{id}/award")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response award(@PathParam("id") UUID id, @RestForm String bidId, @RestForm String departureReason,
            @RestForm String confirmed) {
        UUID chosen = uuidOrNull(bidId);
        AwardForm form = new AwardForm(chosen, departureReason);
        EvaluationMsg texts = pages.msg(EvaluationMsg.class);
        FormErrors checked = FormErrors.none();
        if (chosen == null) {
            checked.add("bidId", pages.msg(gx.techmarket.portal.bidding.BiddingMsg.class).choose_a_bid());
        }
        String reason = form.reason();
        if (reason.length() > REASON_MAX) {
            checked.add("departureReason", pages.msg().too_long(REASON_MAX));
        }
        Section<Ranking> ranking = Section.load(() -> evaluation.ranking(id));
        Ranked ranked = !ranking.ok() || chosen == null ? null
                : ranking.value().ranking().stream().filter(r -> r.bidId().equals(chosen)).findFirst().orElse(null);
        if (ranked != null && ranked.rank() != 1 && reason.isEmpty()) {
            checked.add("departureReason", texts.departure_reason_required());
        }
        if (checked.any()) {
            return pages.submit(checked, () -> null, done -> "/challenges/" + id, "awarded",
                    errors -> rankingPage(id, form, errors));
        }
        return pages.confirmFirst(confirmed, () -> {
            Confirmation c = Confirmation.of("award", ranking.ok() ? ranking.value().title() : "",
                    "/challenges/" + id + "/award", "/challenges/" + id + "/ranking").field("bidId", bidId)
                    .field("departureReason", reason.isEmpty() ? null : reason);
            if (ranked != null) {
                c.text(texts.field_bidder(), ranked.bidder().name()).text(texts.field_rank(),
                        String.valueOf(ranked.rank())).amount(texts.field_price(), ranked.price());
            }
            return c.text(texts.field_departure_reason(), reason);
        }, () -> pages.submit(checked, () -> evaluation.award(id, new AwardRequest(chosen,
                        reason.isEmpty() ? null : reason)), done -> "/challenges/" + id, "awarded",
                errors -> rankingPage(id, form, errors)));
    }

    private TemplateInstance rankingPage(UUID id, AwardForm form, FormErrors errors) {
        Section<List<Complaint>> complaints = Section.load(() -> evaluation.complaints(id));
        boolean suspended = complaints.ok() && complaints.value().stream().anyMatch(Complaint::open);
        return Templates.ranking(id, Section.load(() -> evaluation.ranking(id)), suspended, form, errors);
    }

    static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
