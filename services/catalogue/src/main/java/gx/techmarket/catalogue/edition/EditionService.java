package gx.techmarket.catalogue.edition;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.publishing.Catalogue;
import gx.techmarket.platform.publishing.edition.EditionBook;
import gx.techmarket.platform.publishing.edition.EditionKey;
import gx.techmarket.platform.publishing.edition.EditionKind;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The editions of the 可供转化的科技成果目录: made by an operator for a scope it runs, or by the monthly job for the
 * province and every city with a published result; frozen once made; read by anyone.
 */
@ApplicationScoped
class EditionService {

    /** Who made an edition the monthly job made. */
    static final String SCHEDULE = "schedule";

    private final EditionRepository editions;
    private final Clock clock;
    private final String portalUrl;

    EditionService(EditionRepository editions, Clock clock,
            @ConfigProperty(name = "techmarket.catalogue.portal-url") String portalUrl) {
        this.editions = editions;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /**
     * The operator's edition: the province admin may make one of any scope, a city's admin one of its city (403
     * {@code EDITION_SCOPE_NOT_OPERATED} otherwise); an edition that exists is 409 {@code EDITION_EXISTS}.
     */
    @Transactional
    EditionView make(Actor actor, EditionRequest request) {
        EditionKey key = EditionKey.of(request.period(), request.scope(), MarketClock.today(clock));
        if (!actor.operates(key.scope())) {
            throw ProblemException.forbidden("EDITION_SCOPE_NOT_OPERATED", key.scopeName());
        }
        return EditionView.of(made(key, actor.username())
                .orElseThrow(() -> ProblemException.conflict("EDITION_EXISTS", key.name(EditionKind.RESULTS))));
    }

    /**
     * The monthly job's work on {@code today} (China): the previous month's editions of the province and of every
     * city with at least one published result, each in its own transaction; those that exist are left as they are.
     * Returns the editions it made.
     */
    List<EditionView> makeMonthly(LocalDate today) {
        YearMonth period = YearMonth.from(today).minusMonths(1);
        EditionKey province = new EditionKey(period, GbT2260.GUANGXI);
        List<EditionView> made = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> made(province, SCHEDULE).map(EditionView::of)
                .ifPresent(made::add));
        TreeSet<String> cities = QuarkusTransaction.requiringNew().call(() -> {
            TreeSet<String> withItems = new TreeSet<>();
            editions.listed(province).forEach(r -> withItems.add(EditionKey.cityOf(r.region())));
            return withItems;
        });
        for (String city : cities) {
            if (EditionKey.isScope(city) && !city.equals(province.scope())) {
                EditionKey key = new EditionKey(period, city);
                QuarkusTransaction.requiringNew().run(() -> made(key, SCHEDULE).map(EditionView::of)
                        .ifPresent(made::add));
            }
        }
        return made;
    }

    /** The edition of {@code key} made now from the results published now, unless it exists. */
    private Optional<Edition> made(EditionKey key, String by) {
        editions.lock(key);
        if (editions.find(key).isPresent()) {
            return Optional.empty();
        }
        var items = editions.listed(key).stream().map(r -> ResultCatalogue.item(r, portalUrl)).toList();
        Catalogue catalogue = EditionBook.catalogue(EditionKind.RESULTS, key, MarketClock.today(clock),
                ResultCatalogue.COLUMNS, items);
        EditionBook.Files files = EditionBook.files(catalogue);
        Edition edition = Edition.of(key, files, by, MarketClock.now(clock));
        editions.persist(edition);
        editions.persist(new EditionFile(edition.id, files.xlsx(), files.pdf()));
        return Optional.of(edition);
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Page<EditionView> list(String scope, Paging paging) {
        return editions.newest(scope == null ? null : EditionKey.scope(scope), paging).map(EditionView::of);
    }

    /** The edition of {@code period} and {@code scope}; 404 {@code EDITION_NOT_FOUND} if none was made. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    EditionView get(String period, String scope) {
        return EditionView.of(edition(period, scope));
    }

    /** An edition's file, {@code xlsx} or {@code pdf}, with its name for the download. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    Download file(String period, String scope, String format) {
        Edition edition = edition(period, scope);
        EditionFile files = editions.files(edition.id);
        boolean xlsx = "xlsx".equals(format);
        return new Download(EditionBook.fileName(edition.name, format), xlsx ? files.xlsx : files.pdf,
                xlsx ? edition.xlsxSha256 : edition.pdfSha256);
    }

    /** A file to send. */
    record Download(String fileName, byte[] bytes, String sha256) {}

    private Edition edition(String period, String scope) {
        EditionKey key = new EditionKey(EditionKey.period(period), EditionKey.scope(scope));
        return editions.find(key).orElseThrow(() -> ProblemException.notFound("EDITION_NOT_FOUND", period, scope));
    }
}
