package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 揭榜挂帅支持 through the running service: bidding's {@code MilestoneAccepted} (topic bidding.challenges.v1) makes the
 * 揭榜 support programme of the challenge's sub-market and year grant exactly the milestone's support amount to the
 * winner, explained; the same milestone gives one grant however often and under whatever event id it arrives; a year
 * without a programme gives nothing; a budget that does not cover it leaves it waiting, explained. Each scenario uses a
 * budget year of its own (2031–2034).
 */
@SubsidyTest
class ChallengeSupportTest {

    static final String CODE = "CHALLENGE_SUPPORT_TEST";
    static final String SOURCE = "/techmarket/bidding";
    static final String CLAUSE = "《广西科技项目揭榜制工作实施办法（试行）》（桂科政字〔2020〕81号）：自治区财政资金按项目研发投入总额给予一定比例的资金支持";
    static final String GUET = Tokens.of(Role.UNIVERSITY, Orgs.GUET);

    @Inject
    AgroalDataSource db;

    @Inject
    Budgets budgets;

    @BeforeEach
    void directoryKnown() {
        DirectoryFixtures.ensureKnown(db);
    }

    @Test
    void anAcceptedMilestoneGrantsExactlyItsSupportToTheWinnerExplained() {
        open(2031, "1000000.00");
        MilestoneAccepted m = milestone(1, 3, "123456.78", "2031-06-30T17:00:00Z"); // 2031-07-01 in China

        handled(TestEvents.send(m, SOURCE));

        JsonPath mine = given().auth().oauth2(GUET).queryParam("size", 100).when().get("/entitlements/mine").then()
                .statusCode(200).extract().jsonPath();
        String ref = "里程碑 1/3 " + m.challengeId();
        String item = "items.find { it.subjectReference == '" + ref + "' }";
        assertThat(mine.getString(item + ".amount")).isEqualTo("123456.78");
        assertThat(mine.getString(item + ".status")).isEqualTo("GRANTED");
        assertThat(mine.getString(item + ".subjectType")).isEqualTo("CHALLENGE");
        assertThat(mine.getString(item + ".programmeCode")).isEqualTo(CODE);
        assertThat(mine.getInt(item + ".budgetYear")).isEqualTo(2031);
        List<String> text = mine.getList(item + ".explanationText", String.class);
        assertThat(String.join("\n", text)).contains("桂科政字〔2020〕81号", "自治区财政资金按项目研发投入总额给予一定比例的资金支持",
                "第 1 个里程碑（共 3 个）", "项目研发投入总额 3,086,419.50 元 × 自治区支持比例 20% = 自治区支持资金 617,283.90 元",
                "拨付 123,456.78 元", "核准补助 123,456.78 元");
        List<String> en = given().auth().oauth2(GUET).header("Accept-Language", "en").queryParam("size", 100).when()
                .get("/entitlements/mine").then().statusCode(200).extract().jsonPath()
                .getList(item + ".explanationText", String.class);
        assertThat(String.join("\n", en)).contains("milestone 1 of 3", "province support 617,283.90 yuan",
                "releases 123,456.78 yuan");
        assertThat(remaining(2031)).isEqualByComparingTo("876543.22");
        assertThat(Db.count(db, "select count(*) from journal_entry where kind = 'GRANT' and description like ?",
                "%" + ref + "%")).isEqualTo(1);
    }

    @Test
    void theSameMilestoneGivesOneGrantWhateverEventCarriesIt() {
        open(2032, "1000000.00");
        MilestoneAccepted m = milestone(2, 2, "50000.00", "2032-03-01T02:00:00Z");
        UUID first = UUID.randomUUID();

        TestEvents.send(m, first, SOURCE);
        handled(first);
        TestEvents.send(m, first, SOURCE); // redelivered: the inbox drops it
        UUID again = TestEvents.send(m, SOURCE); // the same milestone under another event id
        handled(again);

        UUID subject = Entitlement.milestoneSubject(m.challengeId(), 2);
        assertThat(Db.count(db, "select count(*) from entitlement where subject_type = 'CHALLENGE' and subject_id = ?",
                subject)).isEqualTo(1);
        assertThat(remaining(2032)).isEqualByComparingTo("950000.00");
    }

    @Test
    void aYearWithoutAChallengeSupportProgrammeGivesNothing() {
        MilestoneAccepted m = milestone(1, 1, "80000.00", "2033-05-01T02:00:00Z");

        handled(TestEvents.send(m, SOURCE));

        UUID subject = Entitlement.milestoneSubject(m.challengeId(), 1);
        assertThat(Db.count(db, "select count(*) from entitlement where subject_id = ?", subject)).isZero();
        assertThat(Db.count(db, "select count(*) from ineligibility where subject_id = ?", subject)).isZero();
    }

    @Test
    void aBudgetThatDoesNotCoverTheMilestoneLeavesItWaitingExplained() {
        open(2034, "100.00");
        MilestoneAccepted m = milestone(1, 2, "100.01", "2034-05-01T02:00:00Z");

        handled(TestEvents.send(m, SOURCE));

        JsonPath mine = given().auth().oauth2(GUET).queryParam("size", 100).when().get("/entitlements/mine").then()
                .statusCode(200).extract().jsonPath();
        String item = "items.find { it.subjectReference == '里程碑 1/2 " + m.challengeId() + "' }";
        assertThat(mine.getString(item + ".status")).isEqualTo("WAITING_FOR_BUDGET");
        assertThat(mine.getString(item + ".amount")).isEqualTo("100.01");
        assertThat(String.join("\n", mine.getList(item + ".explanationText", String.class)))
                .contains("应享补助 100.01 元", "尚余 100.00 元，不足支付");
        assertThat(remaining(2034)).isEqualByComparingTo("100.00");
    }

    /** Milestone {@code number} of {@code of} of a new challenge of 南宁's sub-market, won by 桂林电子科技大学. */
    private static MilestoneAccepted milestone(int number, int of, String amount, String acceptedAt) {
        return new MilestoneAccepted(UUID.randomUUID(), ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(),
                "甘蔗糖厂能耗优化", "450100", number, of, "第" + number + "阶段验收", new BigDecimal(amount),
                new BigDecimal("3086419.50"), new BigDecimal("0.200000"), new BigDecimal("617283.90"), Orgs.GUET,
                Instant.parse(acceptedAt));
    }

    private void handled(UUID eventId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Db.handled(db, MilestoneConsumer.CONSUMER, eventId));
    }

    private BigDecimal remaining(int year) {
        return QuarkusTransaction.requiringNew().call(() -> budgets.remaining(CODE, year));
    }

    /** Opens the province's 揭榜 support programme for {@code year} (once: a rerun finds it open). */
    private void open(int year, String budget) {
        ProgrammeTerms terms = new ProgrammeTerms(CODE, RuleKind.CHALLENGE_SUPPORT, new BigDecimal("0.200000"), null,
                null, null, CLAUSE, "450000", GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null, null, null, null,
                null);
        try {
            budgets.open(terms, "揭榜挂帅项目支持（测试）", "Challenge support (test)", year, new BigDecimal(budget));
        } catch (ProblemException alreadyOpen) {
            assertThat(alreadyOpen.code()).isEqualTo("PROGRAMME_YEAR_EXISTS");
        }
    }
}
