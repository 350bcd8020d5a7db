package gx.techmarket.bidding.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One milestone of a 揭榜协议: what is delivered when, and the part of the province's support it releases. */
@Embeddable
public class Milestone {

    @Column(nullable = false)
    int number;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 5000)
    String deliverables;

    @Column(name = "due_date", nullable = false)
    LocalDate dueDate;

    @Column(name = "support_amount", nullable = false, precision = 18, scale = 2)
    BigDecimal supportAmount;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    MilestoneStatus status;

    @Column(name = "report_summary", length = 5000)
    String reportSummary;

    @Column(name = "reported_by", length = 200)
    String reportedBy;

    @Column(name = "reported_at")
    Instant reportedAt;

    @Column(name = "check_opinion", length = 5000)
    String checkOpinion;

    @Column(name = "checked_by", length = 200)
    String checkedBy;

    @Column(name = "checked_at")
    Instant checkedAt;

    @Column(name = "return_reason", length = 1000)
    String returnReason;

    @Column(name = "returned_at")
    Instant returnedAt;

    @Column(name = "accepted_by", length = 200)
    String acceptedBy;

    @Column(name = "accepted_at")
    Instant acceptedAt;

    protected Milestone() {
        // for Hibernate
    }

    Milestone(int number, String title, String deliverables, LocalDate dueDate, BigDecimal supportAmount) {
        this.number = number;
        this.title = title;
        this.deliverables = deliverables;
        this.dueDate = dueDate;
        this.supportAmount = supportAmount;
        this.status = MilestoneStatus.PLANNED;
    }

    /** The winner's report (a new one replaces the report that was sent back). */
    void report(String summary, String by, Instant now) {
        status = MilestoneStatus.LIFECYCLE.apply("report", status);
        reportSummary = summary;
        reportedBy = by;
        reportedAt = now;
    }

    /** The experts' check opinion, as the operator records it. */
    void check(String opinion, String by, Instant now) {
        status = MilestoneStatus.LIFECYCLE.apply("check", status);
        checkOpinion = opinion;
        checkedBy = by;
        checkedAt = now;
    }

    /** 验收. */
    void accept(String by, Instant now) {
        status = MilestoneStatus.LIFECYCLE.apply("accept", status);
        acceptedBy = by;
        acceptedAt = now;
    }

    /** Sent back with {@code reason}: the winner reports it again. */
    void sendBack(String reason, Instant now) {
        status = MilestoneStatus.LIFECYCLE.apply("send-back", status);
        returnReason = reason;
        returnedAt = now;
    }

    public MilestoneStatus status() {
        return status;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String deliverables() {
        return deliverables;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal supportAmount() {
        return supportAmount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone m && number == m.number && title.equals(m.title)
                && deliverables.equals(m.deliverables) && dueDate.equals(m.dueDate)
                && supportAmount.compareTo(m.supportAmount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, deliverables, dueDate);
    }
}
