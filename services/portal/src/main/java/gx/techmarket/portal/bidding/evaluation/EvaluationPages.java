package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.AwardRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.ComplaintDecisionRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.ComplaintRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.DecisionRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.PanelRequest;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Complaint;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Method;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Panel;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.Qualification;
import gx.techmarket.portal.bidding.evaluation.EvaluationViews.QualifiedBid;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The evaluation of a challenge after its deadline, each form shown only when the bidding service offers its action:
 * 资格审查 (the operator opens it, qualifies or disqualifies each bid with a reason from the list and a note, or
 * records 流标), 抽取专家 (size and seed; the experts drawn and who was avoided and why), the ranking with every
 * component and 定榜 from it (a bid that is not first needs a recorded reason), and 质疑 (a bidder files one about
 * its qualification or the ranking, or withdraws it; the operator decides with reasons). Each irreversible step is
 * confirmed first; an open complaint suspends the award, and the pages say so.
 */
@Path("/challenges")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class EvaluationPages {

    static final int REASON_MAX = 2000;
    static final int GROUNDS_MAX = 5000;
    /** The reasons the operator picks from ({@code NOT_RECONFIRMED} is the service's own). */
    static final List<String> REASONS = List.of("NOT_ELIGIBLE", "DOCUMENTS_INCOMPLETE", "QUALIFICATION_MISSING",
            "PRICE_OVER_BUDGET", "PLAN_NOT_RESPONSIVE", "CONFLICT_OF_INTEREST", "OTHER");
    static final List<Integer> PANEL_SIZES = List.of(3, 5, 7, 9);
    static final List<String> DECISIONS = List.of("accept", "reject", "satisfy", "dismiss");

    @CheckedTemplate(basePath = "EvaluationPages")
    static class Templates {
        static native TemplateInstance ranking(UUID challengeId, Section<Ranking> ranking, boolean suspended,
                AwardForm form, FormErrors errors);

        static native TemplateInstance qualification(UUID challengeId, Section<Qualification> qualification,
                List<String> reasons, RowForm rowForm, FormErrors errors);

        static native TemplateInstance panel(UUID challengeId, Section<Qualification> qualification,
                Section<Panel> panel, List<Integer> sizes, RowForm rowForm, FormErrors errors);

        static native TemplateInstance method_form(UUID challengeId, Section<Method> method, MethodForm methodForm,
                FormErrors errors);

        static native TemplateInstance complaints(UUID challengeId, Section<List<Complaint>> complaints,
                List<String> subjects, RowForm rowForm, FormErrors errors);
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

    // --- 评审办法

    /** The editor of the 评审办法 before publication (its proposer or the operator: the method's {@code edit}). */
    @GET
    @Path("/{id}/evaluation-method")
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response method(@PathParam("id") UUID id) {
        Section<Method> method = Section.load(() -> evaluation.method(id));
        MethodForm form = method.ok() ? MethodForm.of(method.value()) : new MethodForm("", null, null, null);
        return pages.ok(Templates.method_form(id, method, form, FormErrors.none()));
    }

    @POST
    @Path("/{id}/evaluation-method")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response setMethod(@PathParam("id") UUID id, @RestForm String priceWeight,
            @RestForm("nameZh") List<String> nameZh, @RestForm("nameEn") List<String> nameEn,
            @RestForm("weight") List<String> weight) {
        MethodForm form = new MethodForm(priceWeight, nameZh, nameEn, weight);
        FormErrors checked = form.check(pages.msg(EvaluationMsg.class));
        return pages.submit(checked, () -> evaluation.setMethod(id, form.toRequest()), saved -> "/challenges/" + id,
                "saved", errors -> Templates.method_form(id, Section.load(() -> evaluation.method(id)), form, errors));
    }

    // --- 资格审查

    @GET
    @Path("/{id}/qualification")
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response qualification(@PathParam("id") UUID id) {
        return pages.ok(qualificationPage(id, RowForm.none(), FormErrors.none()));
    }

    @POST
    @Path("/{id}/qualification/open")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response openQualification(@PathParam("id") UUID id) {
        return pages.act(() -> evaluation.openQualification(id), "/challenges/" + id + "/qualification",
                "qualification_opened", errors -> qualificationPage(id, RowForm.none(), errors));
    }

    /** 流标, once confirmed. */
    @POST
    @Path("/{id}/qualification/fail")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response fail(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> Confirmation.of("fail-challenge", title(id),
                        "/challenges/" + id + "/qualification/fail", "/challenges/" + id + "/qualification"),
                () -> pages.act(() -> evaluation.fail(id), "/challenges/" + id, "challenge_failed",
                        errors -> qualificationPage(id, RowForm.none(), errors)));
    }

    /** One bid qualified, or not with a reason from the list (and a note, which "other" needs); confirmed first. */
    @POST
    @Path("/{id}/qualification/bids/{bidId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response decide(@PathParam("id") UUID id, @PathParam("bidId") UUID bidId, @RestForm String qualified,
            @RestForm String reason, @RestForm String note, @RestForm String confirmed) {
        boolean yes = "true".equals(qualified);
        String why = reason == null ? "" : reason.strip();
        String said = note == null ? "" : note.strip();
        RowForm form = new RowForm(bidId, Map.of("reason", why, "note", said));
        EvaluationMsg texts = pages.msg(EvaluationMsg.class);
        FormErrors checked = FormErrors.none();
        if (!yes && !REASONS.contains(why)) {
            checked.add("reason", texts.reason_required());
        }
        if (!yes && "OTHER".equals(why) && said.isEmpty()) {
            checked.add("note", texts.note_required());
        }
        if (said.length() > REASON_MAX) {
            checked.add("note", pages.msg().too_long(REASON_MAX));
        }
        if (checked.any()) {
            return pages.submit(checked, () -> null, done -> "/challenges/" + id + "/qualification", "bid_decided",
                    errors -> qualificationPage(id, form, errors));
        }
        return pages.confirmFirst(confirmed, () -> {
            Confirmation c = Confirmation.of(yes ? "qualify-bid" : "disqualify-bid", title(id),
                    "/challenges/" + id + "/qualification/bids/" + bidId, "/challenges/" + id + "/qualification")
                    .field("qualified", String.valueOf(yes)).field("reason", yes ? null : why)
                    .field("note", said.isEmpty() ? null : said);
            Section<Qualification> shown = Section.load(() -> evaluation.qualification(id));
            if (shown.ok()) {
                shown.value().bids().stream().filter(b -> b.bidId().equals(bidId)).findFirst().ifPresent(b -> c
                        .text(texts.field_bidder(), b.bidder().name()).amount(texts.field_price(), b.price()));
            }
            return c.text(texts.field_reason(), yes ? null : texts.label_reason(why)).text(texts.field_note(), said);
        }, () -> pages.submit(checked, () -> evaluation.decide(id, bidId, new DecisionRequest(yes,
                        yes ? null : why, said.isEmpty() ? null : said)),
                done -> "/challenges/" + id + "/qualification", "bid_decided",
                errors -> qualificationPage(id, form, errors)));
    }

    private TemplateInstance qualificationPage(UUID id, RowForm form, FormErrors errors) {
        return Templates.qualification(id, Section.load(() -> evaluation.qualification(id)), REASONS, form, errors);
    }

    // --- 抽取专家

    @GET
    @Path("/{id}/panel")
    @RolesAllowed(Roles.ADMIN)
    public Response panel(@PathParam("id") UUID id) {
        return pages.ok(panelPage(id, RowForm.none(), FormErrors.none()));
    }

    /** 抽取专家 of {@code size} (3, 5, 7, 9) with an optional seed, once confirmed: the evaluation opens. */
    @POST
    @Path("/{id}/panel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response drawPanel(@PathParam("id") UUID id, @RestForm String size, @RestForm String seed,
            @RestForm String confirmed) {
        String typedSize = size == null ? "" : size.strip();
        String typedSeed = seed == null ? "" : seed.strip();
        RowForm form = new RowForm(id, Map.of("size", typedSize, "seed", typedSeed));
        FormErrors checked = FormErrors.none();
        Integer panelSize = typedSize.matches("[0-9]") ? Integer.valueOf(typedSize) : null;
        if (panelSize == null || !PANEL_SIZES.contains(panelSize)) {
            checked.add("size", pages.msg(EvaluationMsg.class).choose_one());
        }
        if (!typedSeed.isEmpty() && !typedSeed.matches("[0-9]{1,15}")) {
            checked.add("seed", pages.msg(EvaluationMsg.class).seed_invalid());
        }
        if (checked.any()) {
            return pages.submit(checked, () -> null, done -> "/challenges/" + id + "/panel", "panel_drawn",
                    errors -> panelPage(id, form, errors));
        }
        Long chosenSeed = typedSeed.isEmpty() ? null : Long.valueOf(typedSeed);
        EvaluationMsg texts = pages.msg(EvaluationMsg.class);
        return pages.confirmFirst(confirmed, () -> Confirmation.of("draw-panel", title(id),
                        "/challenges/" + id + "/panel", "/challenges/" + id + "/panel")
                .text(texts.field_size(), typedSize).text(texts.field_seed_used(), typedSeed)
                .field("size", typedSize).field("seed", typedSeed.isEmpty() ? null : typedSeed),
                () -> pages.submit(checked, () -> evaluation.drawPanel(id, new PanelRequest(panelSize, chosenSeed)),
                        done -> "/challenges/" + id + "/panel", "panel_drawn",
                        errors -> panelPage(id, form, errors)));
    }

    private TemplateInstance panelPage(UUID id, RowForm form, FormErrors errors) {
        return Templates.panel(id, Section.load(() -> evaluation.qualification(id)),
                Section.load(() -> evaluation.panel(id)), PANEL_SIZES, form, errors);
    }

    // --- 质疑

    @GET
    @Path("/{id}/complaints")
    @RolesAllowed({Roles.ADMIN, Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response complaints(@PathParam("id") UUID id) {
        return pages.ok(complaintsPage(id, RowForm.none(), FormErrors.none()));
    }

    /** 质疑 by a bidder about what the service offers it to contest, once confirmed. */
    @POST
    @Path("/{id}/complaints")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response file(@PathParam("id") UUID id, @RestForm String subject, @RestForm String grounds,
            @RestForm String confirmed) {
        String about = subject == null ? "" : subject.strip();
        String why = grounds == null ? "" : grounds.strip();
        RowForm form = new RowForm(id, Map.of("subject", about, "grounds", why));
        EvaluationMsg texts = pages.msg(EvaluationMsg.class);
        FormErrors checked = FormErrors.none();
        if (!List.of("QUALIFICATION", "RANKING").contains(about)) {
            checked.add("subject", texts.choose_one());
        }
        if (why.isEmpty()) {
            checked.add("grounds", texts.grounds_required());
        } else if (why.length() > GROUNDS_MAX) {
            checked.add("grounds", pages.msg().too_long(GROUNDS_MAX));
        }
        if (checked.any()) {
            return pages.submit(checked, () -> null, done -> "/challenges/" + id + "/complaints", "complaint_filed",
                    errors -> complaintsPage(id, form, errors));
        }
        return pages.confirmFirst(confirmed, () -> Confirmation.of("file-complaint", title(id),
                        "/challenges/" + id + "/complaints", "/challenges/" + id + "/complaints")
                .text(texts.field_subject(), texts.label_subject(about)).text(texts.field_grounds(), why)
                .field("subject", about).field("grounds", why),
                () -> pages.submit(checked, () -> evaluation.file(id, new ComplaintRequest(about, why)),
                        done -> "/challenges/" + id + "/complaints", "complaint_filed",
                        errors -> complaintsPage(id, form, errors)));
    }

    /** The complainant withdraws its complaint, once confirmed. */
    @POST
    @Path("/{id}/complaints/{complaintId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response withdrawComplaint(@PathParam("id") UUID id, @PathParam("complaintId") UUID complaintId,
            @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> Confirmation.of("withdraw-complaint", title(id),
                        "/challenges/" + id + "/complaints/" + complaintId + "/withdraw",
                        "/challenges/" + id + "/complaints"),
                () -> pages.act(() -> evaluation.withdraw(complaintId), "/challenges/" + id + "/complaints",
                        "complaint_withdrawn", errors -> complaintsPage(id, RowForm.none(), errors)));
    }

    /** The operator's decision (one the complaint offers) with its reasons, once confirmed. */
    @POST
    @Path("/{id}/complaints/{complaintId}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response decideComplaint(@PathParam("id") UUID id, @PathParam("complaintId") UUID complaintId,
            @RestForm String action, @RestForm String reason, @RestForm String confirmed) {
        String chosen = action == null ? "" : action.strip();
        String why = reason == null ? "" : reason.strip();
        RowForm form = new RowForm(complaintId, Map.of("action", chosen, "reason", why));
        EvaluationMsg texts = pages.msg(EvaluationMsg.class);
        FormErrors checked = FormErrors.none();
        if (!DECISIONS.contains(chosen)) {
            checked.add("action", texts.choose_one());
        }
        if (why.isEmpty()) {
            checked.add("reason", texts.decision_reason_required());
        } else if (why.length() > REASON_MAX) {
            checked.add("reason", pages.msg().too_long(REASON_MAX));
        }
        if (checked.any()) {
            return pages.submit(checked, () -> null, done -> "/challenges/" + id + "/complaints",
                    "complaint_decided", errors -> complaintsPage(id, form, errors));
        }
        return pages.confirmFirst(confirmed, () -> Confirmation.of("decide-complaint", title(id),
                        "/challenges/" + id + "/complaints/" + complaintId + "/decision",
                        "/challenges/" + id + "/complaints")
                .text(texts.field_decision(), texts.label_complaint_action(chosen))
                .text(texts.field_decision_input(), why).field("action", chosen).field("reason", why),
                () -> pages.submit(checked, () -> evaluation.decide(complaintId,
                                new ComplaintDecisionRequest(chosen, why)), done -> "/challenges/" + id + "/complaints",
                        "complaint_decided", errors -> complaintsPage(id, form, errors)));
    }

    /**
     * The complaints with the filing form for what the service offers the caller to contest: the qualification of its
     * bid ({@code complain} on its bid in the qualification) or the ranking ({@code complain} on its ranked bid).
     */
    private TemplateInstance complaintsPage(UUID id, RowForm form, FormErrors errors) {
        List<String> subjects = new ArrayList<>();
        Section<Qualification> qualification = Section.load(() -> evaluation.qualification(id));
        if (qualification.ok() && qualification.value().bids().stream().anyMatch(b -> b.can("complain"))) {
            subjects.add("QUALIFICATION");
        }
        Section<Ranking> ranking = Section.load(() -> evaluation.ranking(id));
        if (ranking.ok() && ranking.value().ranking().stream().anyMatch(r -> r.can("complain"))) {
            subjects.add("RANKING");
        }
        return Templates.complaints(id, Section.load(() -> evaluation.complaints(id)), subjects, form, errors);
    }

    /** The challenge's title for a confirmation, from its qualification view (empty when unavailable). */
    private String title(UUID id) {
        Section<Qualification> q = Section.load(() -> evaluation.qualification(id));
        return q.ok() ? q.value().title() : "";
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
