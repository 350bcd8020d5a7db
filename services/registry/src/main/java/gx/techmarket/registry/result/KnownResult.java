package gx.techmarket.registry.result;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

    @Column(name = "holder_uscc", nullable = false, length = 18)
    String holderUscc;

    @Column(name = "holder_name", nullable = false, length = 200)
    String holderName;

    @Column(name = "holder_kind", nullable = false, length = 20)
    String holderKind;

    @Column(name = "holder_region", nullable = false, length = 6)
    String holderRegion;

    @Column(name = "holder_parent_uscc", length = 18)
    String holderParentUscc;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transfer_modes", nullable = false, columnDefinition = "text[]")
    List<String> transferModes = new ArrayList<>();

    @Column(name = "asking_price", precision = 18, scale = 2)
    BigDecimal askingPrice;

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
        r.holderUscc = e.holder().uscc();
        r.holderName = e.holder().name();
        r.holderKind = e.holder().kind().name();
        r.holderRegion = e.holder().region();
        r.holderParentUscc = e.holder().parentUscc();
        r.transferModes = new ArrayList<>(e.transferModes().stream().map(Enum::name).toList());
        r.askingPrice = e.askingPrice();
        r.regionCode = e.regionCode();
        r.publishedAt = e.publishedAt();
        return r;
    }

    void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    PublishedResult toPublished() {
        return new PublishedResult(id, title,
                new Party(holderUscc, holderName, OrgKind.valueOf(holderKind), holderRegion, holderParentUscc),
                List.copyOf(transferModes), askingPrice, withdrawnAt != null);
    }
}
