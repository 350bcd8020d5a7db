package gx.techmarket.platform.publishing.edition;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.publishing.Catalogue;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.web.ContentDisposition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The editions of one catalogue (成果目录 or 需求目录), the service that keeps them: made by an operator for a scope it
 * runs, or by the monthly job for the province and every city with an item; frozen once made; read by anyone. A
 * service's bean extends this with its two entities (tables {@code edition} and {@code edition_file}) and says what
 * its catalogue lists ({@link #items}).
 *
 * @param <E> the service's edition entity
 * @param <F> the service's edition file entity
 */
public abstract class Editions<E extends EditionRecord, F extends EditionFileRecord> {

    /** Who made an edition the monthly job made. */
    public static final String SCHEDULE = "schedule";
    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** An edition never changes: its files may be kept by any cache for a year. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private EditionKind kind;
    private Class<E> editionClass;
    private Class<F> fileClass;
    private String lockName;
    private EntityManager entityManager;
    private Clock clock;
    private String portalUrl;

    /** For the container's proxies only. */
    protected Editions() {}

    /**
     * @param lockName the name the advisory lock of an edition being made begins with (unique in the database)
     * @param portalUrl the public portal the items link to (a trailing slash is dropped)
     */
    protected Editions(EditionKind kind, Class<E> editionClass, Class<F> fileClass, String lockName,
            EntityManager entityManager, Clock clock, String portalUrl) {
        this.kind = kind;
        this.editionClass = editionClass;
        this.fileClass = fileClass;
        this.lockName = lockName;
        this.entityManager = entityManager;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** A new, empty edition entity. */
    protected abstract E newEdition();

    /** The files entity of edition {@code editionId}. */
    protected abstract F newFiles(UUID editionId, byte[] xlsx, byte[] pdf);

    /** The columns of the catalogue. */
    protected abstract List<Catalogue.Column> columns();

    /**
     * What the catalogue lists on {@code today} (China) within {@code key}'s scope, in its order, each item linking to
     * its page on the public portal at {@code portalUrl}; read in the caller's transaction.
     */
    protected abstract List<EditionBook.Item> items(EditionKey key, LocalDate today, String portalUrl);

    /**
     * The operator's edition: the province admin may make one of any scope, a city's admin one of its city (403
     * {@code EDITION_SCOPE_NOT_OPERATED} otherwise); an edition that exists is 409 {@code EDITION_EXISTS}.
     */
    @Transactional
    public EditionView make(Actor actor, EditionRequest request) {
        EditionKey key = EditionKey.of(request.period(), request.scope(), MarketClock.today(clock));
        if (!actor.operates(key.scope())) {
            throw ProblemException.forbidden("EDITION_SCOPE_NOT_OPERATED", key.scopeName());
        }
        return EditionView.of(kind, made(key, actor.username())
                .orElseThrow(() -> ProblemException.conflict("EDITION_EXISTS", key.name(kind))));
    }

    /**
     * The monthly job's work on {@code today} (China): the previous month's editions of the province and of every
     * city with at least one item (now), each in its own transaction; those that exist are left as they are. Returns
     * the editions it made.
     */
    public List<EditionView> makeMonthly(LocalDate today) {
        YearMonth period = YearMonth.from(today).minusMonths(1);
        EditionKey province = new EditionKey(period, GbT2260.GUANGXI);
        List<EditionView> made = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> made(province, SCHEDULE).map(e -> EditionView.of(kind, e))
                .ifPresent(made::add));
        TreeSet<String> cities = QuarkusTransaction.requiringNew().call(() -> {
            TreeSet<String> withItems = new TreeSet<>();
            items(province, MarketClock.today(clock), portalUrl)
                    .forEach(i -> withItems.add(EditionKey.cityOf(i.region())));
            return withItems;
        });
        for (String city : cities) {
            if (EditionKey.isScope(city) && !city.equals(province.scope())) {
                EditionKey key = new EditionKey(period, city);
                QuarkusTransaction.requiringNew().run(() -> made(key, SCHEDULE).map(e -> EditionView.of(kind, e))
                        .ifPresent(made::add));
            }
        }
        return made;
    }

    /** The edition of {@code key} made now from what the catalogue lists now, unless it exists. */
    private Optional<E> made(EditionKey key, String by) {
        lock(key);
        if (find(key).isPresent()) {
            return Optional.empty();
        }
        LocalDate today = MarketClock.today(clock);
        Catalogue catalogue = EditionBook.catalogue(kind, key, today, columns(), items(key, today, portalUrl));
        EditionBook.Files files = EditionBook.files(catalogue);
        E edition = newEdition();
        edition.fill(key, files, by, MarketClock.now(clock));
        entityManager.persist(edition);
        entityManager.persist(newFiles(edition.id, files.xlsx(), files.pdf()));
        return Optional.of(edition);
    }

    /** The editions newest period first, then by scope (the province before its cities); of one scope if given. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public Page<EditionView> list(String scope, Paging paging) {
        String entity = entity();
        String only = scope == null ? "" : " where e.scope = :scope";
        var query = entityManager.createQuery("select e from " + entity + " e" + only
                + (scope == null ? " order by e.period desc, e.scope" : " order by e.period desc"), editionClass);
        var count = entityManager.createQuery("select count(e) from " + entity + " e" + only, Long.class);
        if (scope != null) {
            query.setParameter("scope", EditionKey.scope(scope));
            count.setParameter("scope", EditionKey.scope(scope));
        }
        List<E> page = query.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList();
        return Page.of(page, count.getSingleResult(), paging).map(e -> EditionView.of(kind, e));
    }

    /** The edition of {@code period} and {@code scope}; 404 {@code EDITION_NOT_FOUND} if none was made. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public EditionView get(String period, String scope) {
        return EditionView.of(kind, edition(period, scope));
    }

    /** An edition's file, {@code xlsx} or {@code pdf}, with its name for the download. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public Download file(String period, String scope, String format) {
        E edition = edition(period, scope);
        F files = entityManager.find(fileClass, edition.id);
        boolean xlsx = "xlsx".equals(format);
        return new Download(EditionBook.fileName(edition.name, format), xlsx ? files.xlsx : files.pdf,
                xlsx ? edition.xlsxSha256 : edition.pdfSha256, xlsx ? XLSX : "application/pdf");
    }

    /** A file to send. */
    public record Download(String fileName, byte[] bytes, String sha256, String mediaType) {

        /** The file as the response to a GET: an attachment, cached for a year by anyone, its SHA-256 as ETag. */
        public Response response() {
            return Response.ok(bytes, mediaType)
                    .header("Content-Disposition", ContentDisposition.attachment(fileName))
                    .header("Cache-Control", IMMUTABLE)
                    .header("ETag", "\"" + sha256 + "\"")
                    .build();
        }
    }

    private E edition(String period, String scope) {
        EditionKey key = new EditionKey(EditionKey.period(period), EditionKey.scope(scope));
        return find(key).orElseThrow(() -> ProblemException.notFound("EDITION_NOT_FOUND", period, scope));
    }

    private Optional<E> find(EditionKey key) {
        return entityManager.createQuery("select e from " + entity() + " e where e.period = :period and e.scope = "
                + ":scope", editionClass).setParameter("period", key.periodText()).setParameter("scope", key.scope())
                .getResultStream().findFirst();
    }

    /**
     * Waits until no other transaction makes the edition of {@code key} (an advisory lock held to this transaction's
     * end): the monthly job of two instances and an operator never make the same edition twice.
     */
    private void lock(EditionKey key) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", lockName + " " + key.periodText() + " " + key.scope())
                .getSingleResult();
    }

    private String entity() {
        return entityManager.getMetamodel().entity(editionClass).getName();
    }
}
