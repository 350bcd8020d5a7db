package gx.techmarket.bidding.challenge;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A 技术攻关类 challenge from a known published demand. {@code title} defaults to the demand's; {@code deadline} is
 * when bids close (RFC 3339, must lie ahead).
 */
public record ChallengeRequest(
        @NotNull UUID demandId,
        @Size(max = 200) String title,
        @NotNull Instant deadline) {}
