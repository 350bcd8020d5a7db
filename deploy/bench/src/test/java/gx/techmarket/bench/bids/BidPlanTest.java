package gx.techmarket.bench.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BidPlanTest {

    private final List<UUID> challenges = IntStream.range(0, 7).mapToObj(i -> new UUID(0, i)).toList();

    @Test
    void shouldUseEveryChallengeAndBidderPairExactlyOnce() {
        BidPlan plan = new BidPlan(challenges, 5);
        Set<BidPlan.Pair> seen = new HashSet<>();
        for (long seq = 0; seq < plan.capacity(); seq++) {
            BidPlan.Pair pair = plan.pair(seq);
            assertThat(pair.bidder()).isBetween(0, 4);
            assertThat(seen.add(pair)).as("pair %s used twice", pair).isTrue();
        }
        assertThat(seen).hasSize(35);
    }

    @Test
    void shouldSendSuccessiveBidsToDifferentChallenges() {
        BidPlan plan = new BidPlan(challenges, 5);
        for (long seq = 1; seq < plan.capacity(); seq++) {
            assertThat(plan.pair(seq).challenge()).isNotEqualTo(plan.pair(seq - 1).challenge());
        }
    }

    @Test
    void shouldRefuseAnOperationBeyondTheFixtures() {
        BidPlan plan = new BidPlan(challenges, 5);
        assertThatThrownBy(() -> plan.pair(35)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ran out");
    }

    @Test
    void shouldSizeThePoolForTheOperations() {
        assertThat(BidPlan.challengesFor(10, 5)).isEqualTo(2);
        assertThat(BidPlan.challengesFor(11, 5)).isEqualTo(3);
        assertThat(BidPlan.challengesFor(0, 5)).isEqualTo(1);
        BidPlan plan = new BidPlan(IntStream.range(0, BidPlan.challengesFor(1_234, 5))
                .mapToObj(i -> new UUID(1, i)).toList(), 5);
        assertThat(plan.capacity()).isGreaterThanOrEqualTo(1_234);
    }

    @Test
    void shouldRefuseAPlanWithoutChallengesOrBidders() {
        assertThatThrownBy(() -> new BidPlan(List.of(), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BidPlan(challenges, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
