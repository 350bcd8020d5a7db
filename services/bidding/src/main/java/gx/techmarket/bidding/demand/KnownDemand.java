package gx.techmarket.bidding.demand;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Party;
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
 * A published demand as the demand service announced it ({@code DemandPublished}). Read-only to the rest of the
 * service: only {@link DemandConsumer} writes it.
 */
@Entity
@Table(name = "known_demand")
public class KnownDemand {

    @Id
    UUID id;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 5000)
    String problem;

    @Column(nullable = false, length = 64)
    String industry;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Column(name = "budget_min", precision = 18, scale = 2)
    BigDecimal budgetMin;

    @Column(name = "budget_max", precision = 18, scale = 2)
    BigDecimal budgetMax;

    @Column(nullable = false)
    LocalDate deadline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes", nullable = false, columnDefinition = "text[]")
    List<String> cooperationModes = new ArrayList<>();

    @Embedded
    @EmbeddedColumnNaming("demander_%s")
    OrgSnapshot demander;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    /** How the demand left the market ({@code null}: still on it); final, as in the demand service. */
    @Enumerated(EnumType.STRING)
    @Column(name = "off_market", length = 10)
    OffMarket offMarket;

    @Column(name = "off_market_at")
    Instant offMarketAt;

    /** Why a demand is no longer on the market. */
    public enum OffMarket {
        /** 已关闭: its demander took it off ({@code DemandClosed}). */
        CLOSED,
        /** 已过期: its deadline passed ({@code DemandExpired}). */
        EXPIRED,
        /** 已匹配: a technical contract was drafted for it ({@code DemandMatched} with its contract). */
        MATCHED
    }

    @Version
    @Column(nullable = false)
    long version;

    protected KnownDemand() {
        // for Hibernate
    }

    /** A demand as first heard of; the consumer creates these (public so domain tests can build one). */
    public static KnownDemand of(DemandPublished event, Instant now) {
        KnownDemand d = new KnownDemand();
        d.id = event.demandId();
        d.apply(event, now);
        return d;
    }

    /**
     * Takes the content of a newer publication of the same demand; an older one (delivered late or replayed) is
     * ignored, so the read model always shows the latest publication whatever the order of arrival.
     *
     * @return whether anything changed
     */
    boolean update(DemandPublished event, Instant now) {
        if (!micros(event.publishedAt()).isAfter(publishedAt)) {
            return false;
        }
        apply(event, now);
        return true;
    }

    private void apply(DemandPublished e, Instant now) {
        title = e.title();
        problem = e.problem();
        industry = e.industry();
        regionCode = e.regionCode();
        budgetMin = e.budgetMin();
        budgetMax = e.budgetMax();
        deadline = e.deadline();
        cooperationModes = new ArrayList<>(e.cooperationModes().stream().map(CooperationMode::name).toList());
        demander = OrgSnapshot.of(e.demander());
        publishedAt = micros(e.publishedAt());
        receivedAt = now;
    }

    /**
     * The demand left the market; the first word stays (each of these is final in the demand service, so a second
     * one is a replay or a late event).
     *
     * @return whether anything changed
     */
    boolean leave(OffMarket how, Instant at) {
        if (offMarket != null) {
            return false;
        }
        offMarket = how;
        offMarketAt = micros(at);
        return true;
    }

    /** How it left the market, if it did. */
    public java.util.Optional<OffMarket> offMarket() {
        return java.util.Optional.ofNullable(offMarket);
    }

    /**
     * Whether a challenge may still be made or proposed from it: on the market. Its expiry is the demand service's
     * word ({@code DemandExpired}, from its hourly job after the deadline), not a date this service works out.
     */
    public boolean isOpen() {
        return offMarket == null;
    }

    /** PostgreSQL keeps microseconds; comparing at that precision keeps a replay from looking newer. */
    private static Instant micros(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String regionCode() {
        return regionCode;
    }

    /** 技术难题 as the demand states it. */
    public String problem() {
        return problem;
    }

    /** The demand's industry code: the field of a challenge made from it. */
    public String industry() {
        return industry;
    }

    public BigDecimal budgetMin() {
        return budgetMin;
    }

    public BigDecimal budgetMax() {
        return budgetMax;
    }

    /**
     * 需求方 as the demand's publication named it: whose challenge it becomes. Who may not bid on it is decided by its
     * USCC in the directory's group tree, not by the parent named here.
     */
    public Party demander() {
        return demander.toParty();
    }
}
