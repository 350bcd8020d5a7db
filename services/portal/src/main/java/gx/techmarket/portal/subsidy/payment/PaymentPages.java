package gx.techmarket.portal.subsidy.payment;

import gx.techmarket.portal.subsidy.payment.PaymentViews.BatchRequest;
import gx.techmarket.portal.subsidy.payment.PaymentViews.BatchView;
import gx.techmarket.portal.subsidy.payment.PaymentViews.PaidRequest;
import gx.techmarket.portal.subsidy.payment.PaymentViews.ReceivableView;
import gx.techmarket.portal.subsidy.payment.PaymentViews.Reconciliation;
import gx.techmarket.portal.subsidy.payment.PaymentViews.RepaymentRequest;
import gx.techmarket.portal.subsidy.payment.PaymentViews.Statement;
import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 拨付 in the portal: the admin's payment batches (gather, approve with the total in 大写, download the payment file,
 * record the bank's payment), receivables (record a repayment) and the monthly reconciliation; every user's statement
 * (对账单) with its .xlsx. What a page offers is the view's {@code actions}; the service decides.
 */
@Path("/subsidy/payments")
@Produces(Pages.HTML)
@Blocking
public class PaymentPages {

    static final String BASE = "/subsidy/payments";
    static final int PAGE_SIZE = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern MONTH = Pattern.compile("20[0-9]{2}-(0[1-9]|1[0-2])");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance batches(Section<List<BatchView>> found, String programme, String year,
                FormErrors errors);

        static native TemplateInstance batch(BatchView batch, String today, FormErrors errors);

        static native TemplateInstance receivables(Section<Page<ReceivableView>> found, String today,
                FormErrors errors);

        static native TemplateInstance reconciliation(Section<Reconciliation> found, String programme, String year,
                String month);

