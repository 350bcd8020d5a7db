package gx.techmarket.statistics.open;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.problems.ProblemResponses;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.statistics.figures.ContractDimension;
import gx.techmarket.statistics.figures.ContractFigures;
import gx.techmarket.statistics.figures.ContractFilter;
import gx.techmarket.statistics.figures.ContractRow;
import gx.techmarket.statistics.figures.ContractStatistics;
import gx.techmarket.statistics.figures.Disclosure;
import gx.techmarket.statistics.figures.Flow;
import gx.techmarket.statistics.figures.Parameters;
import gx.techmarket.statistics.figures.Period;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 开放数据 (open data) for the national technology transfer network and anyone else: the published results and
 * demands, page by page or in bulk (CSV, JSON), the change feed of what was published and ended since a cursor, and
 * the market's aggregate statistics — under the licence at {@code /open/v1/licence}, without signing in, a fair
 * share per client ({@link RateLimiter}: 429 with {@code Retry-After}). Nothing personal, sealed or unpublished.
 */
@Path("/open/v1")
@Tag(name = "open-data", description = "开放数据 — published listings, changes and statistics, CC BY 4.0")
@PermitAll
public class OpenDataResource {

    static final String LICENCE = "CC-BY-4.0";
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String LICENCE_LINK = "</open/v1/licence>; rel=\"license\"";
    private static final Map<String, String> KINDS = Map.of("results", "RESULT", "demands", "DEMAND");

    /** 限流: the client had no token left. */
    static final class RateLimited extends RuntimeException {
        final int retryAfterSeconds;

