package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A drawn expert panel, recorded as drawn and never changed: the request, the seed, who was drawn (names as they
 * were), who was avoided and why, who asked and when.
 */
@Entity
@Table(name = "panel")
public class Panel extends Aggregate {

    @Column(nullable = false, length = 30, updatable = false)
    @Enumerated(EnumType.STRING)
    PanelPurpose purpose;

    @Column(name = "subject_id", nullable = false, length = 64, updatable = false)
    String subjectId;

    @Column(nullable = false, length = 64, updatable = false)
    String field;

    @Column(nullable = false, updatable = false)
    int size;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false, updatable = false)
    List<String> parties;

    @Column(nullable = false, updatable = false)
    long seed;

    @Column(name = "draw_date", nullable = false, updatable = false)
    LocalDate drawDate;

    @Column(nullable = false, updatable = false)
    int candidates;

    @Column(nullable = false, updatable = false)
    int eligible;

    /** {expertId, name, organisationUscc, organisationName} in draw order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false, updatable = false)
    List<Map<String, Object>> drawn;

    /** {expertId, name, organisationUscc, partyUscc, reason, relation, declaredUscc, declaredKind}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false, updatable = false)
    List<Map<String, Object>> avoided;

    @Column(name = "requested_by_subject", nullable = false, length = 64, updatable = false)
    String requestedBySubject;

    @Column(name = "requested_by_user", nullable = false, length = 200, updatable = false)
    String requestedByUser;

    @Column(name = "requested_by_name", nullable = false, length = 200, updatable = false)
    String requestedByName;

    @Column(name = "requested_by_org", nullable = false, length = 18, updatable = false)
    String requestedByOrg;

    /** The requester's organisation's region: the admins of its sub-market read the panel. */
    @Column(nullable = false, length = 6, updatable = false)
    String region;

    protected Panel() {
        // for Hibernate
    }

    Panel(PanelRequest r, long seed, LocalDate drawDate, int candidates, int eligible,
            List<Map<String, Object>> drawn, List<Map<String, Object>> avoided, String subject, String username,
            String displayName, String org, String region, Instant now) {
        super(UUID.randomUUID(), now);
        this.purpose = r.purpose();
        this.subjectId = r.subjectId();
        this.field = r.field();
        this.size = r.size();
        this.parties = List.copyOf(r.parties());
        this.seed = seed;
        this.drawDate = drawDate;
        this.candidates = candidates;
        this.eligible = eligible;
        this.drawn = drawn;
        this.avoided = avoided;
        this.requestedBySubject = subject;
        this.requestedByUser = username;
        this.requestedByName = displayName;
        this.requestedByOrg = org;
        this.region = region;
    }
}
