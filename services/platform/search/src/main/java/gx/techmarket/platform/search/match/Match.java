package gx.techmarket.platform.search.match;

import java.util.List;
import java.util.Objects;

/**
 * A listing on the other side that fits: its id, the score (0–100, {@link MatchScore}) and the reasons, strongest
 * first.
 */
public record Match(String id, int score /* 0..100 */, List<MatchReason> reasons /* strongest first */) {

    public Match {
        Objects.requireNonNull(id, "id");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score " + score + " outside 0–100");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
