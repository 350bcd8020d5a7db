package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Section<Page<CallView>> found);

        static native TemplateInstance form(CallForm form, FormErrors errors);

        static native TemplateInstance detail(CallView call, Section<Page<ChallengeView>> challenges,
                Section<List<ChallengeView>> drafts, FormErrors errors);
    }

    @Inject
    @RestClient
    OpsClient ops;

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
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(detailPage(ops.call(id), FormErrors.none()));
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
                "challenge_added", errors -> detailPage(ops.call(id), errors));
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
                errors -> detailPage(ops.call(id), errors)));
    }

    private TemplateInstance detailPage(CallView call, FormErrors errors) {
        Section<Page<ChallengeView>> challenges = Section.load(() -> ops.callChallenges(call.id(), 0, ALL));
        Section<List<ChallengeView>> drafts = call.can("add-challenge")
                ? Section.load(() -> ops.drafts(null, 0, ALL).items().stream()
                        .filter(c -> c.callId() == null && !c.proposed() && call.kinds().contains(c.kind()))
                        .toList())
                : new Section<>(List.of(), null, false);
        return Templates.detail(call, challenges, drafts, errors);
    }

    static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
