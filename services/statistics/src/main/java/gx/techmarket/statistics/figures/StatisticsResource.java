package gx.techmarket.statistics.figures;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.CurrentActor;
import gx.techmarket.platform.security.Roles;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.statistics.projection.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 统计分析: the market's figures for its operators. Every figure covers the caller's sub-market (the province all, a
 * city its city and counties) or a part of it named by {@code region}; another part is 403. Each figure also comes
 * as an Excel workbook ({@code .xlsx} after its path). Unknown parameters, dimensions and values are 400.
 */
@Path("/statistics")
@Tag(name = "statistics", description = "统计分析 — figures of the market per sub-market")
@RolesAllowed(Roles.ADMIN)
public class StatisticsResource {

    private static final Set<String> CONTRACT_PARAMS = Set.of("by", "from", "to", "region", "flow", "type",
            "category", "sellerKind", "buyerKind", "scope");
    private static final Set<String> CONTRACT_LIST_PARAMS = Set.of("by", "key", "from", "to", "region", "flow",
            "type", "category", "sellerKind", "buyerKind", "scope", "page", "size");
    private static final Set<String> LISTING_PARAMS = Set.of("kind", "by", "from", "to", "region");
    private static final Set<String> CHALLENGE_PARAMS = Set.of("by", "from", "to", "region");
    private static final Set<String> SUBSIDY_PARAMS = Set.of("year", "by", "region");
    private static final Set<String> BROKER_PARAMS = Set.of("from", "to", "region");
    private static final Set<String> TARGET_PARAMS = Set.of("year", "region");

    private final CurrentActor actor;
    private final Clock clock;
    private final ContractStatistics contracts;
    private final ListingStatistics listings;
    private final MoneyStatistics money;
    private final Targets targets;

    StatisticsResource(CurrentActor actor, Clock clock, ContractStatistics contracts, ListingStatistics listings,
            MoneyStatistics money, Targets targets) {
        this.actor = actor;
        this.clock = clock;
        this.contracts = contracts;
        this.listings = listings;
        this.money = money;
        this.targets = targets;
    }

    /** The query of a contracts figure, as its parameters give it. */
    record ContractQuery(String by, String from, String to, String region, String flow, String type,
            String category, String sellerKind, String buyerKind, String scope, String key) {}

