package gx.techmarket.demand.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The demand's own rules, without Quarkus: budget range, deadline, and what each step of the lifecycle records. */
class DemandRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final Party HUAYIN =
            new Party("91451000MA5N8T4R67", "百色华银新材料有限公司", OrgKind.ENTERPRISE, "451000", null);

    @Test
    void shouldRefuseABudgetRangeWhoseLowerBoundIsAboveTheUpper() {
        assertProblem(() -> content("500.01", "500.00", TODAY.plusDays(30)).check(TODAY), 400, "BUDGET_RANGE_INVALID");
        assertThatThrownBy(() -> content("500.01", "500.00", TODAY.plusDays(30)).check(TODAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.field()).isEqualTo("budgetMax"));
    }

    @Test
    void aDeadlineInThePastIsRefusedOnTheDeadline() {
        assertThatThrownBy(() -> content("1.00", "2.00", TODAY).check(TODAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.field()).isEqualTo("deadline");
                    assertThat(p.args()).containsExactly("2026-11-22", "2026-11-22");
                });
    }

    @Test
    void aSearchIsTheWordsBetweenSpacesEachMatchedLiterally() {
        assertThat(DemandRepository.words(" 赤泥　脱碱  Al ")).containsExactly("赤泥", "脱碱", "al");
        assertThat(DemandRepository.words("赤泥 赤泥")).containsExactly("赤泥");
        assertThat(DemandRepository.words(" 　")).isEmpty();
        assertThat(DemandRepository.words(null)).isEmpty();
        assertThat(DemandRepository.containing("50%_!")).isEqualTo("%50!%!_!!%");
    }

    @Test
    void aRepeatedCooperationModeIsRefusedNotDropped() {
        DemandRequest twice = new DemandRequest("赤泥", "赤泥脱碱", "ALUMINIUM", new BigDecimal("1.00"),
                new BigDecimal("2.00"), TODAY.plusDays(30), "451000",
                List.of(CooperationMode.TRANSFER, CooperationMode.CONSULTING, CooperationMode.TRANSFER));
        assertThatThrownBy(twice::toContent).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.code()).isEqualTo("DUPLICATE_ITEM");
            assertThat(p.field()).isEqualTo("cooperationModes");
        });
    }

    @Test
    void shouldAcceptAFixedBudget() {
        assertThat(content("500.00", "500.00", TODAY.plusDays(30)).check(TODAY).budgetMax()).isEqualByComparingTo("500");
    }

    @Test
    void shouldRefuseADeadlineOfTodayOrEarlier() {
        assertProblem(() -> content("1.00", "2.00", TODAY).check(TODAY), 400, "DEADLINE_IN_PAST");
        assertProblem(() -> content("1.00", "2.00", TODAY.minusDays(1)).check(TODAY), 400, "DEADLINE_IN_PAST");
        assertThat(content("1.00", "2.00", TODAY.plusDays(1)).check(TODAY).deadline()).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void shouldCheckTheBudgetBeforeTheDeadline() {
        assertProblem(() -> content("3.00", "2.00", TODAY).check(TODAY), 400, "BUDGET_RANGE_INVALID");
    }

    @Test
    void aSubmissionClearsTheLastRejection() {
        Demand demand = draft(TODAY.plusDays(10));
        demand.submit(TODAY, NOW);
        demand.reject("admin.baise", "请补充处理规模", NOW.plusSeconds(60));
        assertThat(demand.rejectionReason()).isEqualTo("请补充处理规模");
        assertThat(demand.reviewedBy).isEqualTo("admin.baise");
        demand.edit(content("1.00", "2.00", TODAY.plusDays(20)), NOW.plusSeconds(120));
        demand.submit(TODAY, NOW.plusSeconds(180));
        assertThat(demand.status()).isEqualTo(DemandStatus.SUBMITTED);
        assertThat(demand.rejectionReason()).isNull();
        assertThat(demand.submittedAt()).isEqualTo(NOW.plusSeconds(180));
    }

    @Test
    void anApprovalRecordsItsReviewerAndTimeAndAnnouncesTheDemand() {
        Demand demand = draft(TODAY.plusDays(10));
        demand.submit(TODAY, NOW);
        DemandPublished published = demand.approve("admin.province", TODAY, NOW.plusSeconds(5));
        assertThat(demand.status()).isEqualTo(DemandStatus.PUBLISHED);
        assertThat(published.demander()).isEqualTo(HUAYIN);
        assertThat(published.publishedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(demand.publishedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(demand.reviewedBy).isEqualTo("admin.province");
    }

    @Test
    void shouldNotSubmitOrPublishOnceTheDeadlineHasCome() {
        Demand demand = draft(TODAY.plusDays(2));
        assertProblem(() -> demand.submit(TODAY.plusDays(2), NOW), 409, "DEADLINE_PASSED");
        assertThat(demand.status()).isEqualTo(DemandStatus.DRAFT);
        demand.submit(TODAY.plusDays(1), NOW);
        assertProblem(() -> demand.approve("admin", TODAY.plusDays(3), NOW), 409, "DEADLINE_PASSED");
        assertThat(demand.status()).isEqualTo(DemandStatus.SUBMITTED);
        assertThat(demand.publishedAt()).isNull();
    }

    @Test
    void anIllegalMoveWinsOverAPassedDeadline() {
        Demand demand = draft(TODAY.plusDays(2));
        assertProblem(() -> demand.approve("admin", TODAY.plusDays(5), NOW), 409, "ILLEGAL_STATE_TRANSITION");
    }

    @Test
    void onlyAPublishedDemandIsClosedAndThenNothingFollows() {
        Demand demand = draft(TODAY.plusDays(10));
        assertProblem(() -> demand.close(null, NOW), 409, "ILLEGAL_STATE_TRANSITION");
        demand.submit(TODAY, NOW);
        demand.approve("admin", TODAY, NOW);
        demand.close("已自行解决", NOW.plusSeconds(9));
        assertThat(demand.status()).isEqualTo(DemandStatus.CLOSED);
        assertThat(demand.closedAt).isEqualTo(NOW.plusSeconds(9));
        assertThat(demand.closeReason).isEqualTo("已自行解决");
        assertProblem(() -> demand.edit(content("1.00", "2.00", TODAY.plusDays(20)), NOW), 409, "DEMAND_NOT_EDITABLE");
        assertProblem(() -> demand.submit(TODAY, NOW), 409, "ILLEGAL_STATE_TRANSITION");
    }

    @Test
    void aClosingAnnouncesItselfWithTheReasonGiven() {
        Demand demand = published(TODAY.plusDays(10));
        DemandClosed closed = demand.close("已自行解决", NOW.plusSeconds(9));
        assertThat(closed.demandId()).isEqualTo(demand.id());
        assertThat(closed.demanderUscc()).isEqualTo(HUAYIN.uscc());
        assertThat(closed.reason()).isEqualTo("已自行解决");
        assertThat(closed.closedAt()).isEqualTo(NOW.plusSeconds(9));
        assertThat(published(TODAY.plusDays(10)).close(null, NOW).reason()).isNull();
    }

    @Test
    void aPublishedDemandExpiresOnlyOnTheDayAfterItsDeadline() {
        Demand demand = published(TODAY.plusDays(3));
        assertThatThrownBy(() -> demand.expire(TODAY.plusDays(3), NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(demand.status()).isEqualTo(DemandStatus.PUBLISHED);
        assertThat(demand.isPastDeadline(TODAY.plusDays(3))).isFalse();
        assertThat(demand.isPastDeadline(TODAY.plusDays(4))).isTrue();

        DemandExpired expired = demand.expire(TODAY.plusDays(4), NOW.plusSeconds(30));
        assertThat(demand.status()).isEqualTo(DemandStatus.EXPIRED);
        assertThat(demand.expiredAt).isEqualTo(NOW.plusSeconds(30));
        assertThat(expired.deadline()).isEqualTo(TODAY.plusDays(3));
        assertThat(expired.title()).isEqualTo("赤泥脱碱");
        assertThat(expired.demanderUscc()).isEqualTo(HUAYIN.uscc());
        assertProblem(() -> demand.expire(TODAY.plusDays(5), NOW), 409, "ILLEGAL_STATE_TRANSITION");
        assertThat(demand.isMatchable()).isFalse();
    }

    @Test
    void onlyAPublishedDemandExpires() {
        Demand draft = draft(TODAY.plusDays(3));
        assertProblem(() -> draft.expire(TODAY.plusDays(9), NOW), 409, "ILLEGAL_STATE_TRANSITION");
        Demand closed = published(TODAY.plusDays(3));
        closed.close(null, NOW);
        assertProblem(() -> closed.expire(TODAY.plusDays(9), NOW), 409, "ILLEGAL_STATE_TRANSITION");
    }

    @Test
    void aChallengeOrAContractMatchesAPublishedDemandOnceAndIsNamed() {
        UUID challenge = UUID.randomUUID();
        Demand byChallenge = published(TODAY.plusDays(10));
        assertThat(byChallenge.isMatchable()).isTrue();
        DemandMatched matched = byChallenge.matchChallenge(challenge, NOW.plusSeconds(1));
        assertThat(byChallenge.status()).isEqualTo(DemandStatus.MATCHED);
        assertThat(byChallenge.matchedChallengeId).isEqualTo(challenge);
        assertThat(byChallenge.matchedContractId).isNull();
        assertThat(matched.challengeId()).isEqualTo(challenge);
        assertThat(matched.contractId()).isNull();
        assertThat(byChallenge.isMatchable()).isFalse();
        assertProblem(() -> byChallenge.matchContract(UUID.randomUUID(), NOW), 409, "ILLEGAL_STATE_TRANSITION");
        assertProblem(() -> byChallenge.close(null, NOW), 409, "ILLEGAL_STATE_TRANSITION");
        assertThat(byChallenge.status().isPublic()).isTrue();

        UUID contract = UUID.randomUUID();
        Demand byContract = published(TODAY.plusDays(10));
        DemandMatched byDraft = byContract.matchContract(contract, NOW.plusSeconds(2));
        assertThat(byContract.matchedContractId).isEqualTo(contract);
        assertThat(byDraft.contractId()).isEqualTo(contract);
        assertThat(byDraft.matchedAt()).isEqualTo(NOW.plusSeconds(2));
    }

    @Test
    void aDemandNotYetPublishedIsNotMatched() {
        Demand demand = draft(TODAY.plusDays(10));
        assertThat(demand.isMatchable()).isFalse();
        assertProblem(() -> demand.matchChallenge(UUID.randomUUID(), NOW), 409, "ILLEGAL_STATE_TRANSITION");
    }

    private static Demand published(LocalDate deadline) {
        Demand demand = draft(deadline);
        demand.submit(TODAY, NOW);
        demand.approve("admin", TODAY, NOW);
        return demand;
    }

    @Test
    void aDraftRemembersItsEnterpriseAsItWasWhenPosted() {
        Party subsidiary = new Party("91450300MA5KC7Q12L", "桂林桂糖制糖有限公司", OrgKind.ENTERPRISE, "450300",
                "91450100MA5K3B2L5H");
        Demand demand = Demand.draft(UUID.randomUUID(), subsidiary, "ent.guilin", content("1.00", "2.00",
                TODAY.plusDays(5)), NOW);
        assertThat(demand.owner().toParty()).isEqualTo(subsidiary);
        assertThat(demand.isOwnedBy("91450300MA5KC7Q12L")).isTrue();
        assertThat(demand.isOwnedBy("91450100MA5K3B2L5H")).isFalse();
        assertThat(demand.cooperationModes()).containsExactly(CooperationMode.TRANSFER, CooperationMode.CONSULTING);
    }

    private static Demand draft(LocalDate deadline) {
        return Demand.draft(UUID.randomUUID(), HUAYIN, "ent.huayin", content("1.00", "2.00", deadline), NOW);
    }

    private static DemandContent content(String min, String max, LocalDate deadline) {
        return new DemandContent("赤泥脱碱", "赤泥脱碱与建材化利用。", "ALUMINIUM", new BigDecimal(min), new BigDecimal(max),
                deadline, "451000", List.of(CooperationMode.TRANSFER, CooperationMode.CONSULTING));
    }

    private static void assertProblem(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.status()).isEqualTo(status);
        });
    }
}
