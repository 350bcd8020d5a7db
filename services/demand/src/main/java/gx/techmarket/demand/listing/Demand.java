package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.contracts.events.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A technical demand (技术需求) and its lifecycle. State changes go through the methods, which enforce
 * {@link DemandStatus}; content rules are checked by {@link DemandContent#check}.
 */
@Entity
@Table(name = "demand")
public class Demand {

    @Id
    UUID id;

    @Column(name = "demander_uscc", nullable = false, length = 18)
    String demanderUscc;

    @Column(name = "demander_name", nullable = false, length = 200)
    String demanderName;

    @Column(name = "demander_kind", nullable = false, length = 20)
    String demanderKind;

    @Column(name = "demander_region", nullable = false, length = 6)
    String demanderRegion;

    @Column(name = "demander_parent_uscc", length = 18)
    String demanderParentUscc;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 5000)
    String problem;

    @Column(nullable = false, length = 64)
    String industry;

    @Column(name = "budget_min", nullable = false, precision = 18, scale = 2)
    BigDecimal budgetMin;

    @Column(name = "budget_max", nullable = false, precision = 18, scale = 2)
    BigDecimal budgetMax;

    @Column(nullable = false)
    LocalDate deadline;

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cooperation_modes", nullable = false, columnDefinition = "text[]")
    List<String> cooperationModes = new ArrayList<>();

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    DemandStatus status;

    @Column(name = "rejection_reason", length = 1000)
    String rejectionReason;

    @Column(name = "close_reason", length = 500)
    String closeReason;

    @Column(name = "reviewed_by", length = 200)
    String reviewedBy;

    @Column(name = "created_by", nullable = false, length = 200)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    @Column(nullable = false)
    long version;

    protected Demand() {
        // for Hibernate
    }

    static Demand draft(UUID id, Party demander, String createdBy, DemandContent content, Instant now) {
        Demand d = new Demand();
        d.id = id;
        d.demanderUscc = demander.uscc();
        d.demanderName = demander.name();
        d.demanderKind = demander.kind().name();
        d.demanderRegion = demander.region();
        d.demanderParentUscc = demander.parentUscc();
        d.createdBy = createdBy;
        d.createdAt = now;
        d.status = DemandStatus.DRAFT;
        d.apply(content, now);
        return d;
    }

    /** Replaces the content; only while the demand is editable. */
    void edit(DemandContent content, Instant now) {
        if (!status.isEditable()) {
            throw ProblemException.conflict("DEMAND_NOT_EDITABLE", status.name());
        }
        apply(content, now);
    }

    private void apply(DemandContent c, Instant now) {
        title = c.title();
        problem = c.problem();
        industry = c.industry();
        budgetMin = c.budgetMin();
        budgetMax = c.budgetMax();
        deadline = c.deadline();
        regionCode = c.regionCode();
        cooperationModes = new ArrayList<>(c.cooperationModes().stream().map(Enum::name).toList());
        updatedAt = now;
    }

    /** Sends the demand to its operator; its deadline must still lie ahead. */
    void submit(LocalDate today, Instant now) {
        requireMove(DemandStatus.SUBMITTED);
        requireOpen(today);
        move(DemandStatus.SUBMITTED, now);
        submittedAt = now;
        rejectionReason = null;
        reviewedBy = null;
    }

    /** The operator publishes it; a demand whose deadline is today or past is not published (reject it instead). */
    void approve(String reviewer, LocalDate today, Instant now) {
        requireMove(DemandStatus.PUBLISHED);
        requireOpen(today);
        move(DemandStatus.PUBLISHED, now);
        publishedAt = now;
        reviewedBy = reviewer;
    }

    void reject(String reviewer, String reason, Instant now) {
        move(DemandStatus.REJECTED, now);
        rejectionReason = reason;
        reviewedBy = reviewer;
    }

    void close(String reason, Instant now) {
        move(DemandStatus.CLOSED, now);
        closeReason = reason;
        closedAt = now;
    }

    private void move(DemandStatus next, Instant now) {
        requireMove(next);
        status = next;
        updatedAt = now;
    }

    private void requireMove(DemandStatus next) {
        if (!status.canBecome(next)) {
            throw ProblemException.illegalTransition("Demand", status, next);
        }
    }

    private void requireOpen(LocalDate today) {
        if (!deadline.isAfter(today)) {
            throw ProblemException.conflict("DEADLINE_PASSED", deadline.toString(), today.toString());
        }
    }

    boolean isPostedBy(String uscc) {
        return demanderUscc.equals(uscc);
    }

    List<CooperationMode> cooperationModes() {
        return cooperationModes.stream().map(CooperationMode::valueOf).toList();
    }

    public UUID id() {
        return id;
    }

    public DemandStatus status() {
        return status;
    }

    public String regionCode() {
        return regionCode;
    }
}
