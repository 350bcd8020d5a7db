package gx.techmarket.directory.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class Memberships implements PanacheRepositoryBase<Membership, UUID> {

    Optional<Membership> of(String userId) {
        return find("userId", userId).firstResultOptional();
    }

    List<Membership> members(String uscc) {
        return list("uscc", Sort.by("role").descending().and("joinedAt").and("username"), uscc);
    }

    long admins(String uscc) {
        return count("uscc = ?1 and role = ?2", uscc, MemberRole.ORG_ADMIN);
    }
}
