package gx.techmarket.portal.subsidy.programmes;

import gx.techmarket.portal.web.Amounts;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 补助项目管理, the admins' pages of programmes as data: the programmes of a budget year with the year's state (no
 * programme, open, closed) and the contracts awaiting a programme; a new programme with all its settings; a
 * programme's page with its terms in force and every version, its budget (allocated, granted, paid, remaining) and the
 * actions its view lists: a new version of the terms, a top-up (confirmed with the amount in 大写), closing it,
 * copying it to the next year. The subsidy service decides who may do what (sub-markets); the pages show its word.
 */
@Path("/subsidy/programmes")
@Produces(Pages.HTML)
@Blocking
@RolesAllowed(Roles.ADMIN)
public class ProgrammePages {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The rule kinds a programme can have, in the order the form offers them. */
    static final List<String> RULES = List.of("BUYER_POST_SUBSIDY", "INTERMEDIARY", "REGISTRATION_BODY",
            "HIGH_TECH_RECOGNITION", "RD_EXPENSE", "CHALLENGE_SUPPORT", "VOUCHER");
    static final List<String> CATEGORIES = List.of("DEVELOPMENT", "TRANSFER", "LICENSE", "CONSULTING", "SERVICE");
    static final List<String> GRANT_MODES = List.of("AUTOMATIC", "CLAIM");
    static final List<String> APPROVALS = List.of("SUB_MARKET", "CITY_THEN_PROVINCE");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance year(int year, Section<YearState> state);

        static native TemplateInstance form(ProgrammeForm form, Choices choices, FormErrors errors);

