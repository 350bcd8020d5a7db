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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

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

    protected KnownListing() {
        // for Hibernate
    }

    /** A result as first heard of (public so tests can build one). */
    public static KnownListing of(ResultPublished e, Instant now) {
        return of(e.resultId(), ListingKind.RESULT, e.title(), e.regionCode(), e.holder(), e.publishedAt(), now);
    }

    /** A demand as first heard of (public so tests can build one). */
    public static KnownListing of(DemandPublished e, Instant now) {
        KnownListing l = of(e.demandId(), ListingKind.DEMAND, e.title(), e.regionCode(), e.demander(),
                e.publishedAt(), now);
        l.deadline = e.deadline();
        return l;
    }

    /** A newer publication of this demand (its deadline may have moved). */
    boolean republished(DemandPublished e, Instant now) {
        if (!republished(e.title(), e.regionCode(), e.demander(), e.publishedAt(), now)) {
            return false;
        }
        deadline = e.deadline();
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

    /** Whether it is on the market on {@code today} (China date): not withdrawn, and a demand not past its deadline. */
    public boolean listedOn(LocalDate today) {
        return open && (deadline == null || !today.isAfter(deadline));
    }
}
