package gx.techmarket.notification.notice;

import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    record Found(List<Notification> items, long total) {}

    /** Whom a query is for: the caller's organisation and roles. */
    record Addressee(String org, Set<Role> roles) {

        /** Addressed to the organisation, and to no role or one of the caller's. */
        String where() {
            return roles.isEmpty() ? "recipientUscc = :org and recipientRole is null"
                    : "recipientUscc = :org and (recipientRole is null or recipientRole in :roles)";
        }

        Parameters parameters() {
            Parameters p = Parameters.with("org", org);
            return roles.isEmpty() ? p : p.and("roles", roles);
        }
    }

    boolean exists(String occurrence) {
        return count("occurrence", occurrence) > 0;
    }

    Found addressedTo(Addressee to, boolean unreadOnly, Paging paging) {
        var found = find(to.where() + (unreadOnly ? " and readAt is null" : ""),
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), to.parameters());
        return new Found(found.page(paging.page(), paging.size()).list(), found.count());
    }

    long unread(Addressee to) {
        return count(to.where() + " and readAt is null", to.parameters());
    }

    Optional<Notification> find(UUID id, Addressee to) {
        return find("id = :id and " + to.where(), to.parameters().and("id", id)).firstResultOptional();
    }

    int readAll(Addressee to, Instant now) {
        return update("readAt = :now where readAt is null and " + to.where(), to.parameters().and("now", now));
    }
}
