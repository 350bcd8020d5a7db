package gx.techmarket.matching.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a conversation, never changed: a message, or a contact the owner's side shared (written as it was
 * at that moment).
 */
@Entity
@Table(name = "interest_message")
public class InterestMessage {

    /** What an entry is. */
    public enum Kind { MESSAGE, CONTACT }

    @Id
    UUID id;

    @Column(name = "interest_id", nullable = false)
    UUID interestId;

    @Column(nullable = false)
    int seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Kind kind;

    @Column(name = "author_uscc", nullable = false, length = 18)
    String authorUscc;

    @Column(name = "author_org", nullable = false, length = 200)
    String authorOrg;

    @Column(name = "author_name", nullable = false, length = 200)
    String authorName;

    @Column(length = 4000)
    String body;

    @Column(name = "contact_name", length = 100)
    String contactName;

    @Column(name = "contact_phone", length = 30)
    String contactPhone;

    @Column(name = "contact_email", length = 254)
    String contactEmail;

    @Column(name = "written_at", nullable = false)
    Instant writtenAt;

    protected InterestMessage() {
        // for Hibernate
    }

    static InterestMessage message(Interest interest, String authorUscc, String authorOrg, String authorName,
            String body, Instant now) {
        InterestMessage m = entry(interest, Kind.MESSAGE, authorUscc, authorOrg, authorName, now);
        m.body = body;
        return m;
    }

    static InterestMessage contact(Interest interest, String authorUscc, String authorOrg, String authorName,
            ContactRequest contact, Instant now) {
        InterestMessage m = entry(interest, Kind.CONTACT, authorUscc, authorOrg, authorName, now);
        m.contactName = contact.name();
        m.contactPhone = contact.phone();
        m.contactEmail = contact.email();
        return m;
    }

    private static InterestMessage entry(Interest interest, Kind kind, String authorUscc, String authorOrg,
            String authorName, Instant now) {
        InterestMessage m = new InterestMessage();
        m.id = UUID.randomUUID();
        m.interestId = interest.id;
        m.seq = interest.messageCount;
        m.kind = kind;
        m.authorUscc = authorUscc;
        m.authorOrg = authorOrg;
        m.authorName = authorName.length() > 200 ? authorName.substring(0, 200) : authorName;
        m.writtenAt = now;
        return m;
    }
}
