package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.DemandStatus.CLOSED;
import static gx.techmarket.demand.listing.DemandStatus.DRAFT;
import static gx.techmarket.demand.listing.DemandStatus.EXPIRED;
import static gx.techmarket.demand.listing.DemandStatus.LIFECYCLE;
import static gx.techmarket.demand.listing.DemandStatus.MATCHED;
import static gx.techmarket.demand.listing.DemandStatus.PUBLISHED;
import static gx.techmarket.demand.listing.DemandStatus.REJECTED;
import static gx.techmarket.demand.listing.DemandStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandStatusTest {

    /**
     * The review itself is the listing kernel's (ListingAccessTest); after it, a demand is closed by its enterprise,
     * matched or expired by the market.
     */
    @Test
    void aPublishedDemandIsClosedMatchedOrExpired() {
        assertThat(LIFECYCLE.apply("close", PUBLISHED)).isEqualTo(CLOSED);
        assertThat(LIFECYCLE.apply("match", PUBLISHED)).isEqualTo(MATCHED);
        assertThat(LIFECYCLE.apply("expire", PUBLISHED)).isEqualTo(EXPIRED);
        assertThat(LIFECYCLE.actionsFrom(PUBLISHED)).containsExactly("close", "match", "expire");
        assertThat(LIFECYCLE.moves()).noneMatch(m -> m.reserved());
    }

    /**
     * The market's moves (kept out of every caller's actions) are exactly those into MATCHED and EXPIRED and the one
     * out of MATCHED (its challenge cancelled or failed).
     */
    @Test
    void theMarketsMovesAreTheOnesIntoMatchedAndExpiredAndOutOfMatched() {
        assertThat(LIFECYCLE.moves().stream().filter(m -> m.to() == MATCHED || m.to() == EXPIRED
                || m.from().contains(MATCHED)).map(m -> m.action()).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(DemandStatus.SYSTEM_MOVES);
    }

    @Test
    void aMatchedDemandIsReopenedOrExpiredWhenItsChallengeEnds() {
        assertThat(LIFECYCLE.apply("reopen", MATCHED)).isEqualTo(PUBLISHED);
        assertThat(LIFECYCLE.apply("expire", MATCHED)).isEqualTo(EXPIRED);
        assertThat(LIFECYCLE.actionsFrom(MATCHED)).containsExactlyInAnyOrder("reopen", "expire");
    }

    @Test
    void theStatusFilterAdmitsEveryStateAndNothingElse() {
        assertThat(DemandStatus.NAMES.split("\\|"))
                .containsExactlyInAnyOrder(java.util.Arrays.stream(DemandStatus.values()).map(Enum::name)
                        .toArray(String[]::new));
    }

    @Test
    void shouldAllowExactlyTheDocumentedMoves() {
        for (DemandStatus from : DemandStatus.values()) {
            Set<DemandStatus> allowed = EnumSet.noneOf(DemandStatus.class);
            for (DemandStatus to : DemandStatus.values()) {
                if (LIFECYCLE.leads(from, to)) {
                    allowed.add(to);
                }
            }
            Set<DemandStatus> documented = switch (from) {
                case DRAFT, REJECTED -> EnumSet.of(SUBMITTED);
                case SUBMITTED -> EnumSet.of(PUBLISHED, REJECTED);
                case PUBLISHED -> EnumSet.of(MATCHED, CLOSED, EXPIRED);
                case MATCHED -> EnumSet.of(PUBLISHED, EXPIRED);
                case CLOSED, EXPIRED -> EnumSet.noneOf(DemandStatus.class);
            };
            assertThat(allowed).as("moves from %s", from).isEqualTo(documented);
        }
    }

    @Test
    void shouldRefuseShortcutsAndResurrections() {
        assertThat(LIFECYCLE.allows("approve", DRAFT)).isFalse();
        assertThat(LIFECYCLE.allows("approve", REJECTED)).isFalse();
        assertThat(LIFECYCLE.allows("close", DRAFT)).isFalse();
        assertThat(LIFECYCLE.allows("close", SUBMITTED)).isFalse();
        assertThat(LIFECYCLE.allows("approve", PUBLISHED)).isFalse();
        assertThat(LIFECYCLE.allows("match", SUBMITTED)).isFalse();
        assertThat(LIFECYCLE.allows("expire", DRAFT)).isFalse();
        assertThatThrownBy(() -> LIFECYCLE.apply("close", CLOSED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> LIFECYCLE.apply("match", EXPIRED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> LIFECYCLE.apply("close", MATCHED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> LIFECYCLE.apply("reopen", PUBLISHED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> LIFECYCLE.apply("reopen", EXPIRED)).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyPublishedAndMatchedDemandsArePublic() {
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(s.isPublic()).as("%s public", s).isEqualTo(s == PUBLISHED || s == MATCHED);
        }
    }

    @Test
    void closedAndExpiredAreFinal() {
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(LIFECYCLE.isFinal(s)).as("%s final", s).isEqualTo(s == CLOSED || s == EXPIRED);
        }
    }
}
