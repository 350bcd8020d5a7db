package gx.techmarket.registry.review;

import java.time.Instant;
import java.util.List;

/**
 * A contract's expert review as the registry shows it: why, the directory's panel (id and seed, to check the draw
 * there), each drawn expert with its opinion once given, and how many are still missing.
 */
public record ReviewView(ReviewReason reason, String panelId, String field, long seed, String drawnBy,
        Instant drawnAt, List<ExpertView> experts, int opinionsMissing) {

    public record ExpertView(String expertId, String name, String organisationUscc, String organisationName,
            OpinionView opinion) {}

    public record OpinionView(OpinionConclusion conclusion, String opinion, Instant givenAt) {}
}
