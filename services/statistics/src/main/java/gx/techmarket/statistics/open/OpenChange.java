package gx.techmarket.statistics.open;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change of the published listings: {@code PUBLISHED} (new, or published again), or its end ({@code WITHDRAWN},
 * {@code MATCHED}, {@code CLOSED}, {@code EXPIRED}).
 */
public record OpenChange(UUID listingId, String kind, String change, Instant at) {

    /**
     * A page of the change feed: the changes after the cursor, oldest first, and the cursor to poll with next (the
     * same cursor when nothing is new).
     */
    public record Feed(List<OpenChange> items, String nextCursor) {}
}
