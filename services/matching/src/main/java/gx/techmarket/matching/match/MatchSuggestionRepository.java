package gx.techmarket.matching.match;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class MatchSuggestionRepository implements PanacheRepositoryBase<MatchSuggestion, MatchSuggestion.Key> {

    /** The listing's suggestions, best first. */
    List<MatchSuggestion> of(UUID listingId) {
        return list("key.listingId = ?1 order by rank", listingId);
    }

    /** The listings that suggest {@code matchedId}. */
    List<UUID> suggesting(UUID matchedId) {
        return getEntityManager()
                .createQuery("select s.key.listingId from MatchSuggestion s where s.key.matchedId = ?1", UUID.class)
                .setParameter(1, matchedId).getResultList();
    }
}
