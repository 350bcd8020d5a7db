package gx.techmarket.directory.organisation;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of an organisation's history: who changed what, when, from what to what. Never changed itself. */
@Entity
@Table(name = "organisation_change")
public class OrganisationChange extends Aggregate {

    @Column(name = "organisation_uscc", nullable = false, length = 18, updatable = false)
    String organisationUscc;

    /** Given by the database, in insertion order. */
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

    protected OrganisationChange() {
        // for Hibernate
    }

    public OrganisationChange(String organisationUscc, String action, ChangedBy by, Map<String, Object> before,
            Map<String, Object> after, Instant now) {
        super(UUID.randomUUID(), now);
        this.organisationUscc = organisationUscc;
        this.action = action;
        this.at = now;
        this.actorUser = by.username();
        this.actorName = by.displayName();
        this.actorOrg = by.organisation();
        this.before = before;
        this.after = after;
    }

    /** Who made a change: a user of an organisation, or the directory itself (its seed, its daily job). */
    public record ChangedBy(String username, String displayName, String organisation) {}
}