        static native TemplateInstance detail(ProgrammeDetail programme, Section<List<TermsVersion>> versions,
                TermsForm terms, TopUp topUp, Choices choices, FormErrors errors);
    }

    /** The codes the forms offer (their names are in the bundle). */
    @TemplateData
    public record Choices(List<String> rules, List<String> categories, List<String> grantModes,
            List<String> approvals, List<String> subMarkets) {}

    /** A top-up as typed, kept on error. */
    @TemplateData
    public record TopUp(String amount, String reason) {

        static TopUp none() {
            return new TopUp("", "");
        }
    }

    @Inject
    @RestClient
    ProgrammesClient programmes;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @GET
    public Response year(@QueryParam("year") Integer year) {
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(CHINA).getYear() : year;
        return pages.ok(Templates.year(y, Section.load(() -> programmes.year(y))));
    }

    @GET
    @Path("/new")
    public Response newForm(@QueryParam("year") Integer year) {
        int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(CHINA).getYear() : year;
        String region = viewer.orgRegion();
        String subMarket = region != null && region.endsWith("00") ? region : "450000";
        return pages.ok(Templates.form(ProgrammeForm.forYear(y, subMarket), choices(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@BeanParam ProgrammeForm form) {
        FormErrors checked = pages.check(form);
        return pages.submit(checked, () -> programmes.open(form.toRequest()),
                opened -> path(opened.code(), opened.budgetYear()), "programme_opened",
                errors -> Templates.form(form, choices(), errors));
    }

    @GET
    @Path("/{code}/{year}")
    public Response detail(@PathParam("code") String code, @PathParam("year") int year) {
        ProgrammeDetail programme = programmes.get(code, year);
        return pages.ok(page(programme, TermsForm.of(programme), TopUp.none(), FormErrors.none()));
    }

    @POST
    @Path("/{code}/{year}/terms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newVersion(@PathParam("code") String code, @PathParam("year") int year,
            @BeanParam TermsForm terms) {
        FormErrors checked = pages.check(terms);
        if (!checked.has("effectiveFrom") && TermsForm.day(terms.effectiveFrom) == null) {
            checked.add("effectiveFrom", pages.msg().invalid_date());
        }
        if (!checked.has("changeReason") && (terms.reason == null || terms.reason.isBlank())) {
            checked.add("changeReason", pages.msg().required());
        }
        return pages.submit(checked, () -> programmes.newVersion(code, year, terms.toNewVersion()),
                version -> path(code, year), "terms_version_added",
                errors -> page(programmes.get(code, year), terms, TopUp.none(), errors));
    }

    @POST
    @Path("/{code}/{year}/budget")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response topUp(@PathParam("code") String code, @PathParam("year") int year, @RestForm String amount,
            @RestForm String reason, @RestForm String confirmed) {
        TopUp typed = new TopUp(amount, reason);
        FormErrors invalid = FormErrors.none();
        if (amount == null || amount.isBlank()) {
            invalid.add("amount", pages.msg().required());
        } else if (!amount.matches(Amounts.PATTERN)) {
            invalid.add("amount", pages.msg().invalid_amount());
        }
        if (reason != null && reason.strip().length() > 500) {
            invalid.add("reason", pages.msg().too_long(500));
        }
        if (invalid.any()) {
            ProgrammeDetail programme = programmes.get(code, year);
            return pages.status(400, page(programme, TermsForm.of(programme), typed, invalid));
        }
        BigDecimal value = Amounts.parse(amount);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return pages.confirmFirst(confirmed,
                () -> Confirmation.of("top-up-budget", subject(programmes.get(code, year)), path(code, year) + "/budget",
                                path(code, year))
                        .amount(pages.msg(ProgrammesMsg.class).field_top_up(), value)
                        .text(pages.forms().fact_reason(), why)
                        .field("amount", amount).field("reason", reason),
                () -> pages.submit(FormErrors.none(),
                        () -> programmes.topUp(code, year, new ProgrammeRequests.TopUp(value, why)),
                        done -> path(code, year), "budget_topped_up", errors -> {
                            ProgrammeDetail programme = programmes.get(code, year);
                            return page(programme, TermsForm.of(programme), typed, errors);
                        }));
    }

    @POST
    @Path("/{code}/{year}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("code") String code, @PathParam("year") int year,
            @RestForm String confirmed) {
        return pages.confirmFirst(confirmed,
                () -> Confirmation.of("close-programme", subject(programmes.get(code, year)),
                        path(code, year) + "/close", path(code, year)),
                () -> pages.act(() -> programmes.close(code, year), path(code, year), "programme_closed",
                        again(code, year)));
    }

    @POST
    @Path("/{code}/{year}/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@PathParam("code") String code, @PathParam("year") int year, @RestForm String confirmed) {
        int toYear = year + 1;
        return pages.confirmFirst(confirmed,
                () -> Confirmation.of("copy-programme", subject(programmes.get(code, year)) + " → " + toYear,
                        path(code, year) + "/copy", path(code, year)),
                () -> pages.submit(FormErrors.none(), () -> programmes.copy(code, year, toYear),
                        copied -> path(copied.code(), copied.budgetYear()), "programme_copied", again(code, year)));
    }

    private java.util.function.Function<FormErrors, TemplateInstance> again(String code, int year) {
        return errors -> {
            ProgrammeDetail programme = programmes.get(code, year);
            return page(programme, TermsForm.of(programme), TopUp.none(), errors);
        };
    }

    private TemplateInstance page(ProgrammeDetail programme, TermsForm terms, TopUp topUp, FormErrors errors) {
        Section<List<TermsVersion>> versions = Section.load(
                () -> programmes.versions(programme.code(), programme.budgetYear()));
        return Templates.detail(programme, versions, terms, topUp, choices(), errors);
    }

    private String subject(ProgrammeDetail p) {
        return p.name() + "（" + p.code() + "，" + p.budgetYear() + "）";
    }

    private static Choices choices() {
        return new Choices(RULES, CATEGORIES, GRANT_MODES, APPROVALS, gx.techmarket.portal.web.Choices.REGIONS);
    }

    static String path(String code, int year) {
        return "/subsidy/programmes/" + code + "/" + year;
    }
}
