package gx.techmarket.notification.announcement;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.platform.domain.OrgSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/** A 通知公告 or 政策文件 an operator published on the public front, until it is withdrawn. */
@Entity
@Table(name = "announcement")
public class Announcement extends ChangingAggregate {

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    AnnouncementKind kind;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false, length = 20000)
    String body;

    @Embedded
    @EmbeddedColumnNaming("publisher_%s")
    OrgSnapshot publisher;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    AnnouncementStatus status;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 200)
    String publishedBy;

    @Column(name = "withdrawn_at")
    Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 200)
    String withdrawnBy;

    protected Announcement() {
        // for Hibernate
    }

    /** Published at once: an operator's announcement needs no review. */
    Announcement(UUID id, AnnouncementKind kind, String title, String body, Party publisher, String username,
            Instant now) {
        super(id, now);
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.publisher = OrgSnapshot.of(publisher);
        this.status = AnnouncementStatus.PUBLISHED;
        this.publishedAt = now;
        this.publishedBy = username;
    }

    void withdraw(String username, Instant now) {
        status = AnnouncementStatus.LIFECYCLE.apply("withdraw", status);
        withdrawnAt = now;
        withdrawnBy = username;
        touch(now);
    }

    boolean isPublishedBy(String uscc) {
        return publisher.is(uscc);
    }

    /** The publishing organisation's region when it published: whose sub-market the announcement belongs to. */
    String publisherRegion() {
        return publisher.region();
    }
}
