package gx.techmarket.portal.bidding.agreement;

import gx.techmarket.portal.registry.ContractView;
import gx.techmarket.portal.registry.RegistryClient;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 揭榜协议 of an awarded challenge ({@code /challenges/{id}/agreement}): the counterparty and the winner write the terms
 * (each change a new revision) and confirm the revision they read (confirmed first, with the amounts in 大写); once
 * signed, the contract the registry drafted is linked. Milestones: the winner reports the current one, the operator
 * records the experts' check, accepts it (验收, confirmed first: its support is released) or sends it back with a
 * reason, and may terminate the project with a reason. Every form is one the service offers ({@code actions}).
 */
@Path("/challenges/{id}/agreement")
@Produces(Pages.HTML)
@Blocking
@RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.ADMIN})
public class AgreementPages {

    /** The most contracts of the organisation looked through for the one drafted from the agreement. */
    static final int CONTRACTS = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AgreementView agreement, AgreementForm form,
                Optional<UUID> contractId, Typed typed, FormErrors errors);
    }

    /** What was typed into a milestone's or the termination's form, shown again with its error. */
    @TemplateData
    public record Typed(String summary, String opinion, String reason, String terminationReason) {

        static final Typed NONE = new Typed("", "", "", "");
    }

    @Inject
    @RestClient
    AgreementClient agreements;

    @Inject
    @RestClient
    RegistryClient registry;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @GET
    public Response page(@PathParam("id") UUID id) {
        AgreementView agreement = agreements.agreement(id);
        return pages.ok(page(agreement, AgreementForm.of(agreement), FormErrors.none()));
    }

    /** The terms written: the first draft or a new revision. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response write(@PathParam("id") UUID id, @BeanParam AgreementForm form) {
        FormErrors checked = form.check(pages.msg());
        return pages.submit(form, checked, () -> {
            AgreementView current = agreements.agreement(id);
            return agreements.write(id, form.toTerms(current.choosesType()));
        }, saved -> here(id), "agreement_saved",
                errors -> page(agreements.agreement(id), form, errors == checked ? errors : form.onRows(errors)));
    }

    /** 确认 the revision shown, once confirmed with the amounts in 大写. */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response confirm(@PathParam("id") UUID id, @RestForm String revision, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            AgreementView a = agreements.agreement(id);
            AgreementMsg texts = pages.msg(AgreementMsg.class);
            return Confirmation.of("confirm-agreement", a.title(), here(id) + "/confirm", here(id))
                    .text(texts.field_revision(), String.valueOf(a.revision()))
                    .text(texts.field_counterparty(), a.counterparty().name())
                    .text(texts.field_winner(), a.winner().name())
                    .amount(texts.field_total_investment(), a.totalInvestment())
                    .amount(texts.field_enterprise_share(), a.enterpriseShare())
                    .amount(texts.field_bidder_share(), a.bidderShare())
                    .amount(texts.field_province_support(), a.provinceSupport())
                    .field("revision", String.valueOf(a.revision()));
        }, () -> act(id, () -> agreements.confirm(id, new AgreementClient.Confirm(revisionOf(id, revision))),
                "agreement_confirmed", Function.identity(), Typed.NONE));
    }

    /** The winner's report of milestone {@code number}. */
    @POST
    @Path("/milestones/{number}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE})
    public Response report(@PathParam("id") UUID id, @PathParam("number") int number, @RestForm String summary) {
        FormErrors checked = required("summary", summary);
        return pages.submit(checked, () -> agreements.report(id, number, new AgreementClient.Report(strip(summary))),
                done -> here(id), "milestone_reported",
                errors -> again(id, errors, new Typed(nz(summary), "", "", "")));
    }

    /** The experts' check opinion on milestone {@code number}, recorded by the operator. */
    @POST
    @Path("/milestones/{number}/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response check(@PathParam("id") UUID id, @PathParam("number") int number, @RestForm String opinion) {
        FormErrors checked = required("opinion", opinion);
        return pages.submit(checked, () -> agreements.check(id, number, new AgreementClient.Check(strip(opinion))),
                done -> here(id), "milestone_checked",
                errors -> again(id, errors, new Typed("", nz(opinion), "", "")));
    }

    /** 验收 of milestone {@code number}, once confirmed with the support it releases in 大写. */
    @POST
    @Path("/milestones/{number}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response accept(@PathParam("id") UUID id, @PathParam("number") int number, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            AgreementView a = agreements.agreement(id);
            AgreementMsg texts = pages.msg(AgreementMsg.class);
            Confirmation c = Confirmation.of("accept-milestone", a.title(),
                    here(id) + "/milestones/" + number + "/accept", here(id));
            a.milestones().stream().filter(m -> m.number() == number).findFirst().ifPresent(m -> c
                    .text(texts.field_milestone_title(), number + ". " + m.title())
                    .amount(texts.field_support_amount(), m.supportAmount()));
            return c.text(texts.field_winner(), a.winner().name());
        }, () -> act(id, () -> agreements.accept(id, number), "milestone_accepted", Function.identity(),
                Typed.NONE));
    }

    /** Milestone {@code number} sent back to the winner with a reason. */
    @POST
    @Path("/milestones/{number}/send-back")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response sendBack(@PathParam("id") UUID id, @PathParam("number") int number, @RestForm String reason) {
        FormErrors checked = required("reason", reason);
        return pages.submit(checked, () -> agreements.sendBack(id, number, new AgreementClient.Reason(strip(reason))),
                done -> here(id), "milestone_returned",
                errors -> again(id, errors, new Typed("", "", nz(reason), "")));
    }

    /** 终止 of the project with a reason, once confirmed. */
    @POST
    @Path("/terminate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response terminate(@PathParam("id") UUID id, @RestForm String terminationReason,
            @RestForm String confirmed) {
        FormErrors checked = required("terminationReason", terminationReason);
        if (checked.any()) {
            return pages.status(400, again(id, checked, Typed.NONE));
        }
        return pages.confirmFirst(confirmed, () -> {
            AgreementView a = agreements.agreement(id);
            AgreementMsg texts = pages.msg(AgreementMsg.class);
            return Confirmation.of("terminate-agreement", a.title(), here(id) + "/terminate", here(id))
                    .text(texts.field_termination_reason(), terminationReason)
                    .amount(texts.field_released(), a.released())
                    .field("terminationReason", terminationReason);
        }, () -> act(id, () -> agreements.terminate(id, new AgreementClient.Reason(strip(terminationReason))),
                "agreement_terminated", errors -> errors.moved("reason", "terminationReason"),
                new Typed("", "", "", nz(terminationReason))));
    }

    private Response act(UUID id, Runnable call, String flash, Function<FormErrors, FormErrors> onPage,
            Typed typed) {
        return pages.act(call, here(id), flash, errors -> again(id, onPage.apply(errors), typed));
    }

    private TemplateInstance again(UUID id, FormErrors errors, Typed typed) {
        AgreementView agreement = agreements.agreement(id);
        return Templates.page(agreement, AgreementForm.of(agreement), contractOf(agreement), typed, errors);
    }

    private TemplateInstance page(AgreementView agreement, AgreementForm form, FormErrors errors) {
        return Templates.page(agreement, form, contractOf(agreement), Typed.NONE, errors);
    }

    /** The contract the registry drafted from the signed agreement, as one of the party's contracts. */
    private Optional<UUID> contractOf(AgreementView agreement) {
        if (!"SIGNED".equals(agreement.status()) || !viewer.party()) {
            return Optional.empty();
        }
        Section<Optional<UUID>> found = Section.load(() -> registry.mine(null, null, 0, CONTRACTS).items().stream()
                .filter(c -> agreement.challengeId().equals(c.challengeId())).map(ContractView::id).findFirst());
        return found.ok() ? found.value() : Optional.empty();
    }

    /** The revision the confirmation showed; without one, the agreement's current one. */
    private int revisionOf(UUID id, String shown) {
        if (shown != null && shown.strip().matches("[0-9]{1,9}")) {
            return Integer.parseInt(shown.strip());
        }
        Integer current = agreements.agreement(id).revision();
        return current == null ? 1 : current;
    }

    private FormErrors required(String field, String value) {
        FormErrors errors = FormErrors.none();
        if (value == null || value.isBlank()) {
            errors.add(field, pages.msg().required());
        }
        return errors;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String here(UUID id) {
        return "/challenges/" + id + "/agreement";
    }
}
