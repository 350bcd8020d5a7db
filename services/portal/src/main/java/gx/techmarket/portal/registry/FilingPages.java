package gx.techmarket.portal.registry;

import gx.techmarket.portal.directory.DirectoryMsg;
import gx.techmarket.portal.directory.OrganisationPicker;
import gx.techmarket.portal.directory.OrganisationSummary;
import gx.techmarket.portal.directory.OrganisationView;
import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.Confirmation;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * 技术合同认定登记 since issue 15: the seller's 新建登记申请 (any type, with 预审) and its filings, the registrar's
 * workbench (queue by deadline, 核定, expert review, 不予登记 with grounds, 变更 and 注销登记, objections, the point's
 * statistics), the expert's reviews and opinion, attachments and the certificate, the admin's working calendar.
 * Every action is the registry's and is offered where the contract's {@code actions} list it; the contract's page
 * itself is {@link ContractDetail}.
 */
@Path("/registrations")
@Produces(Pages.HTML)
@Blocking
public class FilingPages {

    private static final String ID = "{id: [0-9a-fA-F-]{36}}";
    /** The filing form's action, without its leading slash (the language buttons' {@code formaction} adds it). */
    private static final String NEW = "registrations";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String action, NewFilingForm form, Counterparty counterparty,
                Section<PrecheckView> precheck, FormErrors errors);

        static native TemplateInstance queue(Section<Page<FilingView>> found, QueueQuery query);

        static native TemplateInstance mine(Section<Page<FilingView>> found, String status);

        static native TemplateInstance reviews(Section<Page<FilingView>> found, FormErrors errors, String opinionFor,
                String opinion);

        static native TemplateInstance stats(Section<PointStats> stats, String from, String to);

        static native TemplateInstance calendar(int year, Section<CalendarView> calendar, String source,
                String publishedOn, String days, FormErrors errors);
    }

    /** The counterparty as the form shows it: the chosen organisation, and what the last search found. */
    @TemplateData
    public record Counterparty(Section<OrganisationView> chosen, Section<Page<OrganisationSummary>> found,
            boolean searched) {

        public int shown() {
            return found.ok() ? found.value().items().size() : 0;
        }
    }

    /** The queue's filters as asked, each sent only when it is one the registry knows. */
    @TemplateData
    public record QueueQuery(String status, boolean overdue, String type, String sort, int page, int size) {}

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    RegistryFiles files;

    @Inject
    ContractDetail detail;

    @Inject
    OrganisationPicker.Chosen picker;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    // ---- the seller: 新建登记申请 and its filings ----

    @GET
    @Path("/new")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response newFiling() {
        NewFilingForm form = NewFilingForm.blank();
        return pages.ok(Templates.form(NEW, form, counterparty(form, false), none(), FormErrors.none()));
    }

    /**
     * The filing posted: the picker's search (without JavaScript) or 预审 render the form again with what they found
     * and send nothing to be saved; otherwise the registry drafts it and the contract's page follows, where the
     * documents are attached and the filing is submitted.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response file(@BeanParam NewFilingForm form) {
        return post(NEW, form, () -> registration.file(form.toRequest()));
    }

    /** The filing again as the registry holds it, to edit while it is a draft or returned for correction. */
    @GET
    @Path(ID + "/edit")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response editFiling(@PathParam("id") UUID id) {
        NewFilingForm form = NewFilingForm.of(registration.get(id));
        return pages.ok(Templates.form(editPath(id), form, counterparty(form, false), none(), FormErrors.none()));
    }

    /** The whole filing sent again ({@code PUT /contracts/{id}}); the registry says whether it may still change. */
    @POST
    @Path(ID + "/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response edit(@PathParam("id") UUID id, @BeanParam NewFilingForm form) {
        return post(editPath(id), form, () -> registration.edit(id, form.toRequest()));
    }

    private static String editPath(UUID id) {
        return "registrations/" + id + "/edit";
    }

    /**
     * The filing form posted to {@code action}: the picker's search (without JavaScript) or 预审 render the form
     * again with what they found and send nothing to be saved; otherwise {@code save} sends it and the contract's
     * page follows, where the documents are attached and the filing is submitted.
     */
    private Response post(String action, NewFilingForm form, Supplier<FilingView> save) {
        if (form.searching()) {
            return pages.ok(Templates.form(action, form, counterparty(form, true), none(), FormErrors.none()));
        }
        if (form.prechecking()) {
            Section<PrecheckView> precheck = Section.load(() -> registration.precheck(
                    form.toPrecheck(viewer.orgKind())));
            return pages.ok(Templates.form(action, form, counterparty(form, false), precheck, FormErrors.none()));
        }
        FormErrors invalid = pages.check(form);
        form.problems().forEach((field, problem) -> {
            if (!invalid.has(field)) {
                invalid.add(field, switch (problem) {
                    case "picker" -> pages.msg(DirectoryMsg.class).picker_required();
                    case "date" -> pages.msg().invalid_date();
                    case "amount" -> pages.msg().invalid_amount();
                    case "number" -> pages.msg().invalid_format();
                    default -> pages.msg().required();
                });
            }
        });
        return pages.submit(form, invalid, save, filed -> "/contracts/" + filed.id(),
                NEW.equals(action) ? "filing_drafted" : "saved",
                errors -> Templates.form(action, form, counterparty(form, false), none(), moved(form, errors)));
    }

    /** The registry names the counterparty's facts {@code counterparty.*}; the form has an input per way. */
    private static FormErrors moved(NewFilingForm form, FormErrors errors) {
        return switch (form.source()) {
            case NewFilingForm.EXTERNAL -> errors.moved("counterparty.uscc", "external.uscc")
                    .moved("counterparty.name", "external.name").moved("counterparty.region", "external.region");
            case NewFilingForm.FOREIGN -> errors.moved("counterparty.name", "foreign.name")
                    .moved("counterparty.country", "foreign.country");
            default -> errors;
        };
    }

    private Counterparty counterparty(NewFilingForm form, boolean searched) {
        Section<Page<OrganisationSummary>> found = searched ? picker.find(form.counterpartyQuery)
                : new Section<>(Page.<OrganisationSummary>empty(OrganisationPicker.SHOWN), null, false);
        return new Counterparty(picker.of(form.chosen()), found, searched);
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response mine(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        String known = known(RegistrationChoices.ALL_STATUSES, status) ? status : null;
        return pages.ok(Templates.mine(Section.load(() -> registration.mine(known, "newest", Math.max(0, page),
                size(size))), known == null ? "" : known));
    }

    // ---- the registrar's workbench ----

    @GET
    @Path("/queue")
    @RolesAllowed(Roles.REGISTRAR)
    public Response queue(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
            @QueryParam("type") String type, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size) {
        QueueQuery query = new QueueQuery(known(RegistrationChoices.QUEUE_STATUSES, status) ? status : "",
                "true".equals(overdue), known(RegistrationChoices.CONTRACT_TYPES, type) ? type : "",
                known(RegistrationChoices.QUEUE_SORTS, sort) ? sort : "deadline", Math.max(0, page), size(size));
        return pages.ok(Templates.queue(Section.load(() -> registration.queue(blankToNull(query.status()),
                query.overdue() ? Boolean.TRUE : null, blankToNull(query.type()), null, query.sort(), query.page(),
                query.size())), query));
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.REGISTRAR, Roles.ADMIN})
    public Response stats(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(CHINA);
        LocalDate fromDay = NewFilingForm.day(from);
        LocalDate toDay = NewFilingForm.day(to);
        String f = (fromDay == null ? today.withDayOfYear(1) : fromDay).toString();
        String t = (toDay == null ? today : toDay).toString();
        return pages.ok(Templates.stats(Section.load(() -> registration.stats(f, t)), f, t));
    }

    // ---- the expert ----

    @GET
    @Path("/reviews")
    @RolesAllowed(Roles.EXPERT)
    public Response reviews(@QueryParam("page") int page, @QueryParam("size") int size) {
        return pages.ok(Templates.reviews(Section.load(() -> registration.reviews(Math.max(0, page), size(size))),
                FormErrors.none(), "", ""));
    }

    /**
     * The expert's opinion on a contract it is drawn for, given on its reviews page (the registry shows an expert
     * the contracts under its review there, not as a party's or registrar's contract page).
     */
    @POST
    @Path(ID + "/opinions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.EXPERT)
    public Response opinion(@PathParam("id") UUID id, @RestForm String conclusion, @RestForm String opinion) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "conclusion", conclusion);
        require(invalid, "opinion", opinion);
        return pages.submit(invalid, () -> registration.opinion(id, new RegistrationRequests.Opinion(conclusion,
                strip(opinion))), done -> "/registrations/reviews", "opinion_given",
                errors -> Templates.reviews(Section.load(() -> registration.reviews(0, 20)), errors, id.toString(),
                        nz(opinion)));
    }

    // ---- actions on a contract ----

    /**
     * The contract's page is {@code /contracts/{id}}: an action's address without its last segment (where the portal
     * sends a form that came back from a new sign-in as a GET, web.ErrorPages) leads there.
     */
    @GET
    @Path(ID)
    @Authenticated
    public Response contract(@PathParam("id") UUID id) {
        return Pages.seeOther("/contracts/" + id);
    }

    @POST
    @Path(ID + "/assess")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response assess(@PathParam("id") UUID id, @BeanParam NewFilingForm rows, @RestForm String reason) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "reason", reason);
        rows.problems().forEach((field, problem) -> {
            if (field.startsWith("nonTechnicalItems") || field.startsWith("carriers")) {
                invalid.add(field, "amount".equals(problem) ? pages.msg().invalid_amount()
                        : pages.msg().invalid_format());
            }
        });
        return send(id, invalid, () -> registration.assess(id, new RegistrationRequests.Assessment(rows.items(),
                rows.carriers(), strip(reason))), "assessed", Map.of("reason", nz(reason)));
    }

    @POST
    @Path(ID + "/start-review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response startReview(@PathParam("id") UUID id, @RestForm String reason, @RestForm String field,
            @RestForm String size, @RestForm(Confirmation.CONFIRMED) String confirmed) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "reason", reason);
        Integer experts = size != null && size.strip().matches("[0-9]{1,2}") ? Integer.valueOf(size.strip()) : null;
        if (size != null && !size.isBlank() && experts == null) {
            invalid.add("size", pages.msg().invalid_format());
        }
        return confirmed(id, "start-review", confirmed, c -> c.text(pages.msg(RegistryMsg.class).field_review_reason(),
                reason == null ? null : pages.msg(RegistryMsg.class).label_review_reason(reason))
                .field("reason", reason).field("field", field).field("size", size), invalid,
                () -> registration.startReview(id, new RegistrationRequests.StartReview(reason, blankToNull(field),
                        experts)), "review_started", Map.of());
    }

    @POST
    @Path(ID + "/refuse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response refuse(@PathParam("id") UUID id, @RestForm List<String> grounds, @RestForm String explanation,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        List<String> chosen = grounds == null ? List.of()
                : grounds.stream().filter(g -> known(RegistrationChoices.REFUSAL_GROUNDS, g)).distinct().toList();
        FormErrors invalid = FormErrors.none();
        if (chosen.isEmpty()) {
            invalid.add("grounds", pages.msg().required());
        }
        require(invalid, "explanation", explanation);
        RegistryMsg texts = pages.msg(RegistryMsg.class);
        return confirmed(id, "refuse", confirmed, c -> {
            chosen.forEach(g -> c.text(texts.refusal_title(), texts.label_ground(g)));
            return c.text(texts.field_explanation(), explanation).fields("grounds", chosen)
                    .field("explanation", explanation);
        }, invalid, () -> registration.refuse(id, new RegistrationRequests.Refusal(chosen, nz(explanation).strip())),
                "refused", Map.of("explanation", nz(explanation)));
    }

    @POST
    @Path(ID + "/amend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response amend(@PathParam("id") UUID id, @BeanParam NewFilingForm rows,
            @RestForm("totalContractAmount") String total, @RestForm String reason,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "reason", reason);
        if (total != null && !total.isBlank() && !total.matches(Amounts.PATTERN)) {
            invalid.add("totalContractAmount", pages.msg().invalid_amount());
        }
        rows.problems().forEach((field, problem) -> {
            if (field.startsWith("nonTechnicalItems")) {
                invalid.add(field, pages.msg().invalid_amount());
            }
        });
        RegistryMsg texts = pages.msg(RegistryMsg.class);
        return confirmed(id, "amend", confirmed, c -> c.amount(texts.field_amended_total(),
                total == null || total.isBlank() || !total.matches(Amounts.PATTERN) ? null : Amounts.parse(total))
                .text(texts.field_amend_reason(), reason).field("totalContractAmount", total).field("reason", reason)
                .fields("itemCategory", rows.itemCategory).fields("itemDescription", rows.itemDescription)
                .fields("itemAmount", rows.itemAmount), invalid,
                () -> registration.amend(id, new RegistrationRequests.Amendment(
                        total == null || total.isBlank() ? null : NewFilingForm.money(total), rows.items(), strip(reason))),
                "amended", Map.of("reason", nz(reason), "totalContractAmount", nz(total)));
    }

    @POST
    @Path(ID + "/deregister")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response deregister(@PathParam("id") UUID id, @RestForm String reason, @RestForm String explanation,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "reason", reason);
        require(invalid, "explanation", explanation);
        RegistryMsg texts = pages.msg(RegistryMsg.class);
        return confirmed(id, "deregister", confirmed, c -> c.text(texts.field_deregister_reason(),
                reason == null ? null : texts.label_deregister_reason(reason))
                .text(texts.field_explanation(), explanation).field("reason", reason)
                .field("explanation", explanation), invalid,
                () -> registration.deregister(id, new RegistrationRequests.Deregistration(reason, strip(explanation))),
                "deregistered", Map.of("explanation", nz(explanation)));
    }

    @POST
    @Path(ID + "/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER, Roles.ADMIN})
    public Response object(@PathParam("id") UUID id, @RestForm String grounds) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "grounds", grounds);
        return send(id, invalid, () -> registration.object(id, new RegistrationRequests.Objection(strip(grounds))),
                "objection_raised", Map.of("grounds", nz(grounds)));
    }

    @POST
    @Path(ID + "/objections/{objectionId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGISTRAR)
    public Response resolve(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @RestForm String outcome, @RestForm String explanation,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "outcome", outcome);
        require(invalid, "explanation", explanation);
        RegistryMsg texts = pages.msg(RegistryMsg.class);
        return confirmed(id, "objections/" + objectionId + "/resolve", "resolve-objection", confirmed,
                c -> c.text(texts.field_outcome(), outcome == null ? null : texts.label_objection_status(outcome))
                        .text(texts.field_explanation(), explanation).field("outcome", outcome)
                        .field("explanation", explanation), invalid,
                () -> registration.resolve(id, objectionId, new RegistrationRequests.Resolution(outcome,
                        strip(explanation))), "objection_resolved", Map.of("explanation", nz(explanation)));
    }

    // ---- attachments and the certificate ----

    @POST
    @Path(ID + "/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response upload(@PathParam("id") UUID id, @RestForm String kind, @RestForm("file") FileUpload file) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "kind", kind);
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            invalid.add("file", pages.msg().required());
        }
        return send(id, invalid, () -> files.upload(id, ClientMultipartForm.create().attribute("kind", kind, null)
                .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(),
                        file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType())),
                "attachment_uploaded", Map.of());
    }

    /** An attachment as the registry serves it: a download, never shown inline (nosniff, sandboxed). */
    @GET
    @Path(ID + "/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Authenticated
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        try (Response answer = files.download(id, attachmentId)) {
            return passOn(answer, "attachment");
        }
    }

    @POST
    @Path(ID + "/attachments/{attachmentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.UNIVERSITY, Roles.ENTERPRISE, Roles.BROKER})
    public Response deleteAttachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @RestForm(Confirmation.CONFIRMED) String confirmed) {
        return confirmed(id, "attachments/" + attachmentId + "/delete", "delete-attachment", confirmed, c -> c,
                FormErrors.none(), () -> {
                    registration.deleteAttachment(id, attachmentId);
                    return null;
                }, "attachment_deleted", Map.of());
    }

    @GET
    @Path(ID + "/certificate.pdf")
    @Produces({"application/pdf", MediaType.WILDCARD})
    @Authenticated
    public Response certificate(@PathParam("id") UUID id) {
        try (Response answer = files.certificate(id)) {
            return passOn(answer, "inline");
        }
    }

    private static Response passOn(Response answer, String disposition) {
        byte[] bytes = answer.readEntity(byte[].class);
        String named = answer.getHeaderString("Content-Disposition");
        return Response.ok(bytes, answer.getMediaType())
                .header("Content-Disposition", named != null ? named : disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
                .build();
    }

    // ---- the admin's working calendar ----

    @GET
    @Path("/calendar")
    @Authenticated
    public Response calendar(@QueryParam("year") Integer year) {
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(CHINA).getYear() : year;
        Section<CalendarView> calendar = Section.load(() -> registration.calendar(shown));
        return pages.ok(Templates.calendar(shown, calendar, calendar.ok() ? nz(calendar.value().source()) : "",
                calendar.ok() && calendar.value().publishedOn() != null ? calendar.value().publishedOn().toString()
                        : "", calendar.ok() ? CalendarLines.write(calendar.value().days()) : "", FormErrors.none()));
    }

    /** Replaces a year's holidays and make-up working days, once confirmed. */
    @POST
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response loadCalendar(@RestForm int year, @RestForm String source, @RestForm String publishedOn,
            @RestForm String days, @RestForm(Confirmation.CONFIRMED) String confirmed) {
        FormErrors invalid = FormErrors.none();
        require(invalid, "source", source);
        LocalDate published = NewFilingForm.day(publishedOn);
        if (publishedOn == null || publishedOn.isBlank()) {
            invalid.add("publishedOn", pages.msg().required());
        } else if (published == null) {
            invalid.add("publishedOn", pages.msg().invalid_date());
        }
        CalendarLines.Parsed parsed = CalendarLines.parse(days);
        if (parsed.badLine() > 0) {
            invalid.add("days", pages.msg(RegistryMsg.class).calendar_bad_line(parsed.badLine()));
        }
        Supplier<TemplateInstance> again = () -> Templates.calendar(year, Section.load(
                () -> registration.calendar(year)), nz(source), nz(publishedOn), nz(days), invalid);
        if (invalid.any()) {
            return pages.status(400, again.get());
        }
        return pages.confirmFirst(confirmed, () -> Confirmation.of("load-calendar", String.valueOf(year),
                "/registrations/calendar", "/registrations/calendar?year=" + year)
                .text(pages.msg(RegistryMsg.class).field_source(), source)
                .field("year", String.valueOf(year)).field("source", source).field("publishedOn", publishedOn)
                .field("days", days),
                () -> pages.submit(FormErrors.none(), () -> registration.loadCalendar(year,
                        new RegistrationRequests.Calendar(source.strip(), published, parsed.days())),
                        loaded -> "/registrations/calendar?year=" + year, "calendar_loaded",
                        errors -> Templates.calendar(year, Section.load(() -> registration.calendar(year)),
                                nz(source), nz(publishedOn), nz(days), errors)));
    }

    // ---- the one way every contract action is sent ----

    /** A form action on the contract (not confirmed): checked, sent, then the contract's page. */
    private Response send(UUID id, FormErrors invalid, Supplier<?> call, String flash, Map<String, String> typed) {
        return pages.submit(invalid, call::get, done -> "/contracts/" + id, flash,
                errors -> detail.page(id, errors, typed));
    }

    private Response confirmed(UUID id, String action, String confirmed,
            java.util.function.UnaryOperator<Confirmation> facts, FormErrors invalid, Supplier<?> call, String flash,
            Map<String, String> typed) {
        return confirmed(id, action, action, confirmed, facts, invalid, call, flash, typed);
    }

    /**
     * An irreversible action on the contract ({@code path} under it, {@code action} naming it): the portal's own
     * checks first (the page again with the errors), then the confirmation with the contract's amounts and what was
     * typed, then the call.
     */
    private Response confirmed(UUID id, String path, String action, String confirmed,
            java.util.function.UnaryOperator<Confirmation> facts, FormErrors invalid, Supplier<?> call, String flash,
            Map<String, String> typed) {
        if (invalid.any()) {
            return pages.status(400, detail.page(id, invalid, typed));
        }
        return pages.confirmFirst(confirmed, () -> {
            RegistryMsg texts = pages.msg(RegistryMsg.class);
            FilingView contract = detail.contract(id);
            return facts.apply(Confirmation.of(action, contract.title(), "/registrations/" + id + "/" + path,
                    "/contracts/" + id)
                    .amount(texts.field_total_contract_amount(), contract.totalContractAmount())
                    .amount(texts.field_technology_transaction_amount(), contract.technologyTransactionAmount()));
        }, () -> send(id, FormErrors.none(), call, flash, typed));
    }

    private void require(FormErrors invalid, String field, String value) {
        if (value == null || value.isBlank()) {
            invalid.add(field, pages.msg().required());
        }
    }

    private static Section<PrecheckView> none() {
        return new Section<>(null, null, false);
    }

    /** Whether a value asked for is one of the codes (an immutable list cannot be asked for null). */
    private static boolean known(List<String> codes, String value) {
        return value != null && codes.contains(value);
    }

    private static int size(int size) {
        return Page.SIZES.contains(size) ? size : 20;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
