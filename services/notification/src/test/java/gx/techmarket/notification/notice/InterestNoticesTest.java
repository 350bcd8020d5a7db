package gx.techmarket.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.BrokerInvited;
import gx.techmarket.contracts.events.InterestAnswered;
import gx.techmarket.contracts.events.InterestExpressed;
import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who hears of 意向洽谈, and what the notice says: the other organisation and the listing's kind, never a message. */
class InterestNoticesTest {

    static final UUID INTEREST = UUID.fromString("6e2b9d41-7c3a-4f58-9b1e-0d4a2c6f8e13");
    static final UUID RESULT = UUID.fromString("3f6b2c1e-9a4d-4e7b-8c2f-5d1a7e9b0c43");
    static final Instant AT = Instant.parse("2026-12-06T02:15:00Z");

    @Test
    void theOwnerHearsOfAnInterestReceived() {
        InterestExpressed e = new InterestExpressed(INTEREST, ListingKind.RESULT, RESULT, "450100", Orgs.GXU,
                Orgs.GX_SUGAR_GROUP, AT);
        assertThat(InterestNotices.of(e)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.INTEREST_RECEIVED);
            assertThat(n.recipient()).isEqualTo(new Recipient(Orgs.GXU.uscc(), null));
            assertThat(n.subjectType()).isEqualTo(SubjectType.INTEREST);
            assertThat(n.link()).isEqualTo("/interests/" + INTEREST);
            assertThat(n.args()).containsEntry("counterparty", Orgs.GX_SUGAR_GROUP.name())
                    .containsEntry("listingKind", "RESULT");
            assertThat(n.occurredAt()).isEqualTo(AT);
            assertThat(n.deadline()).isNull();
        });
    }

    @Test
    void theSenderHearsOfTheAnswer() {
        InterestAnswered e = new InterestAnswered(INTEREST, ListingKind.DEMAND, RESULT, Orgs.BAISE_ALUMINIUM,
                Orgs.GUET, AT);
        assertThat(InterestNotices.of(e)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.INTEREST_ANSWERED);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.GUET.uscc());
            assertThat(n.args()).containsEntry("counterparty", Orgs.BAISE_ALUMINIUM.name())
                    .containsEntry("listingKind", "DEMAND");
        });
    }

    @Test
    void theInvitedBrokersBrokersHearWhoInvitedThemAndWhoTheOtherSideIs() {
        BrokerInvited byInterested = new BrokerInvited(INTEREST, ListingKind.RESULT, RESULT, Orgs.GXU,
                Orgs.GX_SUGAR_GROUP, Orgs.GX_TECH_TRANSFER, Orgs.GX_SUGAR_GROUP.uscc(), AT);
        assertThat(InterestNotices.of(byInterested)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.BROKER_INVITED);
            assertThat(n.recipient()).isEqualTo(new Recipient(Orgs.GX_TECH_TRANSFER.uscc(), Role.BROKER));
            assertThat(n.args()).containsEntry("counterparty", Orgs.GX_SUGAR_GROUP.name())
                    .containsEntry("otherParty", Orgs.GXU.name());
        });
        BrokerInvited byOwner = new BrokerInvited(INTEREST, ListingKind.RESULT, RESULT, Orgs.GXU,
                Orgs.GX_SUGAR_GROUP, Orgs.GX_TECH_TRANSFER, Orgs.GXU.uscc(), AT);
        assertThat(InterestNotices.of(byOwner).get(0).args()).containsEntry("counterparty", Orgs.GXU.name())
                .containsEntry("otherParty", Orgs.GX_SUGAR_GROUP.name());
    }
}
