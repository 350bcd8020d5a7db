package gx.techmarket.statistics.projection;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One generation of the facts: the live one, one being built from offset 0, or an earlier one.
 *
 * @param generation    its number, counting up
 * @param state         {@code LIVE}, {@code BUILDING}, {@code RETIRED} (an earlier live one) or {@code FAILED}
 * @param requestedBy   who asked for the rebuild ({@code null} for the first generation)
 * @param startedAt     when it began
 * @param finishedAt    when it went live, or failed
 * @param eventsRead    events the replay applied
 * @param eventsSkipped records it passed over (poison: they went to the dead-letter topic live too)
 * @param error         why it failed
 */
@Schema(description = "A generation of the statistics' facts (重建 from offset 0)")
public record RebuildView(int generation, String state, String requestedBy, Instant startedAt, Instant finishedAt,
        long eventsRead, long eventsSkipped, String error) {}
