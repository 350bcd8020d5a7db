package gx.techmarket.catalogue.result;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Results written by other means than the form (the bulk import): the same rules as {@link ResultResource}'s create,
 * then many drafts at once.
 */
@ApplicationScoped
public class ResultDrafts {

    private final ResultRepository results;
    private final Clock clock;

    ResultDrafts(ResultRepository results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    /** Checks the rules between the fields of {@code request} as the form's create does (400 on the field at fault). */
    public void check(ResultRequest request) {
        request.toContent();
    }

    /**
     * Creates one draft per request, held by the caller's organisation, in the caller's transaction (all or none);
     * returns their ids in the requests' order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> draftAll(Actor actor, List<ResultRequest> requests) {
        Instant now = MarketClock.now(clock);
        List<UUID> ids = new ArrayList<>();
        for (ResultRequest request : requests) {
            Result result = Result.draft(UUID.randomUUID(), actor.organisation(), actor.username(),
                    request.toContent(), now);
            results.persist(result);
            ids.add(result.id());
        }
        return ids;
    }

    /** The titles of the results {@code ids} held by the caller's organisation, by id (others left out). */
    public Map<UUID, String> titles(Actor actor, List<UUID> ids) {
        Map<UUID, String> titles = new HashMap<>();
        for (UUID id : ids) {
            Result r = results.findById(id);
            if (r != null && r.isOwnedBy(actor.orgId())) {
                titles.put(id, r.title());
            }
        }
        return titles;
    }
}
