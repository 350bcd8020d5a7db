package gx.techmarket.bidding.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.domain.Relation;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The 揭榜制 rules without Quarkus. */
class BiddingPolicyTest {

    static final Instant DEADLINE = Instant.parse("2026-12-31T16:00:00Z");

    /**
     * A group three levels deep, as the directory would hold it: 桂糖集团 → 桂林桂糖制糖 → 桂林桂糖蔗渣纸业 (a
     * grandchild), and a sibling subsidiary 南宁桂糖糖业 under the group. The relation comes from the one platform
     * definition ({@link Relation#between}); the policy only says which relations it bars.
     */
    @Nested
    class EligibilityByKind {

        @Test
        void universitiesInstitutesAndEnterprisesFromAnywhereBidOnATechnologyBreakthrough() {
            for (Party p : new Party[] {Orgs.GXU, Orgs.ZJU, Orgs.GXAS, Orgs.SHENZHEN_ROBOTICS, Orgs.BAISE_ALUMINIUM}) {
                assertThat(BiddingPolicy.mayBidOn(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, p)).as(p.name()).isTrue();
            }
            assertThat(BiddingPolicy.mayBidOn(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, Orgs.GX_TECH_TRANSFER)).isFalse();
            assertThat(BiddingPolicy.mayBidOn(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, Orgs.GX_DEPT_OF_SCIENCE)).isFalse();
        }

        @Test
        void onlyEnterprisesRegisteredInGuangxiBidOnAResultTransformation() {
            assertThat(BiddingPolicy.mayBidOn(ChallengeKind.RESULT_TRANSFORMATION, Orgs.BAISE_ALUMINIUM)).isTrue();
            assertThat(BiddingPolicy.mayBidOn(ChallengeKind.RESULT_TRANSFORMATION, Orgs.GUILIN_SUGAR)).isTrue();
            assertThat(BiddingPolicy.mayBidOn(ChallengeKind.RESULT_TRANSFORMATION, Orgs.SHENZHEN_ROBOTICS)).isFalse();
            assertThat(BiddingPolicy.mayBidOn(ChallengeKind.RESULT_TRANSFORMATION, Orgs.GXU)).isFalse();
            assertThatThrownBy(() -> BiddingPolicy.requireMayBidOn(ChallengeKind.RESULT_TRANSFORMATION, Orgs.ZJU))
                    .isInstanceOfSatisfying(ProblemException.class,
                            p -> assertThat(p.code()).isEqualTo("BIDDER_NOT_GUANGXI_ENTERPRISE"));
        }
    }

    @Nested
    class ConflictOfInterest {

        static final String GROUP = Orgs.GX_SUGAR_GROUP.uscc();
        static final String CHILD = Orgs.GUILIN_SUGAR.uscc();
        static final String GRANDCHILD = "91450300MA5KD8R27R";
        static final String SIBLING = Orgs.NANNING_SUGAR.uscc();
        static final Map<String, String> PARENTS = Map.of(CHILD, GROUP, GRANDCHILD, CHILD, SIBLING, GROUP);

        static boolean conflict(String bidder, String demander) {
            return BiddingPolicy.isConflictOfInterest(
                    Relation.between(bidder, demander, uscc -> Optional.ofNullable(PARENTS.get(uscc))));
        }

        @Test
        void shouldRefuseTheDemanderItself() {
            assertThat(conflict(CHILD, CHILD)).isTrue();
            assertThat(conflict(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.BAISE_ALUMINIUM.uscc())).isTrue();
        }

        @Test
        void shouldRefuseTheDemandersParentAndGrandparent() {
            assertThat(conflict(CHILD, GRANDCHILD)).isTrue();
            assertThat(conflict(GROUP, CHILD)).isTrue();
            assertThat(conflict(GROUP, GRANDCHILD)).as("the group on its grandchild's challenge").isTrue();
        }

        @Test
        void shouldRefuseTheDemandersSubsidiariesAtAnyDepth() {
            assertThat(conflict(CHILD, GROUP)).isTrue();
            assertThat(conflict(GRANDCHILD, GROUP)).as("a grandchild on its grandparent's challenge").isTrue();
        }

        @Test
        void shouldAcceptASiblingInTheSameGroupBecauseTheRulesNameOnlyTheLineOfDescent() {
            assertThat(conflict(SIBLING, CHILD)).isFalse();
            assertThat(conflict(SIBLING, GRANDCHILD)).as("the sibling on its nephew's challenge").isFalse();
            assertThat(conflict(GRANDCHILD, SIBLING)).isFalse();
        }

        @Test
        void shouldAcceptUnrelatedOrganisationsFromAnywhere() {
            assertThat(conflict(Orgs.GXU.uscc(), CHILD)).isFalse();
            assertThat(conflict(Orgs.ZJU.uscc(), Orgs.BAISE_ALUMINIUM.uscc())).isFalse();
        }

        @Test
        void shouldBarExactlyTheLineOfDescent() {
            assertThat(Arrays.stream(Relation.values()).filter(BiddingPolicy::isConflictOfInterest))
                    .containsExactlyInAnyOrder(Relation.SAME, Relation.ANCESTOR, Relation.DESCENDANT);
        }

        @Test
        void shouldReportTheConflictAs409WithItsCode() {
            assertThatThrownBy(() -> BiddingPolicy.requireEligibleBidder(Orgs.GX_SUGAR_GROUP, Orgs.GUILIN_SUGAR,
                    Relation.ANCESTOR))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(409);
                        assertThat(p.code()).isEqualTo("BIDDER_CONFLICT_OF_INTEREST");
                        assertThat(p.args()).containsExactly("广西桂糖集团有限公司", "桂林桂糖制糖有限公司");
                    });
            assertThatCode(() -> BiddingPolicy.requireEligibleBidder(Orgs.GX_SUGAR_GROUP, Orgs.GUILIN_SUGAR,
                    Relation.SAME_GROUP)).doesNotThrowAnyException();
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
