package gx.techmarket.matching.listing;

import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.platform.domain.OrgSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A result or a demand as its owner last published it, kept from {@code catalogue.results.v1} and
 * {@code demand.demands.v1}. Only {@link ListingConsumer} writes it. A withdrawn result stays known (a conversation
 * about it keeps its title) but is closed: nobody can express a new interest in it.
 */
@Entity
@Table(name = "known_listing")
public class KnownListing {

    @Id
    UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    ListingKind kind;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Embedded
    @EmbeddedColumnNaming("owner_%s")
    OrgSnapshot owner;

    /** A demand's 截止日期 (the last day it is listed), {@code null} for a result. */
    @Column
    LocalDate deadline;

    @Column(nullable = false)
    boolean open;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Version
    @Column(nullable = false)
    long version;

    // What matching needs of the content (V2): a result's summary or a demand's problem, and its facts. Listings
    // published before V2 have none until their next publication.

    /** A result's 摘要 or a demand's 技术难题. */
    @Column
    String summary;

    @Column(length = 64)
    String industry;

    /** A result's 技术成熟度 (contracts Maturity name). */
    @Column(length = 20)
    String maturity;

    @Column
    Integer trl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transfer_modes", nullable = false, columnDefinition = "text[]")
    List<String> transferModes = new ArrayList<>();

    @Column(name = "asking_price", precision = 18, scale = 2)
    BigDecimal askingPrice;

    @Column(name = "price_negotiable", nullable = false)
    boolean priceNegotiable;

    @Column(name = "budget_min", precision = 18, scale = 2)
    BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 18, scale = 2)
    BigDecimal budgetMax;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes", nullable = false, columnDefinition = "text[]")
    List<String> cooperationModes = new ArrayList<>();

    protected KnownListing() {
        // for Hibernate
    }

    /** A result as first heard of (public so tests can build one). */
    public static KnownListing of(ResultPublished e, Instant now) {
        KnownListing l = of(e.resultId(), ListingKind.RESULT, e.title(), e.regionCode(), e.holder(), e.publishedAt(),
                now);
        l.content(e);
        return l;
    }

    /** A newer publication of this result. */
    boolean republished(ResultPublished e, Instant now) {
        if (!republished(e.title(), e.regionCode(), e.holder(), e.publishedAt(), now)) {
            return false;
        }
        content(e);
        return true;
    }

    private void content(ResultPublished e) {
        summary = e.summary();
        industry = e.industry();
        maturity = e.maturity().name();
        trl = e.trl();
        transferModes = new ArrayList<>(e.transferModes().stream().map(Enum::name).toList());
        askingPrice = e.askingPrice();
        priceNegotiable = e.priceNegotiable();
    }

    private void content(DemandPublished e) {
        summary = e.problem();
        industry = e.industry();
        budgetMin = e.budgetMin();
        budgetMax = e.budgetMax();
        cooperationModes = new ArrayList<>(e.cooperationModes().stream().map(Enum::name).toList());
    }

    /** A demand as first heard of (public so tests can build one). */
    public static KnownListing of(DemandPublished e, Instant now) {
        KnownListing l = of(e.demandId(), ListingKind.DEMAND, e.title(), e.regionCode(), e.demander(),
                e.publishedAt(), now);
        l.deadline = e.deadline();
        l.content(e);
        return l;
    }

    /** A newer publication of this demand (its deadline may have moved). */
    boolean republished(DemandPublished e, Instant now) {
        if (!republished(e.title(), e.regionCode(), e.demander(), e.publishedAt(), now)) {
            return false;
        }
        deadline = e.deadline();
        content(e);
        return true;
    }

    private static KnownListing of(UUID id, ListingKind kind, String title, String region, Party owner,
            Instant publishedAt, Instant now) {
        KnownListing l = new KnownListing();
        l.id = id;
        l.kind = kind;
        l.apply(title, region, owner, publishedAt, now);
        return l;
    }

    /**
     * Takes a newer publication of the same listing; an older one (late or replayed) changes nothing, and a
     * publication never reopens a listing closed after it.
     */
    boolean republished(String title, String region, Party owner, Instant publishedAt, Instant now) {
        Instant at = micros(publishedAt);
        if (!at.isAfter(this.publishedAt) || (closedAt != null && !at.isAfter(closedAt))) {
            return false;
        }
        apply(title, region, owner, publishedAt, now);
        return true;
    }

    /** Off the market from {@code at} on (a withdrawal); a closure older than the last publication is ignored. */
    boolean closed(Instant at, Instant now) {
        Instant when = micros(at);
        if (!open || when.isBefore(publishedAt)) {
            return false;
        }
        open = false;
        closedAt = when;
        receivedAt = now;
        return true;
    }

    private void apply(String title, String region, Party owner, Instant publishedAt, Instant now) {
        this.title = title;
        this.regionCode = region;
        this.owner = OrgSnapshot.of(owner);
        this.publishedAt = micros(publishedAt);
        this.open = true;
        this.closedAt = null;
        this.receivedAt = now;
    }

    /** PostgreSQL keeps microseconds; comparing at that precision keeps a replay from looking newer. */
    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public ListingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String regionCode() {
        return regionCode;
    }

    /** The result's holder or the demander, as the publication named it. */
    public Party owner() {
        return owner.toParty();
    }

    /** A result's 摘要 or a demand's 技术难题; {@code null} for a listing known from before V2 not republished since. */
    public String summary() {
        return summary;
    }

    public String industry() {
        return industry;
    }

    /** A result's maturity (contracts Maturity name), {@code null} for a demand. */
    public String maturity() {
        return maturity;
    }

    public Integer trl() {
        return trl;
    }

    /** A result's transfer modes (contracts TransferMode names). */
    public List<String> transferModes() {
        return List.copyOf(transferModes);
    }

    /** A result's 意向价格 in 元, {@code null} when 面议. */
    public BigDecimal askingPrice() {
        return askingPrice;
    }

    public boolean priceNegotiable() {
        return priceNegotiable;
    }

    public BigDecimal budgetMin() {
        return budgetMin;
    }

    public BigDecimal budgetMax() {
        return budgetMax;
    }

    /** A demand's cooperation modes (contracts CooperationMode names). */
    public List<String> cooperationModes() {
        return List.copyOf(cooperationModes);
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Whether it is on the market on {@code today} (China date): not withdrawn, and a demand not past its deadline. */
    public boolean listedOn(LocalDate today) {
        return open && (deadline == null || !today.isAfter(deadline));
    }
}
