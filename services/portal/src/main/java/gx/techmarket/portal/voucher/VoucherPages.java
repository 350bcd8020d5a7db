package gx.techmarket.portal.voucher;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 创新券: the enterprise's vouchers and the rounds it may apply to, a voucher with its provider choice or its
 * redemption form (as its {@code actions} say), the provider's redemption queue, and the admin's rounds.
 */
@Path("/vouchers")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class VoucherPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Page<VoucherView> vouchers, Section<List<VoucherRoundView>> rounds,
                FormErrors errors);

        static native TemplateInstance detail(VoucherView voucher, Section<List<ProviderView>> providers,
                RedemptionForm redemptionForm, FormErrors errors);

        static native TemplateInstance queue(Page<VoucherView> vouchers);

        static native TemplateInstance rounds(Page<VoucherRoundView> rounds, RoundForm form, FormErrors errors);

        static native TemplateInstance round(java.util.UUID roundId, Page<VoucherView> vouchers);
    }

    @Inject
    @RestClient
    VoucherClient vouchers;

    @Inject
    Pages pages;

    /** The enterprise's vouchers, and the rounds open to it today with an apply button where it may apply. */
    @GET
    @RolesAllowed(Roles.ENTERPRISE)
    public Response mine(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(minePage(page, size, FormErrors.none()));
    }

    @POST
    @Path("/rounds/{id}/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response apply(@PathParam("id") UUID roundId) {
        return pages.submit(FormErrors.none(), () -> vouchers.apply(roundId), issued -> "/vouchers/" + issued.id(),
                "applied", errors -> minePage(0, PAGE_SIZE, errors));
    }

    /** The vouchers waiting for the signed-in organisation's redemption as provider. */
    @GET
    @Path("/queue")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response queue(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.queue(vouchers.queue(Math.max(page, 0), pageSize(size))));
    }

    /** The admin's rounds with their totals, and the form to open one. */
    @GET
    @Path("/rounds")
    @RolesAllowed(Roles.ADMIN)
    public Response rounds(@QueryParam("page") int page, @QueryParam("size") int size) {
        RoundForm form = new RoundForm();
        form.year = String.valueOf(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
        form.mode = "TONGDUI";
        return pages.ok(Templates.rounds(vouchers.rounds(Math.max(page, 0), pageSize(size)), form,
                FormErrors.none()));
    }

    /** The vouchers of one round of the admin's sub-market. */
    @GET
    @Path("/rounds/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response round(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.round(id, vouchers.vouchersOf(id, Math.max(page, 0), pageSize(size))));
    }

    @POST
    @Path("/rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response openRound(@BeanParam RoundForm form) {
        FormErrors invalid = pages.check(form);
        for (String field : List.of("applyFrom", "applyTo", "expiresOn")) {
            String value = switch (field) {
                case "applyFrom" -> form.applyFrom;
                case "applyTo" -> form.applyTo;
                default -> form.expiresOn;
            };
            if (!invalid.has(field) && date(value) == null) {
                invalid.add(field, pages.msg().invalid_date());
            }
        }
        return pages.submit(form, invalid, () -> vouchers.openRound(form.toRequest()), created -> "/vouchers/rounds",
                "saved", errors -> Templates.rounds(vouchers.rounds(0, PAGE_SIZE), form, errors));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") UUID id) {
        return pages.ok(detailPage(vouchers.voucher(id), new RedemptionForm(), FormErrors.none()));
    }

    /** The holder's choice of provider (any city of Guangxi); it can be changed until the voucher is redeemed. */
    @POST
    @Path("/{id}/provider")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ENTERPRISE)
    public Response chooseProvider(@PathParam("id") UUID id, @RestForm String providerUscc) {
        FormErrors invalid = providerUscc == null || providerUscc.isBlank()
                ? FormErrors.none().add("providerUscc", pages.msg(VoucherMsg.class).choose_provider())
                : FormErrors.none();
        return pages.submit(invalid, () -> vouchers.chooseProvider(id, new VoucherRequests.Provider(
                        providerUscc == null ? null : providerUscc.strip())), chosen -> "/vouchers/" + id, "saved",
                errors -> detailPage(vouchers.voucher(id), new RedemptionForm(), errors));
    }

    /** The provider's redemption, once confirmed: it moves money and cannot be undone. */
    @POST
    @Path("/{id}/redemption")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response redeem(@PathParam("id") UUID id, @BeanParam RedemptionForm form, @RestForm String confirmed) {
        FormErrors checked = pages.check(form);
        if (!checked.has("paidOn") && date(form.paidOn) == null) {
            checked.add("paidOn", pages.msg().invalid_date());
        }
        if (form.switchingLanguage() || checked.any()) {
            return pages.submit(form, checked, () -> null, redeemed -> "/vouchers/" + id, "submitted",
                    errors -> detailPage(vouchers.voucher(id), form, errors));
        }
        VoucherMsg texts = pages.msg(VoucherMsg.class);
        return pages.confirmFirst(confirmed, () -> {
            VoucherView voucher = vouchers.voucher(id);
            return Confirmation.of("redeem", voucher.roundName(), "/vouchers/" + id + "/redemption",
                            "/vouchers/" + id)
                    .text(texts.field_holder(), voucher.holder().name())
                    .text(texts.field_registration_number(), form.registrationNumber)
                    .amount(texts.field_fee(), Amounts.parse(form.fee))
                    .amount(texts.field_face_value(), voucher.faceValue())
                    .text(texts.field_paid_on(), form.paidOn)
                    .text(texts.field_payment_reference(), form.paymentReference)
                    .field("registrationNumber", form.registrationNumber).field("fee", form.fee)
                    .field("paidOn", form.paidOn).field("paymentReference", form.paymentReference);
        }, () -> pages.submit(checked, () -> vouchers.redeem(id, form.toRequest()), redeemed -> "/vouchers/" + id,
                "submitted", errors -> detailPage(vouchers.voucher(id), form, errors)));
    }

    private TemplateInstance minePage(int page, int size, FormErrors errors) {
        return Templates.mine(vouchers.mine(Math.max(page, 0), pageSize(size)), Section.load(vouchers::openRounds),
                errors);
    }

    /** The voucher; the provider list only when the holder may choose one. */
    private TemplateInstance detailPage(VoucherView voucher, RedemptionForm form, FormErrors errors) {
        Section<List<ProviderView>> providers = voucher.can("chooseProvider")
                ? Section.load(vouchers::providers)
                : new Section<>(List.of(), null, false);
        return Templates.detail(voucher, providers, form, errors);
    }

    private static int pageSize(int size) {
        return Page.SIZES.contains(size) ? size : PAGE_SIZE;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
