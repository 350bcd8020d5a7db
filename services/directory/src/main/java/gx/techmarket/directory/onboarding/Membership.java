package gx.techmarket.directory.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user of an organisation, as the directory holds it (the source Keycloak's org_id is written from). */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    UUID id;

    @Column(nullable = false, length = 18)
    String uscc;

    @Column(name = "user_id", nullable = false, length = 64)
    String userId;

    @Column(nullable = false, length = 200)
    String username;

    @Column(name = "display_name", nullable = false, length = 200)
    String displayName;

    @Column(length = 200)
    String email;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    MemberRole role;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    @Column(name = "added_by", nullable = false, length = 200)
    String addedBy;

    protected Membership() {
        // for Hibernate
    }

    Membership(String uscc, KeycloakUsers.User user, MemberRole role, String addedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.uscc = uscc;
        this.userId = user.id();
        this.username = user.username();
        this.displayName = user.displayName();
        this.email = user.email();
        this.role = role;
        this.addedBy = addedBy;
        this.joinedAt = now;
    }

    boolean administers(String organisation) {
        return role == MemberRole.ORG_ADMIN && uscc.equals(organisation);
    }
}
