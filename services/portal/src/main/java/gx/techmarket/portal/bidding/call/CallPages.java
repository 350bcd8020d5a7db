package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.bidding.KnownDemandView;
import gx.techmarket.portal.catalogue.CatalogueClient;
import gx.techmarket.portal.catalogue.ResultView;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 榜单批次: the operator's calls — the list of its sub-market's calls, a new call with its terms, a call's page with
 * its challenges, the drafts it may add (the call's {@code add-challenge} action) and its publication ({@code publish},
 * confirmed first).
 */
@Path("/calls")
@Produces(Pages.HTML)
@Blocking
@RolesAllowed(Roles.ADMIN)
public class CallPages {

    static final int PAGE_SIZE = 20;
    /** The most drafts the add form offers and challenges a call's page lists at once. */
    static final int ALL = 100;
    /** The policy limit of the province's support share, in percent. */
    static final BigDecimal SHARE_LIMIT = new BigDecimal("50");
    /** The published results the new-challenge form offers at once (narrowed by a search). */
    static final int RESULTS = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Section<Page<CallView>> found);

        static native TemplateInstance form(CallForm form, FormErrors errors);

        static native TemplateInstance detail(CallView call, Section<Page<ChallengeView>> challenges,
                Section<List<ChallengeView>> drafts, Section<List<KnownDemandView>> demands,
                Section<List<ResultView>> results, String resultQuery, FormErrors errors);
    }

    @Inject
    @RestClient
    OpsClient ops;

    @Inject
    @RestClient
    CatalogueClient catalogue;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @GET
    public Response list(@QueryParam("page") int page) {
        return pages.ok(Templates.list(Section.load(() -> ops.calls(Math.max(page, 0), PAGE_SIZE))));
    }

    @GET
    @Path("/new")
    public Response newForm() {
        CallForm form = new CallForm();
        form.regionCode = viewer.orgRegion();
        form.kinds = List.copyOf(CallForm.KINDS);
        return pages.ok(Templates.form(form, FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam CallForm form) {
        FormErrors invalid = pages.check(form);
        OpsMsg texts = pages.msg(OpsMsg.class);
        if (form.knownKinds().isEmpty()) {
            invalid.add("kinds", texts.choose_a_kind());
        }
        for (String field : List.of("opensAt", "closesAt")) {
            String typed = "opensAt".equals(field) ? form.opensAt : form.closesAt;
            if (!invalid.has(field) && CallForm.instant(typed) == null) {
                invalid.add(field, pages.msg().invalid_date());
            }
        }
        if (!invalid.has("opensAt") && !invalid.has("closesAt")
                && !CallForm.instant(form.closesAt).isAfter(CallForm.instant(form.opensAt))) {
            invalid.add("closesAt", texts.closes_after_opens());
        }
        if (!invalid.has("supportPercent") && form.supportFraction() != null
                && (form.supportFraction().signum() <= 0 || form.supportFraction().movePointRight(2)
                        .compareTo(SHARE_LIMIT) > 0)) {
            invalid.add("supportPercent", texts.support_share_limit());
        }
        return pages.submit(form, invalid, () -> ops.createCall(form.toRequest()), created -> "/calls/" + created.id(),
                "saved", errors -> Templates.form(form, errors));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id, @QueryParam("resultQuery") String resultQuery) {
        return pages.ok(detailPage(ops.call(id), resultQuery, FormErrors.none()));
    }

    /**
     * A new draft for the call from a known demand of the sub-market (技术攻关类) or a published result (成果转化类,
     * owned by the call's sub-market), added to the call at once: it takes the call's closing time and terms. The
     * subject is {@code demand:<id>} or {@code result:<id>}.
     */
    @POST
    @Path("/{id}/new-challenge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newChallenge(@PathParam("id") UUID id, @RestForm String subject, @RestForm String title) {
        String chosen = subject == null ? "" : subject.strip();
        UUID subjectId = uuidOrNull(chosen.contains(":") ? chosen.substring(chosen.indexOf(':') + 1) : "");
        boolean ofResult = chosen.startsWith("result:");
        FormErrors invalid = FormErrors.none();
        if (subjectId == null || !(ofResult || chosen.startsWith("demand:"))) {
            invalid.add("subject", pages.msg(OpsMsg.class).choose_a_subject_for_call());
        }
        if (title != null && title.strip().length() > 200) {
            invalid.add("title", pages.msg(OpsMsg.class).title_too_long());
        }
        return pages.submit(invalid, () -> {
            CallView call = ops.call(id);
            ChallengeView draft = ops.createChallenge(new OpsRequests.NewChallenge(ofResult ? null : subjectId,
                    ofResult ? subjectId : null, call.regionCode(), ContentForm.text(title), call.closesAt()));
            return ops.addToCall(id, new OpsRequests.Join(draft.id()));
        }, added -> "/calls/" + id, "challenge_added", errors -> detailPage(ops.call(id), null, errors));
    }

    /** Adds one of the sub-market's drafts to the call (it takes the call's closing time and terms). */
    @POST
    @Path("/{id}/challenges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") UUID id, @RestForm String challengeId) {
        UUID chosen = uuidOrNull(challengeId);
        FormErrors invalid = chosen == null
                ? FormErrors.none().add("challengeId", pages.msg(OpsMsg.class).choose_a_draft())
                : FormErrors.none();
        return pages.submit(invalid, () -> ops.addToCall(id, new OpsRequests.Join(chosen)), added -> "/calls/" + id,
                "challenge_added", errors -> detailPage(ops.call(id), null, errors));
    }

    /** 发布榜单批次, once confirmed: the call and every challenge of it are published. */
    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            CallView call = ops.call(id);
            OpsMsg texts = pages.msg(OpsMsg.class);
            return Confirmation.of("publish-call", call.title(), "/calls/" + id + "/publish", "/calls/" + id)
                    .text(texts.field_call_challenges(), String.valueOf(call.challenges()))
                    .text(texts.field_closes_at(), gx.techmarket.portal.web.Formats.china(call.closesAt()));
        }, () -> pages.act(() -> ops.publishCall(id), "/calls/" + id, "call_published",
                errors -> detailPage(ops.call(id), null, errors)));
    }

    private TemplateInstance detailPage(CallView call, String resultQuery, FormErrors errors) {
        Section<Page<ChallengeView>> challenges = Section.load(() -> ops.callChallenges(call.id(), 0, ALL));
        Section<List<ChallengeView>> drafts = call.can("add-challenge")
                ? Section.load(() -> ops.drafts(null, 0, ALL).items().stream()
                        .filter(c -> c.callId() == null && !c.proposed() && call.kinds().contains(c.kind()))
                        .toList())
                : new Section<>(List.of(), null, false);
        boolean adding = call.can("add-challenge");
        Section<List<KnownDemandView>> demands = adding && call.kinds().contains(CallForm.KINDS.get(0))
                ? Section.load(() -> ops.operatedDemands(0, ALL).items().stream().filter(d -> d.can("challenge"))
                        .toList())
                : new Section<>(List.of(), null, false);
        String query = resultQuery == null || resultQuery.isBlank() ? null : resultQuery.strip();
        Section<List<ResultView>> results = adding && call.kinds().contains(CallForm.KINDS.get(1))
                ? Section.load(() -> catalogue.search(query, null, null, "newest", 0, RESULTS).items())
                : new Section<>(List.of(), null, false);
        return Templates.detail(call, challenges, drafts, demands, results, query, errors);
    }

    static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
