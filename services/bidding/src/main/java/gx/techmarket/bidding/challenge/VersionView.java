package gx.techmarket.bidding.challenge;

import java.time.Instant;
import java.util.List;

/**
 * One version of a challenge's content.
 *
 * @param changedFields  what this version changed from the one before (empty for version 1)
 * @param reason         the operator's reason for the edit ({@code null} for version 1)
 * @param editedAt       when it took effect (version 1: the publication)
 * @param deadlineMoved  whether the 7-day rule moved the deadline the operator asked for later
 */
public record VersionView(int number, ChallengeSnapshot content, List<String> changedFields, String reason,
        String editedBy, Instant editedAt, boolean deadlineMoved) {

    static VersionView of(ChallengeVersion v) {
        return new VersionView(v.number(), v.content(), List.copyOf(v.changedFields), v.reason, v.editedBy, v.editedAt,
                v.deadlineMoved);
    }
}
