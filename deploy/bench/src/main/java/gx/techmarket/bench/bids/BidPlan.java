package gx.techmarket.bench.bids;

import java.util.List;
import java.util.UUID;

/**
 * Which (challenge, bidder organisation) operation {@code seq} of a phase bids with: every pair at most once (the
 * service accepts one bid per organisation per challenge), and consecutive operations on different challenges
 * ({@code challenge = seq mod C}, {@code bidder = seq div C}), so the bids of one moment do not queue on one
 * challenge's row lock. The phase has {@code C × bidders} operations at most.
 */
record BidPlan(List<UUID> challenges, int bidders) {

    /** One bid: the challenge and the index of the bidder organisation. */
    record Pair(UUID challenge, int bidder) {}

    BidPlan {
        if (challenges.isEmpty() || bidders <= 0) {
            throw new IllegalArgumentException("a bid plan needs challenges and bidders: " + challenges.size()
                    + " challenges, " + bidders + " bidders");
        }
        challenges = List.copyOf(challenges);
    }

    long capacity() {
        return (long) challenges.size() * bidders;
    }

    Pair pair(long seq) {
        if (seq < 0 || seq >= capacity()) {
            throw new IllegalStateException("the phase's fixtures ran out: operation " + seq + " of at most "
                    + capacity() + " legitimate new bids (" + challenges.size() + " challenges × " + bidders
                    + " bidders)");
        }
        int c = challenges.size();
        return new Pair(challenges.get((int) (seq % c)), (int) (seq / c));
    }

    /** The number of challenges a phase of {@code operations} bids needs with {@code bidders} bidders. */
    static int challengesFor(long operations, int bidders) {
        return (int) Math.max(1, (operations + bidders - 1) / bidders);
    }
}
