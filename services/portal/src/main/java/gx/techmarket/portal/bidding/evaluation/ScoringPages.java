package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Assignment;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Criterion;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Scoring;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.ToScore;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Language;
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
 * 评审任务, the expert's scoring page: the challenges of the panels the signed-in expert sits on, and per challenge
 * the published method, the qualified bids (price, plan, team) and one form per bid the service still offers to
 * score ({@code score}): every criterion 0–100 and a comment, once, confirmed first. Only the expert's own scores are
 * shown until every expert has scored; then the page links to the ranking.
 */
@Path("/scoring")
@Produces(Pages.HTML)
@Blocking
@RolesAllowed(Roles.EXPERT)
public class ScoringPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "EvaluationPages")
    static class Templates {
        static native TemplateInstance assignments(Section<Page<Assignment>> found);

        static native TemplateInstance scoring(Scoring scoring, ScoreForm scoreForm, FormErrors errors);
    }

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    Pages pages;

    @Inject
    Language language;

    @GET
    public Response assignments(@QueryParam("page") int page, @QueryParam("size") int size) {
        int pageSize = Page.SIZES.contains(size) ? size : PAGE_SIZE;
        return pages.ok(Templates.assignments(
                Section.load(() -> evaluation.assignments(Math.max(page, 0), pageSize))));
    }

    @GET
    @Path("/{id}")
    public Response scoring(@PathParam("id") UUID id) {
        return pages.ok(Templates.scoring(evaluation.scoring(id), ScoreForm.empty(), FormErrors.none()));
    }

    /** One bid's scores, once confirmed: they cannot be changed afterwards. */
    @POST
    @Path("/{id}/bids/{bidId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId,
            @RestForm("criterion") List<String> criteria, @RestForm("score") List<String> scores,
            @RestForm String comment, @RestForm String confirmed) {
        ScoreForm form = new ScoreForm(bidId, criteria, scores, comment);
        EvaluationMsg texts = pages.msg(EvaluationMsg.class);
        FormErrors checked = form.check(texts);
        if (checked.any()) {
            return pages.submit(checked, () -> null, done -> "/scoring/" + id, "scored",
                    errors -> Templates.scoring(evaluation.scoring(id), form, errors));
        }
        return pages.confirmFirst(confirmed, () -> confirmation(id, form, texts),
                () -> pages.submit(checked, () -> evaluation.score(id, bidId, form.toRequest()),
                        done -> "/scoring/" + id, "scored",
                        errors -> Templates.scoring(evaluation.scoring(id), form, errors)));
    }

    /** What will be sent: the bid, each criterion's score, the comment. */
    private Confirmation confirmation(UUID id, ScoreForm form, EvaluationMsg texts) {
        Scoring scoring = evaluation.scoring(id);
        Confirmation c = Confirmation.of("score", scoring.title(), "/scoring/" + id + "/bids/" + form.bidId(),
                "/scoring/" + id);
        scoring.bids().stream().filter(b -> b.bidId().equals(form.bidId())).findFirst().map(ToScore::bidder)
                .ifPresent(bidder -> c.text(texts.field_bidder(), bidder.name()));
        List<Criterion> criteria = scoring.method() == null ? List.of() : scoring.method().criteria();
        for (int i = 0; i < form.criteria().size(); i++) {
            String number = form.criteria().get(i).strip();
            String name = criteria.stream().filter(k -> String.valueOf(k.number()).equals(number))
                    .map(k -> language.english() ? k.nameEn() : k.nameZh()).findFirst().orElse(number);
            c.text(name, form.score(i).strip());
        }
        return c.text(texts.field_comment(), form.comment())
                .fields("criterion", form.criteria()).fields("score", form.scores()).field("comment", form.comment());
    }
}