        RateLimited(int retryAfterSeconds) {
            super(null, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** The licence statement of the open data. */
    public record Licence(String licence, String url, String attribution, String attributionEn, String scope,
            String scopeEn) {}

    private final OpenData open;
    private final RateLimiter limiter;
    private final ContractStatistics contracts;
    private final Clock clock;

    OpenDataResource(OpenData open, RateLimiter limiter, ContractStatistics contracts, Clock clock) {
        this.open = open;
        this.limiter = limiter;
        this.contracts = contracts;
        this.clock = clock;
    }

    @GET
    @Path("/licence")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The open data's licence (CC BY 4.0) and what it covers")
    public Licence licence(@Context HttpServerRequest request, @Context UriInfo uri) {
        admit(request, uri, Set.of());
        return new Licence(LICENCE, LICENCE_URL, "来源：广西网上技术市场（广西壮族自治区科学技术厅）",
                "Source: Guangxi Online Technology Market (Department of Science and Technology of Guangxi)",
                "已发布的科技成果与技术需求（不含联系人及任何个人信息）以及技术合同登记的汇总统计。",
                "Published results and demands (without contacts or any personal data) and aggregate statistics of "
                        + "registered technical contracts.");
    }

    @GET
    @Path("/{kind: results|demands}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published results or demands, newest publication first, a page at a time")
    public Response listings(@PathParam("kind") String kind, @Valid @BeanParam Paging paging,
            @Context HttpServerRequest request, @Context UriInfo uri) {
        admit(request, uri, Set.of("page", "size"));
        Page<OpenListing> page = open.listings(KINDS.get(kind), paging);
        return Response.ok(page, MediaType.APPLICATION_JSON).header("Link", LICENCE_LINK).build();
    }

    @GET
    @Path("/{kind: results|demands}.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every published result or demand as one JSON array (bulk download)")
    public Response bulkJson(@PathParam("kind") String kind, @Context HttpServerRequest request,
            @Context UriInfo uri) {
        admit(request, uri, Set.of());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('[');
            boolean[] first = {true};
            open.each(KINDS.get(kind), l -> {
                try {
                    if (!first[0]) {
                        w.write(',');
                    }
                    first[0] = false;
                    w.write(Json.MAPPER.writeValueAsString(l));
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.write(']');
            w.flush();
        };
        return download(body, MediaType.APPLICATION_JSON + ";charset=UTF-8", kind + ".json");
    }

    @GET
    @Path("/{kind: results|demands}.csv")
    @Produces("text/csv")
    @Operation(summary = "Every published result or demand as CSV (UTF-8 with BOM; bulk download)")
    public Response bulkCsv(@PathParam("kind") String kind, @Context HttpServerRequest request,
            @Context UriInfo uri) {
        admit(request, uri, Set.of());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            Csv.row(w, List.of("id", "kind", "title", "summary", "industry", "regionCode", "ownerName", "ownerUscc",
                    "ownerKind", "maturity", "modes", "askingPrice", "budgetMin", "budgetMax", "deadline",
                    "publishedAt", "titleEn", "summaryEn"));
            open.each(KINDS.get(kind), l -> Csv.row(w, Csv.cells(l.id(), l.kind(), l.title(), l.summary(),
                    l.industry(), l.regionCode(), l.ownerName(), l.ownerUscc(), l.ownerKind(), l.maturity(),
                    String.join(";", l.modes()), l.askingPrice(), l.budgetMin(), l.budgetMax(), l.deadline(),
                    l.publishedAt(), l.titleEn(), l.summaryEn())));
            w.flush();
        };
        return download(body, "text/csv;charset=UTF-8", kind + ".csv");
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The change feed: listings published or ended after the cursor (none: from the start), oldest "
            + "first, at most limit (default 100, at most 1000), and the cursor to poll with next")
    public Response changes(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit,
            @Context HttpServerRequest request, @Context UriInfo uri) {
        admit(request, uri, Set.of("cursor", "limit"));
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > 1000) {
            throw ProblemException.badRequest("INVALID_LIMIT").withField("limit", "INVALID_LIMIT");
        }
        return Response.ok(open.changes(cursor, n), MediaType.APPLICATION_JSON).header("Link", LICENCE_LINK).build();
    }

    @GET
    @Path("/statistics/contracts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registered contracts of a year (default: this year to today) in aggregates, by city, "
            + "category, type or month: count, 成交额, 技术交易额")
    public Response statistics(@QueryParam("year") Integer year, @QueryParam("by") String by,
            @Context HttpServerRequest request, @Context UriInfo uri) {
        admit(request, uri, Set.of("year", "by"));
        return Response.ok(figures(year, by), MediaType.APPLICATION_JSON).header("Link", LICENCE_LINK).build();
    }

    @GET
    @Path("/statistics/contracts.csv")
    @Produces("text/csv")
    @Operation(summary = "The same aggregates as CSV")
    public Response statisticsCsv(@QueryParam("year") Integer year, @QueryParam("by") String by,
            @Context HttpServerRequest request, @Context UriInfo uri) {
        admit(request, uri, Set.of("year", "by"));
        ContractFigures f = figures(year, by);
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            Csv.row(w, List.of("key", "label", "labelEn", "count", "totalAmount", "technologyAmount"));
            for (ContractRow r : f.rows()) {
                Csv.row(w, Csv.cells(r.key(), r.label(), r.labelEn(), r.count(), r.totalAmount(),
                        r.technologyAmount()));
            }
            w.flush();
        };
        return download(body, "text/csv;charset=UTF-8", "contracts-" + f.dimension() + "-" + f.from().getYear()
                + ".csv");
    }

    @ServerExceptionMapper
    Response limited(RateLimited e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Messages.negotiate(headers.getAcceptableLanguages());
        return ProblemResponses.response(ProblemResponses.problem(429, "RATE_LIMITED", locale,
                uri.getRequestUri(), List.of(), e.retryAfterSeconds), locale, e.retryAfterSeconds);
    }

    // ---- plumbing ----

    private ContractFigures figures(Integer year, String by) {
        LocalDate today = MarketClock.today(clock);
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > today.getYear()) {
            throw ProblemException.badRequest("INVALID_YEAR", y).withField("year", "INVALID_YEAR");
        }
        ContractDimension dimension = ContractDimension.of(by == null ? "city" : by);
        if (!Set.of(ContractDimension.CITY, ContractDimension.CATEGORY, ContractDimension.TYPE,
                ContractDimension.MONTH).contains(dimension)) {
            throw ProblemException.badRequest("UNKNOWN_DIMENSION", by, "city, category, type, month")
                    .withField("by", "UNKNOWN_DIMENSION");
        }
        Period period = new Period(LocalDate.of(y, 1, 1), y == today.getYear() ? today : LocalDate.of(y, 12, 31));
        ContractFigures f = contracts.figures(new ContractFilter(period, SubMarket.of("450000"), Flow.OUTPUT, null,
                null, null, null, null, null, null), dimension);
        // open data is public: a cell of one or two contracts shows its count, not a deal's price (Disclosure)
        // types nest in categories, which are published too: protected within each category as well
        List<ContractRow> rows = dimension == ContractDimension.TYPE
                ? Disclosure.rowsWithin(f.rows(), r -> gx.techmarket.contracts.events.ContractType.valueOf(r.key())
                        .category().name())
                : Disclosure.rows(f.rows());
        return new ContractFigures(f.dimension(), f.flow(), f.from(), f.to(), f.region(), f.regionLabel(), rows,
                Disclosure.total(f.total()));
    }

    /** Only the parameters the call takes, and a token of the client's share (else 429). */
    private void admit(HttpServerRequest request, UriInfo uri, Set<String> known) {
        String client = request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress();
        OptionalInt wait = limiter.take(client);
        if (wait.isPresent()) {
            throw new RateLimited(wait.getAsInt());
        }
        Parameters.only(uri.getQueryParameters().keySet(), known);
    }

    private static Response download(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Link", LICENCE_LINK).build();
    }
}
