package gx.techmarket.matching.interest;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class InterestRepository implements PanacheRepositoryBase<Interest, UUID> {

    /** What {@code ?role=} accepts: conversations the caller's organisation began, received, brokers, or all. */
    static final String ROLES = "sent|received|brokered|all";

    Optional<Interest> openOf(UUID listingId, String interestedUscc) {
        return find("listingId = ?1 and interested.uscc = ?2 and state = ?3", listingId, interestedUscc,
                InterestState.OPEN).firstResultOptional();
    }

    /** The conversations {@code orgId} takes part in as {@code role}, last written first. */
    Page<Interest> of(String orgId, String role, InterestState state, Paging paging) {
        String who = switch (role) {
            case "sent" -> "interested.uscc = :org";
            case "received" -> "owner.uscc = :org";
            case "brokered" -> "broker.uscc = :org";
            default -> "(interested.uscc = :org or owner.uscc = :org or broker.uscc = :org)";
        };
        Parameters params = Parameters.with("org", orgId);
        if (state != null) {
            who += " and state = :state";
            params.and("state", state);
        }
        PanacheQuery<Interest> query = find(who, Sort.descending("lastMessageAt").and("id"), params);
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }

    /** Counts per listing region and state within the regions starting with {@code prefix}. */
    List<InterestCount> counts(String prefix) {
        return getEntityManager().createQuery("select new gx.techmarket.matching.interest.InterestCount("
                        + "i.listingRegion, i.state, count(i)) from Interest i where i.listingRegion like :prefix"
                        + " group by i.listingRegion, i.state order by i.listingRegion, i.state", InterestCount.class)
                .setParameter("prefix", prefix + "%")
                .getResultList();
    }

    List<InterestMessage> entries(UUID interestId) {
        return getEntityManager().createQuery("from InterestMessage m where m.interestId = :id order by m.seq",
                InterestMessage.class).setParameter("id", interestId).getResultList();
    }

    void persist(InterestMessage message) {
        getEntityManager().persist(message);
    }
}
