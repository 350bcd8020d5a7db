package gx.techmarket.bidding.result;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.platform.domain.OrgSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * A result (科技成果) as the catalogue published it: what a 成果转化类 challenge offers. Kept from
 * {@code catalogue.results.v1}; a withdrawn result stays known (a challenge may refer to it) but cannot be offered.
 */
@Entity
@Table(name = "known_result")
public class KnownResult {

    @Id
    UUID id;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 5000)
    String summary;

    @Column(nullable = false, length = 64)
    String industry;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Embedded
    @EmbeddedColumnNaming("holder_%s")
    OrgSnapshot holder;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Version
    @Column(nullable = false)
    long version;

    protected KnownResult() {
        // for Hibernate
    }

    /** A result as first heard of (public so domain tests can build one). */
    public static KnownResult of(ResultPublished event, Instant now) {
        KnownResult r = new KnownResult();
        r.id = event.resultId();
        r.apply(event, now);
        return r;
    }

    /** A newer publication replaces the content (and a withdrawal before it); an older one is ignored. */
    boolean update(ResultPublished event, Instant now) {
        Instant at = micros(event.publishedAt());
        if (!at.isAfter(publishedAt) || withdrawnAt != null && !at.isAfter(withdrawnAt)) {
            return false;
        }
        apply(event, now);
        withdrawnAt = null;
        return true;
    }

    /** The holder took it off the market (a withdrawal older than the publication known is ignored). */
    boolean withdraw(ResultWithdrawn event, Instant now) {
        Instant at = micros(event.withdrawnAt());
        if (at.isBefore(publishedAt) || withdrawnAt != null) {
            return false;
        }
        withdrawnAt = at;
        receivedAt = now;
        return true;
    }

    private void apply(ResultPublished e, Instant now) {
        title = e.title();
        summary = e.summary();
        industry = e.industry();
        regionCode = e.regionCode();
        holder = OrgSnapshot.of(e.holder());
        publishedAt = micros(e.publishedAt());
        receivedAt = now;
    }

    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String industry() {
        return industry;
    }

    /** The sub-market the result is listed in: its operator reviews the holder's proposal. */
    public String regionCode() {
        return regionCode;
    }

    /** 成果持有方 as the catalogue named it. */
    public Party holder() {
        return holder.toParty();
    }

    /** Still offered: published and not withdrawn. */
    public boolean isOffered() {
        return withdrawnAt == null;
    }
}
