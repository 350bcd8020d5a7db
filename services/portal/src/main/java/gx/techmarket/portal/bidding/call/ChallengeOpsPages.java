package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Formats;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
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
 * The steps on one challenge besides bidding and evaluation: the proposer edits and submits its draft proposal; the
 * operator takes it into review, approves (publishes) or returns it with a reason, edits a published challenge (a new
 * version: bids invalidated, at least 7 days left) and cancels it with a reason. Each is offered on the challenge page
 * only when the challenge's {@code actions} list it; irreversible ones are confirmed first. The version history and
 * the differences between two versions are public, as the service's.
 */
@Path("/challenges/{id}")
@Produces(Pages.HTML)
@Blocking
public class ChallengeOpsPages {

    /** The steps that need a reason, with the flash each shows. */
    static final List<String> REASONED = List.of("reject", "cancel");

    @CheckedTemplate(basePath = "ProposalPages")
    static class Templates {
        static native TemplateInstance edit(ChallengeView challenge, ProposalForm form, FormErrors errors);

        static native TemplateInstance revise(ChallengeView challenge, RevisionForm form, FormErrors errors);

        static native TemplateInstance step(ChallengeView challenge, String step, String action, String reason,
                FormErrors errors);

        static native TemplateInstance versions(ChallengeView challenge, List<VersionView> versions);

        static native TemplateInstance diff(ChallengeView challenge, VersionView from, VersionView to,
                List<FieldChange> changes);
    }

    @Inject
    @RestClient
    OpsClient ops;

    @Inject
    @RestClient
    PublicCallsClient open;

    @Inject
    @RestClient
    gx.techmarket.portal.bidding.PublicChallengesClient challenges;

    @Inject
    Pages pages;

    @GET
    @Path("/proposal")
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response editForm(@PathParam("id") UUID id) {
        ChallengeView challenge = ops.challenge(id);
        ProposalForm form = new ProposalForm();
        form.fill(challenge);
        return pages.ok(Templates.edit(challenge, form, FormErrors.none()));
    }

    @POST
    @Path("/proposal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response edit(@PathParam("id") UUID id, @BeanParam ProposalForm form) {
        FormErrors invalid = pages.check(form);
        requireContent(form, invalid, pages, true);
        if (!invalid.has("title") && ContentForm.missing(form.title)) {
            invalid.add("title", pages.msg().required());
        }
        return pages.submit(form, invalid, () -> ops.editProposal(id, form.toContent()), saved -> "/challenges/" + id,
                "saved", errors -> Templates.edit(ops.challenge(id), form, errors));
    }

