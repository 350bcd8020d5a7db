package gx.techmarket.bidding.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.testing.Orgs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of consortium bids, withdrawal and reconfirmation, in plain Java. */
class BidRulesTest {

    static final Instant DEADLINE = Instant.parse("2026-12-31T16:00:00Z");

    @Test
    void aConsortiumListsEachMemberOnceNeverItsLeadAndAtMostTen() {
        String lead = Orgs.GXU.uscc();
        assertThatCode(() -> BiddingPolicy.requireMemberList(lead, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> BiddingPolicy.requireMemberList(lead, List.of(Orgs.GXAS.uscc(), Orgs.GUET.uscc())))
                .doesNotThrowAnyException();
        refused(() -> BiddingPolicy.requireMemberList(lead, List.of(Orgs.GXAS.uscc(), lead)), 400,
                "CONSORTIUM_LEAD_AS_MEMBER", "members[1]");
        refused(() -> BiddingPolicy.requireMemberList(lead, List.of(Orgs.GXAS.uscc(), Orgs.GUET.uscc(),
                Orgs.GXAS.uscc())), 400, "CONSORTIUM_MEMBER_DUPLICATE", "members[2]");
        List<String> eleven = Orgs.all().stream().map(p -> p.uscc()).filter(u -> !u.equals(lead)).limit(11).toList();
        assertThatCode(() -> BiddingPolicy.requireMemberList(lead, eleven.subList(0, 10))).doesNotThrowAnyException();
        refused(() -> BiddingPolicy.requireMemberList(lead, eleven), 400, "CONSORTIUM_TOO_LARGE", "members");
    }

    @Test
    void aMemberIsHeldToTheBiddersRule() {
        for (Relation r : Relation.values()) {
            ThrowingCallable check = () -> BiddingPolicy.requireEligibleMember(Orgs.GX_SUGAR_GROUP, Orgs.GUILIN_SUGAR,
                    r);
            if (BiddingPolicy.isConflictOfInterest(r)) {
                refused(check, 409, "CONSORTIUM_MEMBER_CONFLICT_OF_INTEREST", null);
            } else {
                assertThatCode(check).as(r.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aBidIsWithdrawnStrictlyBeforeTheDeadline() {
        assertThatCode(() -> BiddingPolicy.requireWithdrawalInTime(DEADLINE, DEADLINE.minus(Duration.ofSeconds(1))))
                .doesNotThrowAnyException();
        refused(() -> BiddingPolicy.requireWithdrawalInTime(DEADLINE, DEADLINE), 409, "WITHDRAWAL_AFTER_DEADLINE",
                null);
    }

    @Test
    void onlyTheCurrentVersionOfTheChallengeIsBidOnOrReconfirmed() {
        assertThatCode(() -> BiddingPolicy.requireCurrentVersion(null, 3)).doesNotThrowAnyException();
        assertThatCode(() -> BiddingPolicy.requireCurrentVersion(3L, 3)).doesNotThrowAnyException();
        refused(() -> BiddingPolicy.requireCurrentVersion(2L, 3), 409, "CHALLENGE_VERSION_STALE", null);
    }

    @Test
    void withdrawalAndReconfirmationAreImplementedMovesOfTheBid() {
        assertThat(BidStatus.LIFECYCLE.apply("withdraw", BidStatus.SUBMITTED)).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(BidStatus.LIFECYCLE.apply("withdraw", BidStatus.INVALIDATED)).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(BidStatus.LIFECYCLE.apply("withdraw", BidStatus.RECONFIRMED)).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(BidStatus.LIFECYCLE.apply("reconfirm", BidStatus.INVALIDATED)).isEqualTo(BidStatus.RECONFIRMED);
        for (BidStatus decided : List.of(BidStatus.SELECTED, BidStatus.NOT_SELECTED, BidStatus.WITHDRAWN)) {
            assertThat(BidStatus.LIFECYCLE.allows("withdraw", decided)).as(decided.name()).isFalse();
        }
        assertThat(BidStatus.LIFECYCLE.allows("reconfirm", BidStatus.SUBMITTED)).isFalse();
    }

    private static void refused(ThrowingCallable call, int status, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status()).isEqualTo(status);
            assertThat(p.code()).isEqualTo(code);
            if (field != null) {
                assertThat(p.field()).isEqualTo(field);
            }
        });
    }
}
