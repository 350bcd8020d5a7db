package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A result or demand with its suggested listings of the other side (匹配推荐), as the matching service shows them
 * ({@code GET /matches}, {@code /demands/{id}/matches}, {@code /results/{id}/matches}), best first.
 */
@TemplateData
public record ListingMatchesView(UUID listingId, String kind, String title, String regionCode, String ownerName,
        boolean listed, Instant computedAt, List<Suggestion> suggestions) {

    /**
     * A suggested listing: score 0–100, the reasons in plain language (zh-CN and en), the caller's open conversation
     * about it and {@code actions} ({@code expressInterest}).
     */
    @TemplateData
    public record Suggestion(UUID listingId, String kind, String title, String regionCode, String ownerName,
            String ownerKind, int rank, int score, List<Reason> reasons, UUID openInterestId, List<String> actions)
            implements Actionable {}

    /** Why a suggestion fits: its code, the shared words, the sentence. */
    @TemplateData
    public record Reason(String code, List<String> terms, String zh, String en) {}
}
