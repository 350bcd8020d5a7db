package gx.techmarket.bidding.challenge;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.contracts.events.Party;
import java.time.Duration;
import java.time.Instant;

/** The 揭榜制 rules on time, eligibility and sealing, in plain Java. Times come from the service's injected clock. */
public final class BiddingPolicy {

    /**
     * The longest a challenge stays open for bids. 揭榜 calls run for weeks or a few months; a deadline years ahead is
     * a typing error, and one past year 9999 could not be stored (PostgreSQL) nor written as RFC 3339 in the events.
     */
    public static final Duration LONGEST_BIDDING_PERIOD = Duration.ofDays(366);

    private BiddingPolicy() {}

    /** Bids are accepted strictly before the deadline; at the deadline the challenge is closed. */
    public static boolean isOpen(Instant deadline, Instant now) {
        return now.isBefore(deadline);
    }

    /** A new challenge's deadline must lie ahead, at most {@link #LONGEST_BIDDING_PERIOD} from now. */
    public static void requireDeadlineAhead(Instant deadline, Instant now) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.badRequest("DEADLINE_NOT_IN_FUTURE", deadline);
        }
        if (deadline.isAfter(now.plus(LONGEST_BIDDING_PERIOD))) {
            throw ProblemException.badRequest("DEADLINE_TOO_FAR", deadline, LONGEST_BIDDING_PERIOD.toDays());
        }
    }

    /** Publishing a challenge whose deadline has meanwhile passed would open nothing. */
    public static void requireDeadlineAheadToPublish(Instant deadline, Instant now) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.conflict("DEADLINE_PASSED", deadline);
        }
    }

    public static void requireBidInTime(Instant deadline, Instant now) {
        if (!isOpen(deadline, now)) {
            throw ProblemException.conflict("BID_AFTER_DEADLINE", deadline);
        }
    }

    public static void requireAwardAfterDeadline(Instant deadline, Instant now) {
        if (isOpen(deadline, now)) {
            throw ProblemException.conflict("AWARD_BEFORE_DEADLINE", deadline);
        }
    }

    /**
     * The bidder may not be the demander, nor its parent, nor its subsidiary (by USCC and the parent relation, as
     * the token and the demand name them).
     */
    public static boolean isConflictOfInterest(Party bidder, Party demander) {
        return bidder.isSameParentOrSubsidiaryOf(demander.uscc(), demander.parentUscc());
    }

    public static void requireEligibleBidder(Party bidder, Party demander) {
        if (isConflictOfInterest(bidder, demander)) {
            throw ProblemException.conflict("BIDDER_CONFLICT_OF_INTEREST", bidder.uscc(), demander.uscc());
        }
    }

    /**
     * Bids are sealed: before the deadline only the bidder's organisation sees its bid; from the deadline on the
     * demander's organisation and the operator of the challenge's sub-market see every bid as well.
     */
    public static boolean maySeeBid(Actor viewer, String bidderUscc, String demanderUscc, String regionCode,
            Instant deadline, Instant now) {
        if (viewer.belongsTo(bidderUscc)) {
            return true;
        }
        if (isOpen(deadline, now)) {
            return false;
        }
        return viewer.belongsTo(demanderUscc) || viewer.operates(regionCode);
    }
}
