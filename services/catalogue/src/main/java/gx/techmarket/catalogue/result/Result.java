package gx.techmarket.catalogue.result;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A result (科技成果) and its lifecycle. State changes go through the methods, which enforce {@link ResultStatus}. */
@Entity
@Table(name = "result")
public class Result {

    @Id
    UUID id;

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

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 5000)
    String summary;

    @Column(nullable = false, length = 64)
    String industry;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    gx.techmarket.contracts.events.Maturity maturity;

    @Column
    Integer trl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "transfer_modes", nullable = false, columnDefinition = "text[]")
    List<String> transferModes = new ArrayList<>();

    @Column(name = "asking_price", precision = 18, scale = 2)
    BigDecimal askingPrice;

    @Column(name = "price_negotiable", nullable = false)
    boolean priceNegotiable;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "patent_numbers", nullable = false, columnDefinition = "text[]")
    List<String> patentNumbers = new ArrayList<>();

    @Column(name = "region_code", nullable = false, length = 6)
    String regionCode;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ResultStatus status;

    @Column(name = "rejection_reason", length = 1000)
    String rejectionReason;

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

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Version
    @Column(nullable = false)
    long version;

    protected Result() {
        // for Hibernate
    }

    static Result draft(UUID id, Party holder, String createdBy, ResultContent content, Instant now) {
        Result r = new Result();
        r.id = id;
        r.holderUscc = holder.uscc();
        r.holderName = holder.name();
        r.holderKind = holder.kind().name();
        r.holderRegion = holder.region();
        r.holderParentUscc = holder.parentUscc();
        r.createdBy = createdBy;
        r.createdAt = now;
        r.status = ResultStatus.DRAFT;
        r.apply(content, now);
        return r;
    }

    /** Replaces the content; only while the result is editable. */
    void edit(ResultContent content, Instant now) {
        if (!status.isEditable()) {
            throw ProblemException.conflict("RESULT_NOT_EDITABLE", status.name());
        }
        apply(content, now);
    }

    private void apply(ResultContent c, Instant now) {
        title = c.title();
        summary = c.summary();
        industry = c.industry();
        maturity = c.maturity();
        trl = c.trl();
        transferModes = new ArrayList<>(c.transferModes().stream().map(Enum::name).toList());
        askingPrice = c.askingPrice();
        priceNegotiable = c.priceNegotiable();
        patentNumbers = new ArrayList<>(c.patentNumbers());
        regionCode = c.regionCode();
        updatedAt = now;
    }

    void submit(Instant now) {
        move(ResultStatus.SUBMITTED, now);
        submittedAt = now;
        rejectionReason = null;
    }

    void approve(Instant now) {
        move(ResultStatus.PUBLISHED, now);
        publishedAt = now;
    }

    void reject(String reason, Instant now) {
        move(ResultStatus.REJECTED, now);
        rejectionReason = reason;
    }

    void withdraw(Instant now) {
        move(ResultStatus.WITHDRAWN, now);
        withdrawnAt = now;
    }

    private void move(ResultStatus next, Instant now) {
        if (!status.canBecome(next)) {
            throw ProblemException.illegalTransition("Result", status, next);
        }
        status = next;
        updatedAt = now;
    }

    boolean isHeldBy(String uscc) {
        return holderUscc.equals(uscc);
    }

    public UUID id() {
        return id;
    }

    public ResultStatus status() {
        return status;
    }

    public String regionCode() {
        return regionCode;
    }
}
