package gx.techmarket.bidding.demand;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which demands already have a live challenge. The challenge feature answers it; the read model asks only to tell an
 * operator whether a demand may still become a challenge ({@link DemandView#actions}), and knows nothing else of
 * challenges.
 */
public interface ChallengedDemands {

    /** Which of {@code demandIds} have a challenge that was not cancelled. */
    Set<UUID> challenged(List<UUID> demandIds);
}