    /** 提交审核, once confirmed. */
    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIVERSITY})
    public Response submit(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> confirmation("submit", id, null),
                () -> step(id, "submit", null, "submitted"));
    }

    /** 受理: the proposal is under review (nothing irreversible happens to it). */
    @POST
    @Path("/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response review(@PathParam("id") UUID id) {
        return step(id, "review", null, "proposal_in_review");
    }

    /** 审核通过, once confirmed: published at once. */
    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> confirmation("approve", id, null),
                () -> step(id, "approve", null, "approved"));
    }

    /** 退回修改 with a reason, once confirmed. */
    @POST
    @Path("/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response reject(@PathParam("id") UUID id, @RestForm String reason, @RestForm String confirmed) {
        return reasoned(id, "reject", reason, confirmed, "rejected");
    }

    /** 撤榜 with a reason, once confirmed. */
    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response cancel(@PathParam("id") UUID id, @RestForm String reason, @RestForm String confirmed) {
        return reasoned(id, "cancel", reason, confirmed, "challenge_cancelled");
    }

    @GET
    @Path("/revise")
    @RolesAllowed(Roles.ADMIN)
    public Response reviseForm(@PathParam("id") UUID id) {
        ChallengeView challenge = ops.challenge(id);
        RevisionForm form = new RevisionForm();
        form.fill(challenge);
        return pages.ok(Templates.revise(challenge, form, FormErrors.none()));
    }

    /**
     * The operator's edit of a published challenge, once confirmed: a new version, every bid invalidated until its
     * bidder reconfirms, and a deadline less than 7 days away moved to 7 days (the challenge page says so).
     */
    @POST
    @Path("/revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response revise(@PathParam("id") UUID id, @BeanParam RevisionForm form, @RestForm String confirmed) {
        FormErrors invalid = pages.check(form);
        requireContent(form, invalid, pages, false);
        if (!invalid.has("title") && ContentForm.missing(form.title)) {
            invalid.add("title", pages.msg().required());
        }
        if (form.switchingLanguage() || invalid.any()) {
            return pages.submit(form, invalid, () -> null, saved -> "/challenges/" + id, "challenge_revised",
                    errors -> Templates.revise(ops.challenge(id), form, errors));
        }
        OpsMsg texts = pages.msg(OpsMsg.class);
        return pages.confirmFirst(confirmed, () -> Confirmation.of("revise-challenge", ops.challenge(id).title(),
                        "/challenges/" + id + "/revise", "/challenges/" + id + "/revise")
                .text(texts.field_reason(), form.reason)
                .text(texts.field_deadline(), Formats.china(form.deadlineInstant()))
                .field("title", form.title).field("problem", form.problem).field("goals", form.goals)
                .field("budgetMin", form.budgetMin).field("budgetMax", form.budgetMax)
                .field("durationMonths", form.durationMonths).field("deadline", form.deadline)
                .field("reason", form.reason),
                () -> pages.submit(invalid, () -> ops.revise(id, form.toRequest()), revised -> "/challenges/" + id,
                        "challenge_revised", errors -> Templates.revise(ops.challenge(id), form, errors)));
    }

    /** Every version of a published challenge, for anyone. */
    @GET
    @Path("/versions")
    @PermitAll
    public Response versions(@PathParam("id") UUID id) {
        return pages.ok(Templates.versions(challenges.get(id), open.versions(id)));
    }

    /**
     * What changed between two versions, field by field, for anyone; without {@code from}/{@code to} the last edit
     * (the version before the current one against the current one).
     */
    @GET
    @Path("/versions/diff")
    @PermitAll
    public Response diff(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        ChallengeView challenge = challenges.get(id);
        List<VersionView> versions = open.versions(id);
        int last = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number();
        int newer = number(to, last);
        int older = number(from, Math.max(newer - 1, 1));
        List<FieldChange> changes = open.differences(id, older, newer);
        return pages.ok(Templates.diff(challenge, version(versions, older), version(versions, newer), changes));
    }

    /** The content checks a proposal (and, without goals, budget and duration being required, an edit) shares. */
    static void requireContent(ContentForm form, FormErrors invalid, Pages pages, boolean proposal) {
        OpsMsg texts = pages.msg(OpsMsg.class);
        if (!invalid.has("deadline") && !ContentForm.missing(form.deadline) && form.deadlineInstant() == null) {
            invalid.add("deadline", pages.msg().invalid_date());
        }
        if (proposal) {
            for (String field : List.of("goals", "budgetMin", "budgetMax", "durationMonths")) {
                String value = switch (field) {
                    case "goals" -> form.goals;
                    case "budgetMin" -> form.budgetMin;
                    case "budgetMax" -> form.budgetMax;
                    default -> form.durationMonths;
                };
                if (!invalid.has(field) && ContentForm.missing(value)) {
                    invalid.add(field, pages.msg().required());
                }
            }
        }
        if (!invalid.has("durationMonths") && form.months() != null
                && (form.months() < 1 || form.months() > 120)) {
            invalid.add("durationMonths", texts.duration_range());
        }
        if (!invalid.has("budgetMin") && !invalid.has("budgetMax") && form.min() != null && form.max() != null
                && form.min().compareTo(form.max()) > 0) {
            invalid.add("budgetMax", texts.budget_max_below_min());
        }
    }

    private Response reasoned(UUID id, String step, String reason, String confirmed, String flash) {
        if (ContentForm.missing(reason) || reason.strip().length() > 1000) {
            FormErrors invalid = FormErrors.none().add("reason", ContentForm.missing(reason)
                    ? pages.msg().required() : pages.msg(OpsMsg.class).reason_too_long());
            return pages.status(400, Templates.step(ops.challenge(id), step, action(step), reason, invalid));
        }
        return pages.confirmFirst(confirmed, () -> confirmation(step, id, reason),
                () -> pages.submit(FormErrors.none(), () -> "cancel".equals(step)
                        ? ops.cancel(id, new OpsRequests.Reason(reason.strip()))
                        : ops.reject(id, new OpsRequests.Reason(reason.strip())),
                        done -> "/challenges/" + id, flash,
                        errors -> Templates.step(ops.challenge(id), step, action(step), reason, errors)));
    }

    private Response step(UUID id, String step, String reason, String flash) {
        return pages.submit(FormErrors.none(), () -> switch (step) {
            case "submit" -> ops.submit(id);
            case "review" -> ops.review(id);
            default -> ops.approve(id);
        }, done -> "/challenges/" + id, flash,
                errors -> Templates.step(ops.challenge(id), step, action(step), reason, errors));
    }

    private Confirmation confirmation(String step, UUID id, String reason) {
        ChallengeView challenge = ops.challenge(id);
        Confirmation c = Confirmation.of(action(step), challenge.title(), "/challenges/" + id + "/" + step,
                "/challenges/" + id);
        if (reason != null) {
            c.text(pages.msg(OpsMsg.class).field_reason(), reason.strip()).field("reason", reason);
        }
        return c;
    }

    /** The confirmation (and title) of a step: the cancellation is 撤榜, the others are named as their step. */
    private static String action(String step) {
        return "cancel".equals(step) ? "cancel-challenge" : step;
    }

    private static int number(String typed, int otherwise) {
        return typed != null && typed.strip().matches("[0-9]{1,6}") ? Integer.parseInt(typed.strip()) : otherwise;
    }

    private static VersionView version(List<VersionView> versions, int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
    }
}
