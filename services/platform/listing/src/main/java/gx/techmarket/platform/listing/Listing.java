package gx.techmarket.platform.listing;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.platform.domain.Lifecycle;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a result (科技成果) and a demand (技术需求) share: an organisation's listing, written as a draft, submitted to
 * the operator of its region, sent back with a reason or published. The subclass keeps its own content, its owner
 * (under the column prefix of its role, e.g. {@code holder_}), the moves beyond review and the events they raise;
 * every change of state goes through {@link #next} (the lifecycle's one check) and one of the methods that enter
 * the state.
 *
 * @param <S> the listing's status enum
 * @param <C> what its owner writes about it (validated at the edge)
 */
@MappedSuperclass
public abstract class Listing<S extends Enum<S> & ListingStatus, C extends ListingContent> extends ChangingAggregate {

    /** The move that sends a listing to review; the content can change exactly where it is possible. */
    static final String SUBMIT = "submit";

    @Column(nullable = false, length = 200)
    protected String title;

    /** The title in English, optional (shown to English readers: the China–ASEAN platform). */
    @Column(name = "title_en", length = 200)
    protected String titleEn;

    /** The summary (a result's 摘要, a demand's problem) in English, optional. */
    @Column(name = "summary_en", length = 2000)
    protected String summaryEn;

    @Column(nullable = false, length = 64)
    protected String industry;

    @Column(name = "region_code", nullable = false, length = 6)
    protected String regionCode;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    protected S status;

    @Column(name = "rejection_reason", length = 1000)
    protected String rejectionReason;

    @Column(name = "created_by", nullable = false, length = 200)
    protected String createdBy;

    @Column(name = "submitted_at")
    protected Instant submittedAt;

    @Column(name = "published_at")
    protected Instant publishedAt;

    @Transient
    private Lifecycle<S> lifecycle;

    @Transient
    private String notEditable;

    /**
     * A listing moving by {@code lifecycle}; {@code notEditable} is the 409 code for a change of content its state
     * does not allow, e.g. {@code RESULT_NOT_EDITABLE}.
     */
    protected Listing(Lifecycle<S> lifecycle, String notEditable) {
        this.lifecycle = lifecycle;
        this.notEditable = notEditable;
    }

    /** The organisation that owns the listing (the result's holder, the demand's demander). */
    public abstract OrgSnapshot owner();

    /** Writes what is the subclass's own of {@code content} into its fields. */
    protected abstract void apply(C content);

    private void write(C content) {
        title = content.title();
        titleEn = content.titleEn();
        summaryEn = content.summaryEn();
        industry = content.industry();
        regionCode = content.regionCode();
        apply(content);
    }

    /** A new draft with {@code content} by {@code createdBy}; the subclass has set its owner. */
    protected final void draft(UUID newId, String createdBy, S draft, C content, Instant now) {
        this.id = newId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = draft;
        write(content);
    }

    /**
     * Replaces the content; only while the listing can be submitted (a draft, a rejection), else 409 naming the
     * listing by its title.
     */
    public final void edit(C content, Instant now) {
        if (!isEditable()) {
            throw ProblemException.conflict(notEditable, title);
        }
        write(content);
        updatedAt = now;
    }

    /** The owner may change the content exactly while it may (re)submit it: before review, after a rejection. */
    public boolean isEditable() {
        return lifecycle.allows(SUBMIT, status);
    }

    /** The state {@code action} leads to from here, or the 409 the lifecycle refuses it with. The one check. */
    protected final S next(String action) {
        return lifecycle.apply(action, status);
    }

    /** Enters {@code next} (from {@link #next}). */
    protected final void enter(S next, Instant now) {
        status = next;
        updatedAt = now;
    }

    /** Enters the submitted state {@code next}: a resubmission forgets the last rejection. */
    protected final void enterSubmitted(S next, Instant now) {
        enter(next, now);
        submittedAt = now;
        rejectionReason = null;
    }

    /** Enters the published state {@code next}. */
    protected final void enterPublished(S next, Instant now) {
        enter(next, now);
        publishedAt = now;
    }

    /** The operator sends the submission back with {@code reason}, shown to the owner. */
    protected final void enterRejected(String reason, Instant now) {
        enter(next("reject"), now);
        rejectionReason = reason;
    }

    public boolean isOwnedBy(String uscc) {
        return owner().is(uscc);
    }

    /** The lifecycle's implemented actions from the current state, and {@code edit} first if the state allows it. */
    public List<String> possibleActions() {
        List<String> out = new ArrayList<>();
        if (isEditable()) {
            out.add(ListingAccess.EDIT);
        }
        out.addAll(lifecycle.actionsFrom(status));
        return out;
    }

    public String title() {
        return title;
    }

    /** The English title, or {@code null}. */
    public String titleEn() {
        return titleEn;
    }

    /** The English summary, or {@code null}. */
    public String summaryEn() {
        return summaryEn;
    }

    public String industry() {
        return industry;
    }

    public String regionCode() {
        return regionCode;
    }

    public S status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** An optional free-text reason as kept: {@code null} when blank, stripped otherwise. */
    public static String optionalReason(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
