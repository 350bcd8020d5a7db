package gx.techmarket.bidding.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a published challenge's content: immutable once written. */
@Entity
@Table(name = "challenge_version")
public class ChallengeVersion {

    @Embeddable
    public record Key(@Column(name = "challenge_id") UUID challengeId, @Column(name = "number") int number)
            implements Serializable {}

    @EmbeddedId
    Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, Object> content;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false, columnDefinition = "text[]")
    List<String> changedFields = new ArrayList<>();

    @Column(length = 1000)
    String reason;

    @Column(name = "edited_by", nullable = false, length = 200)
    String editedBy;

    @Column(name = "edited_at", nullable = false)
    Instant editedAt;

    @Column(name = "deadline_moved", nullable = false)
    boolean deadlineMoved;

    protected ChallengeVersion() {
        // for Hibernate
    }

    ChallengeVersion(UUID challengeId, int number, ChallengeSnapshot content, List<String> changedFields,
            String reason, String editedBy, Instant editedAt, boolean deadlineMoved) {
        this.key = new Key(challengeId, number);
        this.content = content.fields();
        this.changedFields = new ArrayList<>(changedFields);
        this.reason = reason;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
        this.deadlineMoved = deadlineMoved;
    }

    ChallengeSnapshot content() {
        return ChallengeSnapshot.ofFields(content);
    }

    int number() {
        return key.number();
    }
}