    @GET
    @Path("/contracts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registered contracts (count, 成交额, 技术交易额) by month, city, county, type, category, "
            + "seller or buyer kind, scope, registration point or 技术领域 (field); 输出 (flow=output, the seller's region) or 吸纳 "
            + "(flow=absorption, the buyer's)")
    public ContractFigures contracts(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @QueryParam("flow") String flow,
            @QueryParam("type") String type, @QueryParam("category") String category,
            @QueryParam("sellerKind") String sellerKind, @QueryParam("buyerKind") String buyerKind,
            @QueryParam("scope") String scope, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), CONTRACT_PARAMS);
        ContractQuery q = new ContractQuery(by, from, to, region, flow, type, category, sellerKind, buyerKind, scope,
                null);
        return contracts.figures(filter(q, null), ContractDimension.of(q.by()));
    }

    @GET
    @Path("/contracts.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response contractsXlsx(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @QueryParam("flow") String flow,
            @QueryParam("type") String type, @QueryParam("category") String category,
            @QueryParam("sellerKind") String sellerKind, @QueryParam("buyerKind") String buyerKind,
            @QueryParam("scope") String scope, @Context UriInfo uri) {
        ContractFigures f = contracts(by, from, to, region, flow, type, category, sellerKind, buyerKind, scope, uri);
        List<List<Object>> rows = new ArrayList<>();
        for (ContractRow r : f.rows()) {
            rows.add(List.of(nz(r.key()), r.label(), r.count(), r.totalAmount(), r.technologyAmount()));
        }
        ContractRow t = f.total();
        rows.add(List.of("", t.label(), t.count(), t.totalAmount(), t.technologyAmount()));
        return download("contracts-" + f.dimension() + "-" + f.from() + "-" + f.to(),
                "技术合同登记统计 Registered contracts · " + f.regionLabel() + " · " + f.from() + " — " + f.to()
                        + " · " + (f.flow() == Flow.OUTPUT ? "输出 output" : "吸纳 absorption"),
                List.of("键 Key", "名称 Name", "合同数 Contracts", "成交额（元）Contract amount (CNY)",
                        "技术交易额（元）Technology amount (CNY)"), rows);
    }

    @GET
    @Path("/contracts/list")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The registered contracts behind a figure (drill-down: by and key), newest first")
    public Page<ContractLine> contractList(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @QueryParam("flow") String flow,
            @QueryParam("type") String type, @QueryParam("category") String category,
            @QueryParam("sellerKind") String sellerKind, @QueryParam("buyerKind") String buyerKind,
            @QueryParam("scope") String scope, @QueryParam("key") String key,
            @Valid @BeanParam Paging paging, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), CONTRACT_LIST_PARAMS);
        ContractQuery q = new ContractQuery(by, from, to, region, flow, type, category, sellerKind, buyerKind, scope,
                key);
        ContractDimension dimension = q.key() == null ? null : ContractDimension.of(q.by());
        if (q.key() != null && (q.key().isEmpty() || q.key().length() > 40)) {
            throw ProblemException.badRequest("UNKNOWN_FILTER_VALUE", "key", q.key())
                    .withField("key", "UNKNOWN_FILTER_VALUE");
        }
        return contracts.contracts(filter(q, dimension), paging);
    }

    @GET
    @Path("/listings")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "科技成果 and 技术需求: published, matched, withdrawn, closed, expired, and days to match; by "
            + "month, city or industry")
    public Breakdown<ListingRow> listings(@QueryParam("kind") String kind, @QueryParam("by") String by,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("region") String region,
            @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), LISTING_PARAMS);
        if (kind != null && !kind.equals("RESULT") && !kind.equals("DEMAND")) {
            throw ProblemException.badRequest("UNKNOWN_FILTER_VALUE", "kind", kind)
                    .withField("kind", "UNKNOWN_FILTER_VALUE");
        }
        return listings.listings(kind, period(from, to), scope(region),
                ListingDimension.of(by, ListingDimension.MONTH, ListingDimension.CITY, ListingDimension.INDUSTRY));
    }

    @GET
    @Path("/listings.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response listingsXlsx(@QueryParam("kind") String kind, @QueryParam("by") String by,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("region") String region,
            @Context UriInfo uri) {
        Breakdown<ListingRow> f = listings(kind, by, from, to, region, uri);
        List<List<Object>> rows = new ArrayList<>();
        for (ListingRow r : f.rows()) {
            rows.add(listingCells(r));
        }
        rows.add(listingCells(f.total()));
        return download("listings-" + f.dimension() + "-" + f.from() + "-" + f.to(),
                "成果与需求统计 Results and demands · " + f.from() + " — " + f.to(),
                List.of("键 Key", "名称 Name", "发布 Published", "匹配 Matched", "撤回 Withdrawn", "关闭 Closed",
                        "过期 Expired", "平均匹配天数 Avg. days to match"), rows);
    }

    @GET
    @Path("/challenges")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "揭榜挂帅 challenges: published, awarded, failed (流标), cancelled, awarded amount and days to "
            + "award; by month, city or kind")
    public Breakdown<ChallengeRow> challenges(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), CHALLENGE_PARAMS);
        return listings.challenges(period(from, to), scope(region),
                ListingDimension.of(by, ListingDimension.MONTH, ListingDimension.CITY, ListingDimension.KIND));
    }

    @GET
    @Path("/challenges.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response challengesXlsx(@QueryParam("by") String by, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("region") String region, @Context UriInfo uri) {
        Breakdown<ChallengeRow> f = challenges(by, from, to, region, uri);
        List<List<Object>> rows = new ArrayList<>();
        for (ChallengeRow r : f.rows()) {
            rows.add(challengeCells(r));
        }
        rows.add(challengeCells(f.total()));
        return download("challenges-" + f.dimension() + "-" + f.from() + "-" + f.to(),
                "揭榜挂帅统计 Challenges · " + f.from() + " — " + f.to(),
                List.of("键 Key", "名称 Name", "发榜 Published", "揭榜 Awarded", "流标 Failed", "撤榜 Cancelled",
                        "揭榜金额（元）Awarded (CNY)", "平均揭榜天数 Avg. days to award"), rows);
    }

    @GET
    @Path("/subsidies")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subsidies of a budget year: granted, claims approved, paid, 创新券 issued, redeemed and "
            + "expired; by programme (with the budget and what remains of it, for the programmes of the caller's "
            + "sub-market) or city")
    public List<SubsidyRow> subsidies(@QueryParam("year") Integer year, @QueryParam("by") String by,
            @QueryParam("region") String region, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), SUBSIDY_PARAMS);
        return money.subsidies(year(year), scope(region), by);
    }

    @GET
    @Path("/subsidies.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response subsidiesXlsx(@QueryParam("year") Integer year, @QueryParam("by") String by,
            @QueryParam("region") String region, @Context UriInfo uri) {
        List<List<Object>> rows = new ArrayList<>();
        for (SubsidyRow r : subsidies(year, by, region, uri)) {
            List<Object> row = new ArrayList<>(List.of(nz(r.key()), r.label(), r.granted(), r.grantedAmount(),
                    r.claimsApproved(), r.claimedAmount(), r.paid(), r.paidGross(), r.paidNet(), r.vouchersIssued(),
                    r.issuedValue(), r.vouchersRedeemed(), r.redeemedAmount(), r.vouchersExpired(),
                    r.returnedAmount()));
            row.add(r.budget() == null ? "" : r.budget());
            row.add(r.available() == null ? "" : r.available());
            rows.add(row);
        }
        return download("subsidies-" + year(year), "补助统计 Subsidies · " + year(year),
                List.of("键 Key", "名称 Name", "核准 Granted", "核准金额（元）Granted (CNY)", "申领核准 Claims approved",
                        "申领金额（元）Claimed (CNY)", "拨付 Paid", "拨付金额（元）Paid gross (CNY)",
                        "实付金额（元）Paid net (CNY)", "创新券发放 Vouchers issued", "券面金额（元）Face value (CNY)",
                        "兑付 Redeemed", "兑付金额（元）Redeemed (CNY)", "过期 Expired", "退回预算（元）Returned (CNY)",
                        "预算（元）Budget (CNY)", "剩余（元）Available (CNY)"), rows);
    }

    @GET
    @Path("/brokers")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "技术转移机构 performance: registered contracts each agency intermediated, by 技术交易额")
    public List<BrokerRow> brokers(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), BROKER_PARAMS);
        return money.brokers(period(from, to), scope(region));
    }

    @GET
    @Path("/brokers.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response brokersXlsx(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @Context UriInfo uri) {
        Period p = period(from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (BrokerRow r : brokers(from, to, region, uri)) {
            rows.add(List.of(r.uscc(), r.name(), nz(r.regionLabel()), r.count(), r.totalAmount(),
                    r.technologyAmount()));
        }
        return download("brokers-" + p.from() + "-" + p.to(),
                "技术转移机构业绩 Agencies · " + p.from() + " — " + p.to(),
                List.of("统一社会信用代码 USCC", "机构 Agency", "地区 Region", "合同数 Contracts",
                        "成交额（元）Contract amount (CNY)", "技术交易额（元）Technology amount (CNY)"), rows);
    }

    @GET
    @Path("/brokers/people")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "技术经理人 performance: registered contracts each broker drafted (by their account, named as "
            + "the directory names it), under the agency that intermediated them, by 技术交易额")
    public List<BrokerPersonRow> brokerPeople(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), BROKER_PARAMS);
        return money.brokerPeople(period(from, to), scope(region));
    }

    @GET
    @Path("/brokers/people.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response brokerPeopleXlsx(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("region") String region, @Context UriInfo uri) {
        Period p = period(from, to);
        List<List<Object>> rows = new ArrayList<>();
        for (BrokerPersonRow r : brokerPeople(from, to, region, uri)) {
            rows.add(List.of(r.name() == null ? "（机构库未登记 not in the directory）" : r.name(),
                    nz(r.certificateNumber()), r.account(), r.agencyName(), nz(r.regionLabel()), r.count(),
                    r.totalAmount(), r.technologyAmount()));
        }
        return download("broker-people-" + p.from() + "-" + p.to(),
                "技术经理人业绩 Brokers · " + p.from() + " — " + p.to(),
                List.of("技术经理人 Broker", "证书编号 Certificate", "账户 Account", "机构 Agency", "地区 Region",
                        "合同数 Contracts", "成交额（元）Contract amount (CNY)", "技术交易额（元）Technology amount (CNY)"),
                rows);
    }

    @GET
    @Path("/targets")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "目标: each sub-market's year against its target (技术合同成交额 sold from it)")
    public List<TargetView> targets(@QueryParam("year") Integer year, @QueryParam("region") String region,
            @Context UriInfo uri) {
        Parameters.only(uri.getQueryParameters().keySet(), TARGET_PARAMS);
        return targets.of(scope(region), year(year), actor.get().isProvinceAdmin());
    }

    @GET
    @Path("/targets.xlsx")
    @Produces(Xlsx.CONTENT_TYPE)
    @Operation(summary = "The same figure as an Excel workbook")
    public Response targetsXlsx(@QueryParam("year") Integer year, @QueryParam("region") String region,
            @Context UriInfo uri) {
        List<List<Object>> rows = new ArrayList<>();
        for (TargetView t : targets(year, region, uri)) {
            List<Object> row = new ArrayList<>();
            row.add(t.region());
            row.add(t.label());
            row.add(t.target());
            row.add(t.achieved());
            row.add(t.progress() == null ? null : t.progress().movePointRight(2).setScale(2) + "%");
            row.add(t.source());
            rows.add(row);
        }
        return download("targets-" + year(year), "目标完成情况 Targets · " + year(year),
                List.of("地区代码 Region", "地区 Name", "目标（元）Target (CNY)", "已完成（元）Achieved (CNY)",
                        "完成率 Progress", "依据 Source"), rows);
    }

    @PUT
    @Path("/targets/{region: [0-9]{6}}/{year: [0-9]{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets a sub-market's target (技术合同成交额) for a year: the province's operators only")
    public TargetView setTarget(@PathParam("region") String region, @PathParam("year") int year,
            @Valid @NotNull TargetRequest request) {
        return targets.set(actor.get(), region, year, request);
    }

    // ---- plumbing ----

    private ContractFilter filter(ContractQuery q, ContractDimension by) {
        return new ContractFilter(period(q.from(), q.to()), scope(q.region()), Flow.of(q.flow()),
                Parameters.value(ContractType.class, q.type(), "type"),
                Parameters.value(ContractCategory.class, q.category(), "category"),
                Parameters.value(OrgKind.class, q.sellerKind(), "sellerKind"),
                Parameters.value(OrgKind.class, q.buyerKind(), "buyerKind"),
                Parameters.value(Scope.class, q.scope(), "scope"), by, q.key());
    }

    private Period period(String from, String to) {
        return Period.of(from, to, MarketClock.today(clock));
    }

    private SubMarket scope(String region) {
        Actor a = actor.get();
        return Access.scope(a, region);
    }

    private int year(Integer year) {
        if (year == null) {
            return MarketClock.today(clock).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw ProblemException.badRequest("INVALID_YEAR", year).withField("year", "INVALID_YEAR");
        }
        return year;
    }

    private static List<Object> listingCells(ListingRow r) {
        List<Object> row = new ArrayList<>();
        row.add(nz(r.key()));
        row.add(r.label());
        row.add(r.published());
        row.add(r.matched());
        row.add(r.withdrawn());
        row.add(r.closed());
        row.add(r.expired());
        row.add(r.avgDaysToMatch() == null ? "" : r.avgDaysToMatch().toPlainString());
        return row;
    }

    private static List<Object> challengeCells(ChallengeRow r) {
        List<Object> row = new ArrayList<>();
        row.add(nz(r.key()));
        row.add(r.label());
        row.add(r.published());
        row.add(r.awarded());
        row.add(r.failed());
        row.add(r.cancelled());
        row.add(r.awardedAmount());
        row.add(r.avgDaysToAward() == null ? "" : r.avgDaysToAward().toPlainString());
        return row;
    }

    private static Response download(String fileName, String title, List<String> headers, List<List<Object>> rows) {
        return Response.ok(Xlsx.write(title, headers, rows), Xlsx.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"").build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
