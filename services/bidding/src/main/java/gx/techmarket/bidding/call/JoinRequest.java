package gx.techmarket.bidding.call;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A draft challenge of the call's sub-market that joins the call. */
public record JoinRequest(@NotNull UUID challengeId) {}
