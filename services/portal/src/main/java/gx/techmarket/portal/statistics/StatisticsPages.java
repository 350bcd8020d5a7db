package gx.techmarket.portal.statistics;

import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.portal.statistics.StatisticsViews.BrokerPersonRow;
import gx.techmarket.portal.statistics.StatisticsViews.BrokerRow;
import gx.techmarket.portal.statistics.StatisticsViews.ChallengeFigures;
import gx.techmarket.portal.statistics.StatisticsViews.ContractFigures;
import gx.techmarket.portal.statistics.StatisticsViews.ContractLine;
import gx.techmarket.portal.statistics.StatisticsViews.ListingFigures;
import gx.techmarket.portal.statistics.StatisticsViews.SubsidyRow;
import gx.techmarket.portal.statistics.StatisticsViews.TargetView;
import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Roles;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.ServiceProblem;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 统计分析 in the portal: the operator's dashboard of its sub-market — target progress, the contracts' trend by month,
 * the cities (or a city's counties) ranked, categories, 技术领域, 区内/区外/跨境, seller kinds, listings, challenges, subsidies
 * and agencies — each chart drawn by ECharts from the table under it ({@code /js/statistics.js}), each table also an
 * Excel download; a city row drills into the city, every row into the contracts behind it. The service scopes every
 * figure to the caller's sub-market; the portal only asks.
 */
@Path("/statistics")
@Produces(Pages.HTML)
@Blocking
public class StatisticsPages {

    static final int PAGE_SIZE = 20;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final Pattern REGION = Pattern.compile("[0-9]{6}");
    private static final Pattern DIMENSION = Pattern.compile("[a-zA-Z]{1,20}");
    private static final Pattern GUANGXI_REGION = Pattern.compile("45[0-9]{4}");
    private static final Pattern KEY = Pattern.compile("[0-9A-Za-z_-]{1,40}");

    /** What the dashboard was asked for: months, the sub-market and the flow, as typed. */
    @TemplateData
    public record Query(String from, String to, String region, String flow) {

        /** The query string of the same figures (for links and downloads). */
        public String params() {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("from", from);
            p.put("to", to);
            p.put("region", region);
            p.put("flow", flow);
            return join(p);
        }

        public boolean absorption() {
            return "absorption".equals(flow);
        }

        public int year() {
            return Integer.parseInt(to.substring(0, 4));
        }
    }

    /** A region the operator may choose. */
    @TemplateData
    public record Choice(String code, String name) {}

    /** Everything the dashboard shows; a section is null when the query was refused. */
    @TemplateData
    public record Dashboard(Query query, List<Choice> regions, String regionName, String place,
            Section<ContractFigures> byMonth, Section<ContractFigures> byPlace, Section<ContractFigures> byCategory,
            Section<ContractFigures> byScope, Section<ContractFigures> bySellerKind, Section<List<TargetView>> targets,
            Section<ListingFigures> listings, Section<ChallengeFigures> challenges,
            Section<List<SubsidyRow>> subsidies, Section<List<BrokerRow>> brokers,
            Section<ContractFigures> byField, Section<List<BrokerPersonRow>> brokerPeople, TargetForm target) {

        /** Whether the caller may set targets (the province's operators: the service's views say so). */
        public boolean setsTargets() {
            return targets != null && targets.ok() && !targets.value().isEmpty() && targets.value().get(0).can("set");
        }
    }

    /** The target form as typed: the sub-market, the amount in 元, where the target comes from. */
    @TemplateData
    public record TargetForm(String region, String amount, String source) {
        static TargetForm none() {
            return new TargetForm(null, null, null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard d, FormErrors errors);

        static native TemplateInstance contracts(Section<Page<ContractLine>> found, Query query, String by,
                String key, String label);
    }

    @Inject
    @RestClient
    StatisticsClient statistics;

    @Inject
    @RestClient
    StatisticsFiles files;

    @Inject
    Pages pages;

    @Inject
    Viewer viewer;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Response dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @QueryParam("flow") String flow) {
        StatisticsMsg texts = pages.msg(StatisticsMsg.class);
        FormErrors errors = FormErrors.none();
        Query q = query(from, to, region, flow, errors, texts);
        List<Choice> regions = regions();
        if (errors.any()) {
            return pages.status(400, Templates.dashboard(empty(q, regions), errors));
        }
        Section<ContractFigures> byMonth = Section.load(() -> statistics.contracts("month", q.from(), q.to(),
                q.region(), q.flow()));
        if (byMonth.problem() != null && byMonth.problem().status() == 400) {
            // a period backwards or too long: next to the field, nothing else asked
            return pages.status(400, Templates.dashboard(empty(q, regions), FormErrors.of(byMonth.problem())));
        }
        return pages.ok(Templates.dashboard(board(q, regions, byMonth, TargetForm.none()), FormErrors.none()));
    }

    /** Every figure of the dashboard for {@code q}, the target form as {@code target} says. */
    private Dashboard board(Query q, List<Choice> regions, Section<ContractFigures> byMonth, TargetForm target) {
        boolean city = q.region() != null && !q.region().equals(GbT2260.GUANGXI)
                || q.region() == null && viewer.orgRegion() != null && !viewer.orgRegion().endsWith("0000");
        String place = city ? "county" : "city";
        Integer year = q.year();
        return new Dashboard(q, regions, regionName(q.region()), place, byMonth,
                Section.load(() -> statistics.contracts(place, q.from(), q.to(), q.region(), q.flow())),
                Section.load(() -> statistics.contracts("category", q.from(), q.to(), q.region(), q.flow())),
                Section.load(() -> statistics.contracts("scope", q.from(), q.to(), q.region(), q.flow())),
                Section.load(() -> statistics.contracts("sellerKind", q.from(), q.to(), q.region(), q.flow())),
                Section.load(() -> statistics.targets(year, q.region())),
                Section.load(() -> statistics.listings("month", q.from(), q.to(), q.region())),
                Section.load(() -> statistics.challenges("month", q.from(), q.to(), q.region())),
                Section.load(() -> statistics.subsidies(year, q.region())),
                Section.load(() -> statistics.brokers(q.from(), q.to(), q.region())),
                Section.load(() -> statistics.contracts("field", q.from(), q.to(), q.region(), q.flow())),
                Section.load(() -> statistics.brokerPeople(q.from(), q.to(), q.region())), target);
    }

    /**
     * 目标: the province's operators set a sub-market's target for the dashboard's year; a wrong amount is said next
     * to its field and nothing is sent; the service decides who may (a city's operator: 403).
     */
    @POST
    @Path("/targets")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTarget(@RestForm String from, @RestForm String to, @RestForm String region,
            @RestForm String flow, @RestForm String targetRegion, @RestForm String amount, @RestForm String source) {
        StatisticsMsg texts = pages.msg(StatisticsMsg.class);
        FormErrors errors = FormErrors.none();
        Query q = query(from, to, region, flow, errors, texts);
        List<Choice> regions = regions();
        if (errors.any()) {
            return pages.status(400, Templates.dashboard(empty(q, regions), errors));
        }
        TargetForm typed = new TargetForm(targetRegion, amount, source);
        FormErrors checked = FormErrors.none();
        if (targetRegion == null || !GUANGXI_REGION.matcher(targetRegion).matches()) {
            checked.add("targetRegion", pages.msg().required());
        }
        if (amount == null || amount.isBlank()) {
            checked.add("amount", pages.msg().required());
        } else if (!amount.matches(gx.techmarket.portal.web.Amounts.PATTERN)) {
            checked.add("amount", pages.msg().invalid_amount());
        }
        if (source != null && source.strip().length() > 500) {
            checked.add("source", pages.msg().too_long(500));
        }
        int year = q.year();
        return pages.submit(checked,
                () -> statistics.setTarget(targetRegion, year, new TargetView.Request(
                        gx.techmarket.portal.web.Amounts.parse(amount).setScale(2),
                        source == null || source.isBlank() ? null : source.strip())),
                set -> "/statistics?" + q.params(), "target_set",
                failed -> Templates.dashboard(board(q, regions, Section.load(() -> statistics.contracts("month",
                        q.from(), q.to(), q.region(), q.flow())), typed), failed));
    }

    /** The registered contracts behind one bar or row (drill-down). */
    @GET
    @Path("/contracts")
    @RolesAllowed(Roles.ADMIN)
    public Response contracts(@QueryParam("by") String by, @QueryParam("key") String key,
            @QueryParam("label") String label, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @QueryParam("flow") String flow, @QueryParam("page") int page) {
        StatisticsMsg texts = pages.msg(StatisticsMsg.class);
        FormErrors errors = FormErrors.none();
        Query q = query(from, to, region, flow, errors, texts);
        String dimension = by != null && DIMENSION.matcher(by).matches() ? by : null;
        String k = key != null && KEY.matcher(key).matches() ? key : null;
        String shown = label == null || label.isBlank() || label.length() > 60 ? k : label.strip();
        Section<Page<ContractLine>> found = errors.any() ? null : Section.load(() -> statistics.contractList(
                k == null ? null : dimension, k, q.from(), q.to(), q.region(), q.flow(), Math.max(page, 0),
                PAGE_SIZE));
        return pages.ok(Templates.contracts(found, q, dimension, k, shown));
    }

    /** A figure as Excel: the service's workbook, passed on. */
    @GET
    @Path("/{figure: contracts|listings|challenges|subsidies|brokers|brokers/people|targets}.xlsx")
    @Produces({StatisticsFiles.XLSX, MediaType.WILDCARD})
    @RolesAllowed(Roles.ADMIN)
    public Response download(@PathParam("figure") String figure, @QueryParam("by") String by,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("region") String region,
            @QueryParam("flow") String flow) {
        FormErrors errors = FormErrors.none();
        Query q = query(from, to, region, flow, errors, pages.msg(StatisticsMsg.class));
        String dimension = by != null && DIMENSION.matcher(by).matches() ? by : null;
        try (Response answer = switch (figure) {
            case "contracts" -> files.contracts(dimension, q.from(), q.to(), q.region(), q.flow());
            case "listings" -> files.listings(dimension, q.from(), q.to(), q.region());
            case "challenges" -> files.challenges(dimension, q.from(), q.to(), q.region());
            case "subsidies" -> files.subsidies(q.year(), q.region());
            case "brokers" -> files.brokers(q.from(), q.to(), q.region());
            case "brokers/people" -> files.brokerPeople(q.from(), q.to(), q.region());
            default -> files.targets(q.year(), q.region());
        }) {
            if (answer.getStatus() != 200) {
                throw new ServiceProblem(answer.readEntity(ServiceProblem.Problem.class));
            }
            byte[] bytes = answer.readEntity(byte[].class);
            String named = answer.getHeaderString("Content-Disposition");
            return Response.ok(bytes, StatisticsFiles.XLSX)
                    .header("Content-Disposition",
                            named != null ? named
                                    : "attachment; filename=\"" + figure.replace('/', '-') + ".xlsx\"")
                    .header("X-Content-Type-Options", "nosniff").build();
        }
    }

    // ---- plumbing ----

    /** The query as the service takes it: months this year to this month unless typed; a bad month is an error. */
    private Query query(String from, String to, String region, String flow, FormErrors errors, StatisticsMsg texts) {
        LocalDate today = LocalDate.now(CHINA);
        String f = blank(from) ? today.getYear() + "-01" : from.strip();
        String t = blank(to) ? today.toString().substring(0, 7) : to.strip();
        if (!MONTH.matcher(f).matches()) {
            errors.add("from", texts.invalid_month());
            f = today.getYear() + "-01";
        }
        if (!MONTH.matcher(t).matches()) {
            errors.add("to", texts.invalid_month());
            t = today.toString().substring(0, 7);
        }
        String r = blank(region) ? null : region.strip();
        if (r != null && !REGION.matcher(r).matches()) {
            errors.add("region", texts.invalid_region());
            r = null;
        }
        String fl = "absorption".equals(flow) ? "absorption" : null;
        return new Query(f, t, r, fl);
    }

    /** The regions the operator may choose: the province its cities, a city itself and its counties. */
    private List<Choice> regions() {
        String own = viewer.orgRegion();
        List<Choice> choices = new ArrayList<>();
        if (own == null || !GbT2260.isInGuangxi(own)) {
            return choices;
        }
        String prefix = own.endsWith("0000") ? own.substring(0, 2) : own.endsWith("00") ? own.substring(0, 4) : own;
        choices.add(new Choice(own, GbT2260.nameOf(own).orElse(own)));
        GbT2260.all().stream()
                .filter(d -> d.code().startsWith(prefix) && !d.code().equals(own))
                .filter(d -> own.endsWith("0000") ? d.level() == GbT2260.Level.PREFECTURE
                        : d.level() == GbT2260.Level.COUNTY)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(d -> choices.add(new Choice(d.code(), d.name())));
        return choices;
    }

    private String regionName(String region) {
        String code = region != null ? region : viewer.orgRegion();
        return code == null ? "" : GbT2260.nameOf(code).orElse(code);
    }

    private Dashboard empty(Query q, List<Choice> regions) {
        return new Dashboard(q, regions, regionName(q.region()), "city", null, null, null, null, null, null, null,
                null, null, null, null, null, TargetForm.none());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String join(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null) {
                s.append(s.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return s.toString();
    }
}
