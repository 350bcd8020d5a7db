package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of a broker's or expert's history: who changed what, when, from what to what. Never changed itself; read
 * only by the person and its keepers (it holds the contact details).
 */
@Entity
@Table(name = "person_change")
public class PersonChange extends Aggregate {

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID personId;

    @Column(insertable = false, updatable = false)
    Long seq;

    @Column(nullable = false, length = 40, updatable = false)
    String action;

    @Column(nullable = false, updatable = false)
    Instant at;

    @Column(name = "actor_user", nullable = false, length = 200, updatable = false)
    String actorUser;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    String actorName;

    @Column(name = "actor_org", nullable = false, length = 18, updatable = false)
    String actorOrg;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", updatable = false)
    Map<String, Object> before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", updatable = false)
    Map<String, Object> after;

    protected PersonChange() {
        // for Hibernate
    }

    PersonChange(UUID personId, String action, String actorUser, String actorName, String actorOrg,
            Map<String, Object> before, Map<String, Object> after, Instant now) {
        super(UUID.randomUUID(), now);
        this.personId = personId;
        this.action = action;
        this.at = now;
        this.actorUser = actorUser;
        this.actorName = actorName;
        this.actorOrg = actorOrg;
        this.before = before;
        this.after = after;
    }

    PeopleViews.PersonHistoryEntry view() {
        return new PeopleViews.PersonHistoryEntry(at, action, actorUser, actorName, actorOrg, before, after);
    }
}
