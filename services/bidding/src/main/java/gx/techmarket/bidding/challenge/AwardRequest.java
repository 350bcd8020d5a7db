package gx.techmarket.bidding.challenge;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The bid the demander selects. */
public record AwardRequest(@NotNull UUID bidId) {}
