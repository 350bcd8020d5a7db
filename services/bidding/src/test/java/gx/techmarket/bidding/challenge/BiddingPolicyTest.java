package gx.techmarket.bidding.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The 揭榜制 rules without Quarkus. */
class BiddingPolicyTest {

    static final Instant DEADLINE = Instant.parse("2026-12-31T16:00:00Z");

    @Nested
    class ConflictOfInterest {

        @Test
        void shouldRefuseTheDemanderItself() {
            assertThat(BiddingPolicy.isConflictOfInterest(Orgs.BAISE_ALUMINIUM, Orgs.BAISE_ALUMINIUM)).isTrue();
        }

        @Test
        void shouldRefuseTheDemandersParent() {
            assertThat(BiddingPolicy.isConflictOfInterest(Orgs.GX_SUGAR_GROUP, Orgs.GUILIN_SUGAR)).isTrue();
        }

        @Test
        void shouldRefuseTheDemandersSubsidiary() {
            assertThat(BiddingPolicy.isConflictOfInterest(Orgs.GUILIN_SUGAR, Orgs.GX_SUGAR_GROUP)).isTrue();
        }

        @Test
        void shouldAcceptUnrelatedOrganisationsFromAnywhere() {
            assertThat(BiddingPolicy.isConflictOfInterest(Orgs.GXU, Orgs.GUILIN_SUGAR)).isFalse();
            assertThat(BiddingPolicy.isConflictOfInterest(Orgs.ZJU, Orgs.BAISE_ALUMINIUM)).isFalse();
        }

        @Test
        void shouldAcceptASiblingSubsidiaryBecauseTheRuleNamesOnlyParentAndSubsidiary() {
            Party sibling = new Party("91450100MA5K3B2L5H".substring(0, 17) + "X", "桂糖某子公司",
                    OrgKind.ENTERPRISE, "450100", Orgs.GX_SUGAR_GROUP.uscc());
            assertThat(BiddingPolicy.isConflictOfInterest(sibling, Orgs.GUILIN_SUGAR)).isFalse();
        }

        @Test
        void shouldReportTheConflictAs409WithItsCode() {
            assertThatThrownBy(() -> BiddingPolicy.requireEligibleBidder(Orgs.GX_SUGAR_GROUP, Orgs.GUILIN_SUGAR))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(409);
                        assertThat(p.code()).isEqualTo("BIDDER_CONFLICT_OF_INTEREST");
                    });
        }
    }

    @Nested
    class Deadline {

        @Test
        void shouldAcceptABidUpToJustBeforeTheDeadline() {
            assertThatCode(() -> BiddingPolicy.requireBidInTime(DEADLINE, DEADLINE.minusNanos(1000)))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldRefuseABidAtAndAfterTheDeadline() {
            for (Instant late : new Instant[] {DEADLINE, DEADLINE.plusSeconds(1)}) {
                assertThatThrownBy(() -> BiddingPolicy.requireBidInTime(DEADLINE, late))
                        .isInstanceOfSatisfying(ProblemException.class,
                                p -> assertThat(p.code()).isEqualTo("BID_AFTER_DEADLINE"));
            }
        }

        @Test
        void shouldAllowTheAwardOnlyFromTheDeadline() {
            assertThatThrownBy(() -> BiddingPolicy.requireAwardAfterDeadline(DEADLINE, DEADLINE.minusSeconds(1)))
                    .isInstanceOfSatisfying(ProblemException.class,
                            p -> assertThat(p.code()).isEqualTo("AWARD_BEFORE_DEADLINE"));
            assertThatCode(() -> BiddingPolicy.requireAwardAfterDeadline(DEADLINE, DEADLINE))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldRequireANewChallengesDeadlineToLieAhead() {
            assertThatThrownBy(() -> BiddingPolicy.requireDeadlineAhead(DEADLINE, DEADLINE))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.code()).isEqualTo("DEADLINE_NOT_IN_FUTURE");
                        assertThat(p.field()).isEqualTo("deadline");
                    });
            assertThatCode(() -> BiddingPolicy.requireDeadlineAhead(DEADLINE, DEADLINE.minus(Duration.ofDays(1))))
                    .doesNotThrowAnyException();
        }

        @Test
        void shouldRefuseADeadlineMoreThanTheLongestBiddingPeriodAhead() {
            Instant now = DEADLINE.minus(Duration.ofDays(366));
            assertThatCode(() -> BiddingPolicy.requireDeadlineAhead(DEADLINE, now)).doesNotThrowAnyException();
            assertThatThrownBy(() -> BiddingPolicy.requireDeadlineAhead(DEADLINE.plusSeconds(1), now))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.code()).isEqualTo("DEADLINE_TOO_FAR");
                        assertThat(p.field()).isEqualTo("deadline");
                    });
        }

        @Test
        void shouldShowADeadlineInChinaTimeToTheMinuteNeverAsAnIsoInstant() {
            Instant deadline = Instant.parse("2026-12-05T12:08:59Z");
            assertThat(BiddingPolicy.inChinaTime(deadline)).isEqualTo("2026-12-05 20:08");
            // the day turns in China before it does in UTC
            assertThat(BiddingPolicy.inChinaTime(Instant.parse("2026-12-31T16:30:00Z"))).isEqualTo("2027-01-01 00:30");
            assertThatThrownBy(() -> BiddingPolicy.requireBidInTime(deadline, deadline))
                    .isInstanceOfSatisfying(ProblemException.class,
                            p -> assertThat(p.args()).containsExactly("2026-12-05 20:08"));
        }
    }

    @Nested
    class Sealing {

        final Instant before = DEADLINE.minusSeconds(60);
        final Instant after = DEADLINE.plusSeconds(60);

        @Test
        void shouldShowABidToItsBidderAlways() {
            Actor gxu = actor(Role.UNIVERSITY, Orgs.GXU);
            assertThat(see(gxu, before)).isTrue();
            assertThat(see(gxu, after)).isTrue();
        }

        @Test
        void shouldHideABidFromTheDemanderAndTheOperatorsUntilTheDeadline() {
            for (Actor viewer : new Actor[] {actor(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM),
                    actor(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE), actor(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)}) {
                assertThat(see(viewer, before)).as(viewer.organisation().name()).isFalse();
                assertThat(see(viewer, after)).as(viewer.organisation().name()).isTrue();
            }
        }

        @Test
        void shouldNeverShowABidToOtherBiddersOrOtherSubMarkets() {
            assertThat(see(actor(Role.UNIVERSITY, Orgs.GUET), after)).isFalse();
            assertThat(see(actor(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS), after)).isFalse();
            assertThat(see(actor(Role.EXPERT, Orgs.GXAS), after)).isFalse();
            Party liuzhouBureau = new Party(Orgs.BAISE_BUREAU_OF_SCIENCE.uscc(), "柳州市科学技术局",
                    OrgKind.GOVERNMENT, "450200", null);
            assertThat(see(actor(Role.ADMIN, liuzhouBureau), after)).isFalse();
        }

        private boolean see(Actor viewer, Instant now) {
            return BiddingPolicy.maySeeBid(viewer, Orgs.GXU.uscc(), Orgs.BAISE_ALUMINIUM.uscc(), "451000", DEADLINE,
                    now);
        }
    }

    static Actor actor(Role role, Party org) {
        return new Actor("u-" + org.uscc(), "user", "用户", Set.of(role), org);
    }
}
