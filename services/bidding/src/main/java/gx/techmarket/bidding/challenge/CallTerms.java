package gx.techmarket.bidding.challenge;

import gx.techmarket.contracts.events.ChallengeKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a call (榜单批次, package {@code bidding.call}) imposes on a challenge that joins it: its sub-market (the
 * challenge's region must lie in it), the kinds it gathers, the closing time (the challenge's deadline), and the terms
 * the evaluation and agreement read from the challenge.
 */
public record CallTerms(
        UUID callId,
        String title,
        String regionCode,
        Set<ChallengeKind> kinds,
        Instant closesAt,
        int minimumQualifiedBids,
        BigDecimal supportShare,
        int complaintPeriodDays) {}
