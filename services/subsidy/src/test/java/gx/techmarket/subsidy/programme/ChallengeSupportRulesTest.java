package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 揭榜挂帅支持 as plain Java: an accepted milestone releases exactly its support amount to the winner, explained with
 * the agreement's facts; a programme of another sub-market and a winner the directory does not know give nothing.
 */
class ChallengeSupportRulesTest {

    static final Instant ACCEPTED = Instant.parse("2031-07-01T02:00:00Z");
    static final DirectoryOnDate DIRECTORY = TestDirectory.of(Orgs.all()).on(ACCEPTED);
    static final String CLAUSE = "桂科政字〔2020〕81号：自治区财政资金按项目研发投入总额给予一定比例的资金支持";
    static final ProgrammeTerms PROVINCE = terms("450000");

    @Test
    void shouldReleaseExactlyTheMilestonesAmountToTheWinnerWithTheAgreementsFacts() {
        Assessment.Eligible e = (Assessment.Eligible) PROVINCE.assessMilestone(DIRECTORY,
                milestone("450100", Orgs.GUET, "123456.78"), 2031);

        assertThat(e.amount()).isEqualByComparingTo("123456.78");
        assertThat(e.amount().scale()).isEqualTo(2);
        assertThat(e.beneficiary().uscc()).isEqualTo(Orgs.GUET.uscc());
        assertThat(e.capped()).isFalse();
        assertThat(e.explanation().steps()).extracting(Explanation.Step::code)
                .containsExactly("programme", "challenge", "coverage", "party", "challengeSupport");
        Explanation.Step support = e.explanation().steps().get(4);
        assertThat(support.source()).isEqualTo(Explanation.Source.CHALLENGE);
        assertThat(support.facts()).containsEntry("total", "3086419.50").containsEntry("share", "20%")
                .containsEntry("provinceSupport", "617283.90").containsEntry("number", "2")
                .containsEntry("milestones", "3").containsEntry("amount", "123456.78");
        assertThat(e.explanation().steps().get(0).facts()).containsEntry("clause", CLAUSE);
    }

    @Test
    void shouldGiveNothingForAChallengeOutsideTheProgrammesSubMarket() {
        Assessment.Ineligible no = (Assessment.Ineligible) terms("451000").assessMilestone(DIRECTORY,
                milestone("450100", Orgs.GUET, "1000.00"), 2031);

        assertThat(no.reason()).isEqualTo(Assessment.Reason.OUTSIDE_SUB_MARKET);
    }

    @Test
    void shouldGiveNothingToAWinnerTheDirectoryDoesNotKnow() {
        Party unknown = new Party("91450100MA5X9Y8W7T", "未核验公司", Orgs.GUET.kind(), "450100", null, Party.CHINA);

        Assessment.Ineligible no = (Assessment.Ineligible) PROVINCE.assessMilestone(
                TestDirectory.of(List.of()).on(ACCEPTED), milestone("450100", unknown, "1000.00"), 2031);

        assertThat(no.reason()).isEqualTo(Assessment.Reason.PARTY_NOT_IN_DIRECTORY);
    }

    @Test
    void shouldRefuseToAssessAMilestoneUnderAnotherRule() {
        ProgrammeTerms recognition = new ProgrammeTerms("HIGH_TECH", RuleKind.HIGH_TECH_RECOGNITION, null, null, null,
                null, CLAUSE, "450000", GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null, null,
                new BigDecimal("100000.00"), null, null);

        assertThatThrownBy(() -> recognition.assessMilestone(DIRECTORY, milestone("450100", Orgs.GUET, "1.00"), 2031))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ProgrammeTerms terms(String subMarket) {
        return new ProgrammeTerms("CHALLENGE_SUPPORT", RuleKind.CHALLENGE_SUPPORT, new BigDecimal("0.20"), null, null,
                null, CLAUSE, subMarket, GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null, null, null, null, null);
    }

    private static MilestoneAccepted milestone(String region, Party winner, String amount) {
        return new MilestoneAccepted(UUID.randomUUID(), ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(),
                "甘蔗糖厂能耗优化", region, 2, 3, "第二阶段验收", new BigDecimal(amount), new BigDecimal("3086419.50"),
                new BigDecimal("0.200000"), new BigDecimal("617283.90"), winner, ACCEPTED);
    }
}