        static native TemplateInstance statement(Section<Statement> found, int year);
    }

    @Inject
    @RestClient
    PaymentClient payments;

    @Inject
    @RestClient
    PaymentFiles files;

    @Inject
    Pages pages;

    // ---- batches (admin)

    @GET
    @Path("/batches")
    @RolesAllowed(Roles.ADMIN)
    public Response batches() {
        return pages.ok(batchList(null, null, FormErrors.none()));
    }

    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response gather(@RestForm String programmeCode, @RestForm String budgetYear) {
        PaymentMsg texts = pages.msg(PaymentMsg.class);
        String code = programmeCode == null ? "" : programmeCode.strip();
        Integer year = year(budgetYear);
        FormErrors invalid = FormErrors.none();
        if (!CODE.matcher(code).matches()) {
            invalid.add("programmeCode", texts.invalid_programme_code());
        }
        if (year == null) {
            invalid.add("budgetYear", texts.invalid_year());
        }
        return pages.submit(invalid, () -> payments.gather(new BatchRequest(code, year == null ? 0 : year)),
                created -> BASE + "/batches/" + created.id(), "saved",
                errors -> batchList(programmeCode, budgetYear, errors));
    }

    @GET
    @Path("/batches/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response batch(@PathParam("id") UUID id) {
        return pages.ok(Templates.batch(payments.batch(id), today(), FormErrors.none()));
    }

    /** 审批, once confirmed with the total in figures and in words. */
    @POST
    @Path("/batches/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response approve(@PathParam("id") UUID id, @RestForm String confirmed) {
        return pages.confirmFirst(confirmed, () -> {
            BatchView batch = payments.batch(id);
            return Confirmation.of("approve-batch", batch.number() + " " + batch.programmeCode(),
                    BASE + "/batches/" + id + "/approve", BASE + "/batches/" + id)
                    .amount(pages.msg(PaymentMsg.class).field_total(), batch.total());
        }, () -> pages.act(() -> payments.approve(id), BASE + "/batches/" + id, "saved",
                errors -> Templates.batch(payments.batch(id), today(), errors)));
    }

    /** 登记拨付, once confirmed: the bank's reference and day, and the total paid. */
    @POST
    @Path("/batches/{id}/paid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response paid(@PathParam("id") UUID id, @RestForm String paymentReference, @RestForm String paidOn,
            @RestForm String confirmed) {
        PaymentMsg texts = pages.msg(PaymentMsg.class);
        String reference = paymentReference == null ? "" : paymentReference.strip();
        LocalDate on = date(paidOn);
        FormErrors invalid = FormErrors.none();
        if (reference.isEmpty() || reference.length() > 100) {
            invalid.add("paymentReference", texts.invalid_reference());
        }
        if (on == null) {
            invalid.add("paidOn", pages.msg().invalid_date());
        }
        if (invalid.any()) {
            return pages.status(400, Templates.batch(payments.batch(id), today(), invalid));
        }
        return pages.confirmFirst(confirmed, () -> {
            BatchView batch = payments.batch(id);
            return Confirmation.of("mark-batch-paid", batch.number() + " " + batch.programmeCode(),
                    BASE + "/batches/" + id + "/paid", BASE + "/batches/" + id)
                    .amount(texts.field_total(), batch.total())
                    .text(texts.field_payment_reference(), reference).text(texts.field_paid_on(), paidOn)
                    .field("paymentReference", reference).field("paidOn", paidOn);
        }, () -> pages.submit(FormErrors.none(), () -> payments.paid(id, new PaidRequest(reference, on)),
                paidBatch -> BASE + "/batches/" + id, "saved",
                errors -> Templates.batch(payments.batch(id), today(), errors)));
    }

    @GET
    @Path("/batches/{id}/payment-file.xlsx")
    @Produces({PaymentFiles.XLSX, MediaType.WILDCARD})
    @RolesAllowed(Roles.ADMIN)
    public Response paymentFile(@PathParam("id") UUID id) {
        try (Response answer = files.paymentFile(id)) {
            return passOn(answer, "attachment; filename=\"payment-" + id + ".xlsx\"");
        }
    }

    // ---- receivables (admin)

    @GET
    @Path("/receivables")
    @RolesAllowed(Roles.ADMIN)
    public Response receivables(@QueryParam("page") int page) {
        return pages.ok(receivableList(page, FormErrors.none()));
    }

    /** A repayment received, once confirmed with its amount in words. */
    @POST
    @Path("/receivables/{id}/repayment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response repay(@PathParam("id") UUID id, @RestForm String amount, @RestForm String repaidOn,
            @RestForm String reference, @RestForm String confirmed) {
        PaymentMsg texts = pages.msg(PaymentMsg.class);
        BigDecimal parsed = amount == null || !amount.matches(Amounts.PATTERN) ? null : Amounts.parse(amount);
        LocalDate on = date(repaidOn);
        String ref = reference == null ? "" : reference.strip();
        FormErrors invalid = FormErrors.none();
        if (parsed == null || parsed.signum() <= 0) {
            invalid.add("amount", texts.invalid_amount());
        }
        if (on == null) {
            invalid.add("repaidOn", pages.msg().invalid_date());
        }
        if (ref.isEmpty() || ref.length() > 100) {
            invalid.add("reference", texts.invalid_reference());
        }
        if (invalid.any()) {
            return pages.status(400, receivableList(0, invalid));
        }
        return pages.confirmFirst(confirmed, () -> {
            ReceivableView r = payments.receivable(id);
            return Confirmation.of("record-repayment", r.beneficiaryName() + " " + r.programmeCode(),
                    BASE + "/receivables/" + id + "/repayment", BASE + "/receivables")
                    .amount(texts.field_repayment(), parsed).text(texts.field_reference(), ref)
                    .field("amount", amount).field("repaidOn", repaidOn).field("reference", ref);
        }, () -> pages.submit(FormErrors.none(), () -> payments.repay(id, new RepaymentRequest(parsed, on, ref)),
                repaid -> BASE + "/receivables", "saved", errors -> receivableList(0, errors)));
    }

    // ---- reconciliation (admin)

    @GET
    @Path("/reconciliation")
    @RolesAllowed(Roles.ADMIN)
    public Response reconciliation(@QueryParam("programme") String programme, @QueryParam("year") String year,
            @QueryParam("month") String month) {
        String m = month != null && MONTH.matcher(month).matches() ? month
                : LocalDate.now(CHINA).toString().substring(0, 7);
        Integer y = year(year);
        Section<Reconciliation> found = programme != null && CODE.matcher(programme).matches() && y != null
                ? Section.load(() -> payments.reconciliation(programme, y, m)) : null;
        return pages.ok(Templates.reconciliation(found, programme, year, m));
    }

    // ---- statement (every user)

    @GET
    @Path("/statement")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    public Response statement(@QueryParam("year") String year) {
        Integer y = year(year);
        int shown = y != null ? y : LocalDate.now(CHINA).getYear();
        return pages.ok(Templates.statement(Section.load(() -> payments.statement(shown)), shown));
    }

    @GET
    @Path("/statement.xlsx")
    @Produces({PaymentFiles.XLSX, MediaType.WILDCARD})
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.REGISTRAR, Roles.EXPERT, Roles.ADMIN})
    public Response statementFile(@QueryParam("year") String year) {
        Integer y = year(year);
        int shown = y != null ? y : LocalDate.now(CHINA).getYear();
        try (Response answer = files.statement(shown)) {
            return passOn(answer, "attachment; filename=\"statement-" + shown + ".xlsx\"");
        }
    }

    private TemplateInstance batchList(String programme, String year, FormErrors errors) {
        return Templates.batches(Section.load(() -> payments.batches(null, null, null)), programme, year, errors);
    }

    private TemplateInstance receivableList(int page, FormErrors errors) {
        return Templates.receivables(Section.load(() -> payments.receivables(null, Math.max(page, 0), PAGE_SIZE)),
                today(), errors);
    }

    private static String today() {
        return LocalDate.now(CHINA).toString();
    }

    private static Integer year(String typed) {
        if (typed == null || !typed.strip().matches("20[0-9]{2}|2100")) {
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    private static LocalDate date(String typed) {
        try {
            return typed == null ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Response passOn(Response answer, String disposition) {
        byte[] bytes = answer.readEntity(byte[].class);
        String named = answer.getHeaderString("Content-Disposition");
        return Response.ok(bytes, answer.getMediaType())
                .header("Content-Disposition", named != null ? named : disposition)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
