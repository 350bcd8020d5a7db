package gx.techmarket.registry.demand;

import gx.techmarket.contracts.events.DemandPublished;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A demand the demand service published (event-carried state of {@code demand.demands.v1}), and its end: closed by
 * its enterprise, expired, or matched ({@code endedAs}, {@code endedAt}).
 */
@Entity
@Table(name = "known_demand")
class KnownDemand {

    @Id
    UUID id;

    @Column(nullable = false, length = 200)
    String title;

    @Column(name = "demander_uscc", nullable = false, length = 18)
    String demanderUscc;

    @Column(nullable = false)
    LocalDate deadline;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    /** {@code CLOSED}, {@code EXPIRED} or {@code MATCHED} once it left the market; {@code null} while published. */
    @Column(name = "ended_as", length = 10)
    String endedAs;

    @Column(name = "ended_at")
    Instant endedAt;

    @Version
    @Column(nullable = false)
    long version;

    protected KnownDemand() {
        // for Hibernate
    }

    static KnownDemand of(DemandPublished e) {
        KnownDemand d = new KnownDemand();
        d.id = e.demandId();
        d.title = e.title();
        d.demanderUscc = e.demander().uscc();
        d.deadline = e.deadline();
        d.regionCode = e.regionCode();
        d.publishedAt = e.publishedAt();
        return d;
    }

    /** It left the market as {@code how}; the first end counts (one demand's events arrive in order). */
    void end(String how, Instant at) {
        if (endedAs == null) {
            endedAs = how;
            endedAt = at;
        }
    }

    PublishedDemand toPublished() {
        return new PublishedDemand(id, title, demanderUscc, deadline, endedAs);
    }
}
