package gx.techmarket.registry.result;

import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.platform.domain.OrgSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A result the catalogue published (event-carried state of {@code catalogue.results.v1}), and its withdrawal. */
@Entity
@Table(name = "known_result")
class KnownResult {

    @Id
    UUID id;

    @Column(nullable = false, length = 200)
    String title;

    @Embedded
    @EmbeddedColumnNaming("holder_%s")
    OrgSnapshot holder;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transfer_modes", nullable = false, columnDefinition = "text[]")
    List<String> transferModes = new ArrayList<>();

    @Column(name = "asking_price", precision = 18, scale = 2)
    BigDecimal askingPrice;

    /** 领域: the result's industry code; null for a result learnt before the registry kept it. */
    @Column(length = 64)
    String industry;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Version
    @Column(nullable = false)
    long version;

    protected KnownResult() {
        // for Hibernate
    }

    static KnownResult of(ResultPublished e) {
        KnownResult r = new KnownResult();
        r.id = e.resultId();
        r.title = e.title();
        r.holder = OrgSnapshot.of(e.holder());
        r.transferModes = new ArrayList<>(e.transferModes().stream().map(Enum::name).toList());
        r.askingPrice = e.askingPrice();
        r.industry = e.industry();
        r.regionCode = e.regionCode();
        r.publishedAt = e.publishedAt();
        return r;
    }

    /** The industry of a result learnt before the registry kept it (V9); a known one stays. */
    void learnIndustry(String code) {
        if (industry == null) {
            industry = code;
        }
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    PublishedResult toPublished() {
        return new PublishedResult(id, title, holder.toParty(), List.copyOf(transferModes), askingPrice,
                withdrawnAt != null, industry);
    }
}
