package gx.techmarket.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.MatchesFound;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who hears of a listing's computed matches. */
class MatchNoticesTest {

    static final Instant AT = Instant.parse("2026-12-06T02:20:00Z");
    static final UUID DEMAND = UUID.fromString("5c9e1a3b-7d2f-4a6e-9b8c-1f3d5a7e9c21");

    static MatchesFound found(List<MatchesFound.Match> matches) {
        return new MatchesFound(DEMAND, ListingKind.DEMAND, "甘蔗收获机剥叶损失率高", "450103", Orgs.GX_SUGAR_GROUP,
                matches, AT);
    }

    static MatchesFound.Match match(String title, int score) {
        return new MatchesFound.Match(UUID.randomUUID(), ListingKind.RESULT, title, "450100", Orgs.GXU, score,
                List.of(new MatchesFound.Reason("SHARED_TERMS", List.of("甘蔗", "收获机"))));
    }

    @Test
    void theOwnerAndTheBrokersOfTheCityHearHowManyFitAndTheBest() {
        List<Notice> notices = MatchNotices.of(found(List.of(match("小型甘蔗收获机切割与剥叶装置", 82),
                match("甘蔗剥叶机", 61))), List.of(Orgs.GX_TECH_TRANSFER.uscc()));

        assertThat(notices).extracting(n -> n.recipient().uscc(), n -> n.recipient().role())
                .containsExactly(tuple(Orgs.GX_SUGAR_GROUP.uscc(), null), tuple(Orgs.GX_TECH_TRANSFER.uscc(), Role.BROKER));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MATCHES_FOUND);
            assertThat(n.link()).isEqualTo("/matches#" + DEMAND);
            assertThat(n.args()).containsEntry("count", "2").containsEntry("best", "小型甘蔗收获机切割与剥叶装置")
                    .containsEntry("title", "甘蔗收获机剥叶损失率高").containsEntry("listingKind", "DEMAND");
            assertThat(n.occurredAt()).isEqualTo(AT);
        });
    }

    @Test
    void aListingLeftWithoutMatchesTellsNobody() {
        assertThat(MatchNotices.of(found(List.of()), List.of(Orgs.GX_TECH_TRANSFER.uscc()))).isEmpty();
    }

    @Test
    void aBrokerOwningTheListingIsToldOnceAsTheOwner() {
        MatchesFound e = new MatchesFound(DEMAND, ListingKind.DEMAND, "技术需求", "450100", Orgs.GX_TECH_TRANSFER,
                List.of(match("成果", 70)), AT);
        assertThat(MatchNotices.of(e, List.of(Orgs.GX_TECH_TRANSFER.uscc(), Orgs.GX_TECH_TRANSFER.uscc())))
                .extracting(n -> n.recipient().uscc()).containsExactly(Orgs.GX_TECH_TRANSFER.uscc());
    }

    @Test
    void theCityIsTheFirstFourDigits() {
        assertThat(MatchNotices.city("450103")).isEqualTo("4501");
    }
}
