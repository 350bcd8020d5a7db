package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.DemandStatus.CLOSED;
import static gx.techmarket.demand.listing.DemandStatus.DRAFT;
import static gx.techmarket.demand.listing.DemandStatus.EXPIRED;
import static gx.techmarket.demand.listing.DemandStatus.MATCHED;
import static gx.techmarket.demand.listing.DemandStatus.PUBLISHED;
import static gx.techmarket.demand.listing.DemandStatus.REJECTED;
import static gx.techmarket.demand.listing.DemandStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandStatusTest {

    @Test
    void shouldFollowTheReviewLifecycle() {
        assertThat(DRAFT.canBecome(SUBMITTED)).isTrue();
        assertThat(SUBMITTED.canBecome(PUBLISHED)).isTrue();
        assertThat(SUBMITTED.canBecome(REJECTED)).isTrue();
        assertThat(REJECTED.canBecome(SUBMITTED)).isTrue();
        assertThat(PUBLISHED.canBecome(CLOSED)).isTrue();
        assertThat(PUBLISHED.canBecome(MATCHED)).isTrue();
        assertThat(PUBLISHED.canBecome(EXPIRED)).isTrue();
    }

    @Test
    void shouldAllowExactlyTheDocumentedMoves() {
        for (DemandStatus from : DemandStatus.values()) {
            Set<DemandStatus> allowed = EnumSet.noneOf(DemandStatus.class);
            for (DemandStatus to : DemandStatus.values()) {
                if (from.canBecome(to)) {
                    allowed.add(to);
                }
            }
            Set<DemandStatus> documented = switch (from) {
                case DRAFT, REJECTED -> EnumSet.of(SUBMITTED);
                case SUBMITTED -> EnumSet.of(PUBLISHED, REJECTED);
                case PUBLISHED -> EnumSet.of(MATCHED, CLOSED, EXPIRED);
                case MATCHED, CLOSED, EXPIRED -> EnumSet.noneOf(DemandStatus.class);
            };
            assertThat(allowed).as("moves from %s", from).isEqualTo(documented);
        }
    }

    @Test
    void shouldRefuseShortcutsAndResurrections() {
        assertThat(DRAFT.canBecome(PUBLISHED)).isFalse();
        assertThat(REJECTED.canBecome(PUBLISHED)).isFalse();
        assertThat(DRAFT.canBecome(CLOSED)).isFalse();
        assertThat(SUBMITTED.canBecome(CLOSED)).isFalse();
        assertThat(PUBLISHED.canBecome(DRAFT)).isFalse();
        assertThat(PUBLISHED.canBecome(PUBLISHED)).isFalse();
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(CLOSED.canBecome(s)).isFalse();
            assertThat(MATCHED.canBecome(s)).isFalse();
            assertThat(EXPIRED.canBecome(s)).isFalse();
        }
    }

    @Test
    void onlyDraftsAndRejectedDemandsAreEditable() {
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(s.isEditable()).as("%s editable", s).isEqualTo(s == DRAFT || s == REJECTED);
        }
    }

    @Test
    void onlyPublishedAndMatchedDemandsArePublic() {
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(s.isPublic()).as("%s public", s).isEqualTo(s == PUBLISHED || s == MATCHED);
        }
    }

    @Test
    void matchedClosedAndExpiredAreFinal() {
        for (DemandStatus s : DemandStatus.values()) {
            assertThat(s.isFinal()).as("%s final", s).isEqualTo(s == MATCHED || s == CLOSED || s == EXPIRED);
        }
    }
}
