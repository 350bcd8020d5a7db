package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.FreeText;
import gx.techmarket.platform.security.GuangxiRegion;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A challenge the operator makes: 技术攻关类 from a known published demand ({@code demandId}, in the demand's
 * sub-market), or 成果转化类 from a result still offered ({@code resultId}, in the sub-market {@code regionCode}
 * names, the caller's own by default; only for results). Exactly one of {@code demandId} and {@code resultId}.
 * {@code title} defaults to the demand's or result's; {@code deadline} is when bids close (RFC 3339, must lie ahead).
 */
public record ChallengeRequest(
        UUID demandId,
        UUID resultId,
        @GuangxiRegion String regionCode,
        @Size(max = 200) @FreeText String title,
        @NotNull Instant deadline) {}
