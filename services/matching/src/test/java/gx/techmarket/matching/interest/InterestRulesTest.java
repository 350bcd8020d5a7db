package gx.techmarket.matching.interest;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.OrgKind;
import org.junit.jupiter.api.Test;

/** Who may do what in a conversation: plain rules, no database. */
class InterestRulesTest {

    static final String OWNER = "124501004985024102";
    static final String INTERESTED = "91450100MA5K3B2L5H";
    static final String BROKER = "91450100MA5P2D9E7A";

    @Test
    void theSidesAreFoundByTheOrganisationOnly() {
        assertThat(InterestRules.sideOf(OWNER, OWNER, INTERESTED, null)).contains(Side.OWNER);
        assertThat(InterestRules.sideOf(INTERESTED, OWNER, INTERESTED, BROKER)).contains(Side.INTERESTED);
        assertThat(InterestRules.sideOf(BROKER, OWNER, INTERESTED, BROKER)).contains(Side.BROKER);
        assertThat(InterestRules.sideOf(BROKER, OWNER, INTERESTED, null)).isEmpty();
        assertThat(InterestRules.sideOf(null, OWNER, INTERESTED, null)).isEmpty();
    }

    @Test
    void theOwnerSharesContactsEitherSideInvitesOneBrokerAndCloses() {
        assertThat(InterestRules.actions(Side.OWNER, OrgKind.UNIVERSITY, InterestState.OPEN, ListingKind.RESULT, false))
                .containsExactly("write", "shareContact", "inviteBroker", "close");
        assertThat(InterestRules.actions(Side.INTERESTED, OrgKind.ENTERPRISE, InterestState.OPEN, ListingKind.RESULT,
                false)).containsExactly("write", "inviteBroker", "close");
        assertThat(InterestRules.actions(Side.INTERESTED, OrgKind.ENTERPRISE, InterestState.OPEN, ListingKind.RESULT,
                true)).containsExactly("write", "close");
    }

    @Test
    void aBrokerOnAResultMayStartAContractDraftNotOnADemand() {
        assertThat(InterestRules.actions(Side.BROKER, OrgKind.AGENCY, InterestState.OPEN, ListingKind.RESULT, true))
                .containsExactly("write", "draftContract");
        assertThat(InterestRules.actions(Side.BROKER, OrgKind.AGENCY, InterestState.OPEN, ListingKind.DEMAND, true))
                .containsExactly("write");
        // a broker that expressed the interest itself
        assertThat(InterestRules.actions(Side.INTERESTED, OrgKind.AGENCY, InterestState.OPEN, ListingKind.RESULT,
                false)).containsExactly("write", "inviteBroker", "close", "draftContract");
        assertThat(InterestRules.actions(Side.OWNER, OrgKind.AGENCY, InterestState.OPEN, ListingKind.RESULT, false))
                .doesNotContain("draftContract");
    }

    @Test
    void aClosedConversationOffersNothing() {
        for (Side side : Side.values()) {
            assertThat(InterestRules.actions(side, OrgKind.AGENCY, InterestState.CLOSED, ListingKind.RESULT, true))
                    .isEmpty();
        }
    }

    @Test
    void enterprisesUniversitiesInstitutesAndBrokersMayExpressInterestNobodyElse() {
        assertThat(InterestRules.mayExpressInterest(OrgKind.ENTERPRISE)).isTrue();
        assertThat(InterestRules.mayExpressInterest(OrgKind.UNIVERSITY)).isTrue();
        assertThat(InterestRules.mayExpressInterest(OrgKind.INSTITUTE)).isTrue();
        assertThat(InterestRules.mayExpressInterest(OrgKind.AGENCY)).isTrue();
        assertThat(InterestRules.mayExpressInterest(OrgKind.GOVERNMENT)).isFalse();
        assertThat(InterestRules.mayExpressInterest(OrgKind.REGISTRY)).isFalse();
    }
}
