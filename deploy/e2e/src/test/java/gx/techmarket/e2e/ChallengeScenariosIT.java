package gx.techmarket.e2e;

import static gx.techmarket.e2e.Api.list;
import static gx.techmarket.e2e.Api.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 揭榜挂帅 scenarios of issue 17 on the running market, through the APIs, each step by the role that takes it:
 * <ol type="a">
 * <li>成果转化类 end to end: a published result proposed by its holder, approved and published by the operator; an
 * in-region enterprise bids (an out-of-region one is refused); after the real deadline qualification, panel, scores,
 * the award, the 揭榜协议 (a patent transfer, as agreed), the contract the registry drafts from it registered, a
 * milestone accepted and the province's support granted to the winner to the fen;</li>
 * <li>an edit invalidating the bids and moving the deadline to 7 days after it: the bidders' notices, a reconfirmation,
 * a bid on the old version refused; then the cancellation and its notices;</li>
 * <li>流标 in a call (榜单批次) asking for two qualified bids: one disqualified, the challenge fails, its parties are
 * told;</li>
 * <li>a complaint suspending the award: 409 while it is open, the award once it is decided, each side told.</li>
 * </ol>
 * The challenges that wait for a deadline are published first and share one real wait (about 25 s).
 */
@ExtendWith(MarketExtension.class)
class ChallengeScenariosIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final Duration BIDDING_WINDOW = Duration.ofSeconds(25); // its bids and (b): about 6 s

    // demo users (deploy/keycloak/techmarket-realm.json) and their organisations
    private static final String GXU = "uni.gxu";
    private static final String GXU_USCC = "124501004985024102";
    private static final String GUET = "uni.guet";
    private static final String DEMANDER = "ent.gxsugar";
    private static final String DEMANDER_USCC = "91450100MA5K3B2L5H";
    private static final String BAISE = "ent.baise"; // 百色华银: an enterprise in Guangxi
    private static final String BAISE_USCC = "91451000MA5N8T4R67";
    private static final String SHENZHEN = "ent.shenzhen"; // an enterprise outside Guangxi
    private static final String REGISTRAR = "registrar.nanning";
    private static final String ADMIN = "admin.gx";
    private static final String NOTIFICATION = "notification";

    private final List<String> steps = new ArrayList<>();
    private long t0;
    private Market market;
    private Api api;

    @BeforeEach
    void connect(Market market) {
        this.market = market;
        this.api = new Api(market);
    }

    @Test
    void bothKindsAnEditAFailureAndAComplaint() throws Exception {
        t0 = System.nanoTime();
        try {
            run();
        } finally {
            String timings = String.join("; ", steps);
            market.timing("ChallengeScenariosIT: " + timings);
            System.out.println("ChallengeScenariosIT steps: " + timings);
        }
    }

    private void run() throws Exception {
        List<String> users = List.of(GXU, GUET, DEMANDER, BAISE, SHENZHEN, REGISTRAR, ADMIN);
        users.forEach(market::token);
        LocalDate today = LocalDate.now(CHINA);
        String resultId = publishResult();
        String demandB = publishDemand(today, "榨季蔗渣堆场自燃预警");
        String demandC = publishDemand(today, "糖蜜酒精废醪液资源化利用");
        String demandD = publishDemand(today, "甘蔗收获机断尾损失控制");
        for (String demand : List.of(demandB, demandC, demandD)) {
            await("bidding learns the published demand").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                    .until(() -> api.as(ADMIN, "bidding").get("/demands/" + demand).statusCode() == 200);
        }
        step("result and three demands published and known");

        // (b) open for an hour: the edit comes long before its deadline
        String challengeB = publishChallenge(demandB, Instant.now().plus(Duration.ofHours(1)));
        String gxuBidB = bid(challengeB, GXU, "400000.00");
        String guetBidB = bid(challengeB, GUET, "380000.00");
        long versionB = api.get(BAISE, "bidding", "/challenges/" + challengeB, 200).getLong("version");

        // (a), (c), (d): one deadline for all three
        Instant deadline = Instant.now().plus(BIDDING_WINDOW).truncatedTo(ChronoUnit.SECONDS);
        String challengeA = proposeAndPublishTransformation(resultId, deadline);
        String challengeC = failingCallChallenge(demandC, deadline);
        String challengeD = publishChallenge(demandD, deadline);
        String baiseBidA = bid(challengeA, BAISE, "450000.00");
        api.refused(api.as(SHENZHEN, "bidding").body(bidBody("420000.00")).post("/challenges/" + challengeA + "/bids"),
                409, "BIDDER_NOT_GUANGXI_ENTERPRISE", "an enterprise outside Guangxi bids on a 成果转化类 challenge");
        String gxuBidC = bid(challengeC, GXU, "300000.00");
        String guetBidC = bid(challengeC, GUET, "320000.00");
        String gxuBidD = bid(challengeD, GXU, "350000.00");
        String guetBidD = bid(challengeD, GUET, "330000.00");
        step("four challenges published (one through a call), bids in, an out-of-region enterprise refused");

        editInvalidatesTheBidsAndMovesTheDeadline(challengeB, gxuBidB, guetBidB, versionB);
        step("(b) edit: deadline moved to 7 days, bidders told, reconfirmed, old version refused, cancelled");

        long wait = Duration.between(Instant.now(), deadline).toMillis() + 500;
        if (wait > 0) {
            Thread.sleep(wait); // the one fixed wait: the deadline is real time
        }
        step("deadline passed");

        tooFewQualifiedBidsFail(challengeC, gxuBidC, guetBidC);
        step("(c) 流标");
        aComplaintSuspendsTheAward(challengeD, gxuBidD, guetBidD);
        step("(d) complaint suspended the award until decided");
        transformationToSupport(challengeA, baiseBidA, today);
        step("(a) 成果转化类: award, agreement, contract registered, milestone accepted, support granted");
    }

    // ------------------------------------------------------------------------------------------ (b) an edit

    private void editInvalidatesTheBidsAndMovesTheDeadline(String id, String gxuBid, String guetBid, long before) {
        Map<String, Object> revision = new HashMap<>();
        JsonPath current = api.get(ADMIN, "bidding", "/challenges/" + id, 200);
        revision.put("title", current.getString("title"));
        revision.put("problem", current.getString("problem"));
        revision.put("goals", "榨季堆场温度异常提前24小时预警，误报率低于5%。");
        revision.put("deadline", current.getString("deadline"));
        revision.put("reason", "补充攻关目标：预警提前量与误报率");
        Instant edited = Instant.now();
        JsonPath revised = api.as(ADMIN, "bidding").body(revision).put("/challenges/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(revised.getInt("revision")).isEqualTo(2);
        assertThat(revised.getBoolean("deadlineMoved")).isTrue();
        Instant moved = Instant.parse(revised.getString("deadline"));
        assertThat(moved).as("a deadline an hour away moves to 7 days after the edit")
                .isBetween(edited.plus(Duration.ofDays(7)).minusSeconds(5), Instant.now().plus(Duration.ofDays(7)));
        assertThat(api.get(GXU, "bidding", "/bids/" + gxuBid, 200).getString("status")).isEqualTo("INVALIDATED");
        assertThat(api.get(GUET, "bidding", "/bids/" + guetBid, 200).getString("status")).isEqualTo("INVALIDATED");
        assertThat(api.get(ADMIN, "bidding", "/public/challenges/" + id + "/versions/diff?from=1&to=2", 200)
                .getList("field")).contains("goals", "deadline");

        // each invalidated bidder is told to reconfirm by the new deadline
        for (String bidder : List.of(GXU, GUET)) {
            Map<String, Object> notice = awaitNotice(bidder, "BID_TO_RECONFIRM", id);
            assertThat(Instant.parse(notice.get("deadline").toString())).isEqualTo(moved);
            assertThat(args(notice)).containsEntry("revision", "2").containsEntry("deadlineMoved", "true");
        }

        // a bid on the version read before the edit is refused; the current one is accepted
        long after = api.get(BAISE, "bidding", "/challenges/" + id, 200).getLong("version");
        assertThat(after).isNotEqualTo(before);
        Map<String, Object> stale = new HashMap<>(bidBody("360000.00"));
        stale.put("challengeVersion", before);
        api.refused(api.as(BAISE, "bidding").body(stale).post("/challenges/" + id + "/bids"), 409,
                "CHALLENGE_VERSION_STALE", "a bid on the version before the edit");
        api.refused(api.as(GXU, "bidding").body(Map.of("challengeVersion", before)).post("/bids/" + gxuBid
                + "/reconfirm"), 409, "CHALLENGE_VERSION_STALE", "a reconfirmation of the old version");
        JsonPath reconfirmed = api.post(GXU, "bidding", "/bids/" + gxuBid + "/reconfirm",
                Map.of("challengeVersion", after), 200);
        assertThat(reconfirmed.getString("status")).isEqualTo("RECONFIRMED");
        Map<String, Object> current2 = new HashMap<>(bidBody("360000.00"));
        current2.put("challengeVersion", after);
        api.post(BAISE, "bidding", "/challenges/" + id + "/bids", current2, 201);

        // cancelled: every bidder left is told, with the reason
        assertThat(api.post(ADMIN, "bidding", "/challenges/" + id + "/cancel",
                Map.of("reason", "需求方已通过其他渠道解决"), 200).getString("status")).isEqualTo("CANCELLED");
        for (String bidder : List.of(GXU, GUET, BAISE)) {
            assertThat(args(awaitNotice(bidder, "CHALLENGE_CANCELLED", id)))
                    .containsEntry("reason", "需求方已通过其他渠道解决");
        }
    }

    // -------------------------------------------------------------------------------------------- (c) 流标

    /** A call (榜单批次) asking for two qualified bids, with the challenge from {@code demandId}; closes at the deadline. */
    private String failingCallChallenge(String demandId, Instant deadline) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("title", "2026年第二批揭榜挂帅榜单（蔗糖产业）");
        call.put("regionCode", "450100");
        call.put("kinds", List.of("TECHNOLOGY_BREAKTHROUGH"));
        call.put("opensAt", Instant.now().toString());
        call.put("closesAt", deadline.toString());
        call.put("minimumQualifiedBids", 2);
        call.put("supportShare", "0.25");
        call.put("complaintPeriodDays", 5);
        String callId = api.post(ADMIN, "bidding", "/calls", call, 201).getString("id");
        String id = api.post(ADMIN, "bidding", "/challenges", Map.of("demandId", demandId, "deadline",
                deadline.toString()), 201).getString("id");
        new ChallengeSteps(api).method(ADMIN, id);
        api.post(ADMIN, "bidding", "/calls/" + callId + "/challenges", Map.of("challengeId", id), 200);
        api.refused(api.as(ADMIN, "bidding").post("/challenges/" + id + "/publish"), 409, "CHALLENGE_IN_CALL",
                "a challenge of a call published alone");
        api.post(ADMIN, "bidding", "/calls/" + callId + "/publish", null, 200);
        JsonPath published = api.get(GXU, "bidding", "/challenges/" + id, 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("callId")).isEqualTo(callId);
        assertThat(published.getInt("minimumQualifiedBids")).isEqualTo(2);
        assertThat(Instant.parse(published.getString("deadline"))).isEqualTo(deadline);
        return id;
    }

    private void tooFewQualifiedBidsFail(String id, String gxuBid, String guetBid) {
        String base = "/challenges/" + id;
        api.post(ADMIN, "bidding", base + "/qualification/open", null, 200);
        api.post(ADMIN, "bidding", base + "/qualification/bids/" + gxuBid, Map.of("qualified", true), 200);
        api.post(ADMIN, "bidding", base + "/qualification/bids/" + guetBid,
                Map.of("qualified", false, "reason", "PLAN_NOT_RESPONSIVE", "note", "未响应废醪液浓缩能耗指标"), 200);
        // one qualified bid of the two the call asks for: no panel, 流标
        api.refused(api.as(ADMIN, "bidding").body(Map.of("size", 3)).post(base + "/panel"), 409,
                "TOO_FEW_QUALIFIED_BIDS", "a panel for one qualified bid of two");
        assertThat(api.post(ADMIN, "bidding", base + "/qualification/fail", null, 200).getString("status"))
                .isEqualTo("FAILED");
        assertThat(api.get(DEMANDER, "bidding", base, 200).getString("status")).isEqualTo("FAILED");
        for (String party : List.of(DEMANDER, GXU, GUET)) {
            assertThat(args(awaitNotice(party, "CHALLENGE_FAILED", id)))
                    .containsEntry("reason", "TOO_FEW_QUALIFIED_BIDS");
        }
    }

    // ------------------------------------------------------------------------------------ (d) a complaint

    private void aComplaintSuspendsTheAward(String id, String gxuBid, String guetBid) {
        String base = "/challenges/" + id;
        new ChallengeSteps(api).evaluate(ADMIN, id, gxuBid, guetBid);
        String complaint = api.post(GUET, "bidding", base + "/complaints", Map.of("subject", "RANKING",
                "grounds", "专家评分未按评审办法考虑我方的田间试验数据。"), 201).getString("id");
        assertThat(args(awaitNotice(DEMANDER, "COMPLAINT_FILED", id))).containsEntry("subject", "RANKING");

        api.refused(api.as(DEMANDER, "bidding").body(Map.of("bidId", gxuBid)).post(base + "/award"), 409,
                "AWARD_SUSPENDED_BY_COMPLAINT", "the award while a complaint is open");
        api.post(ADMIN, "bidding", "/complaints/" + complaint + "/decision",
                Map.of("action", "accept", "reason", "质疑在期限内提出，予以受理。"), 200);
        api.refused(api.as(DEMANDER, "bidding").body(Map.of("bidId", gxuBid)).post(base + "/award"), 409,
                "AWARD_SUSPENDED_BY_COMPLAINT", "the award while the accepted complaint is reviewed");
        JsonPath dismissed = api.post(ADMIN, "bidding", "/complaints/" + complaint + "/decision",
                Map.of("action", "dismiss", "reason", "经复核，专家评分符合评审办法，质疑不成立。"), 200);
        assertThat(dismissed.getString("status")).isEqualTo("DISMISSED");
        await("the complainant is told of the decision").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> notices(GUET, "COMPLAINT_DECIDED", id).stream()
                        .anyMatch(n -> "DISMISSED".equals(args(n).get("decision"))));

        JsonPath awarded = api.post(DEMANDER, "bidding", base + "/award", Map.of("bidId", gxuBid), 200);
        assertThat(awarded.getString("status")).isEqualTo("AWARDED");
        assertThat(api.get(GXU, "bidding", "/bids/" + gxuBid, 200).getString("status")).isEqualTo("SELECTED");
    }

    // ------------------------------------------------------------------------------ (a) 成果转化类 end to end

    /** 广西大学 proposes its result for transformation (with the evaluation method), the operator approves it. */
    private String proposeAndPublishTransformation(String resultId, Instant deadline) {
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("resultId", resultId);
        proposal.put("problem", "蔗渣基可降解材料的中试成果需要在区内企业实现规模化生产。");
        proposal.put("goals", "建成年产500吨示范线，产品达到GB/T 18006.3要求。");
        proposal.put("budgetMin", "300000.00");
        proposal.put("budgetMax", "800000.00");
        proposal.put("durationMonths", 18);
        proposal.put("deadline", deadline.toString());
        AtomicReference<String> id = new AtomicReference<>();
        // bidding knows the result only from ResultPublished
        await("bidding learns the published result").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Response response = api.as(GXU, "bidding").body(proposal).post("/challenges/proposals");
                    if (response.statusCode() == 404) {
                        return false;
                    }
                    Api.expect(response, 201, "the holder proposes its result");
                    id.set(response.jsonPath().getString("id"));
                    return true;
                });
        String base = "/challenges/" + id.get();
        new ChallengeSteps(api).method(GXU, id.get());
        api.post(GXU, "bidding", base + "/submit", null, 200);
        api.post(ADMIN, "bidding", base + "/review", null, 200);
        JsonPath published = api.post(ADMIN, "bidding", base + "/approve", null, 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("kind")).isEqualTo("RESULT_TRANSFORMATION");
        assertThat(published.getString("holder.uscc")).isEqualTo(GXU_USCC);
        return id.get();
    }

    private void transformationToSupport(String id, String baiseBid, LocalDate today) {
        String base = "/challenges/" + id;
        ChallengeSteps steps = new ChallengeSteps(api);
        steps.evaluate(ADMIN, id, baiseBid);
        // the holder's users award (the counterparty of a 成果转化类 challenge)
        assertThat(api.post(GXU, "bidding", base + "/award", Map.of("bidId", baiseBid), 200).getString("status"))
                .isEqualTo("AWARDED");

        // 揭榜协议: a patent transfer; 50万元 of R&D (广西大学 10万, 百色华银 40万); the province's 20 % = 10万元, in
        // two milestones to the fen
        Map<String, Object> terms = new HashMap<>();
        terms.put("contractType", "TRANSFER_PATENT");
        terms.put("totalInvestment", "500000.00");
        terms.put("enterpriseShare", "100000.00");
        terms.put("bidderShare", "400000.00");
        terms.put("milestones", List.of(
                Map.of("title", "示范线建成", "deliverables", "示范线建设报告", "dueDate",
                        today.plusMonths(6).toString(), "supportAmount", "33333.33"),
                Map.of("title", "规模化生产", "deliverables", "连续生产记录及产品检测报告", "dueDate",
                        today.plusMonths(15).toString(), "supportAmount", "66666.67")));
        String agreement = base + "/agreement";
        api.as(BAISE, "bidding").body(terms).put(agreement).then().statusCode(200);
        Map<String, Object> toConfirm = awaitNotice(GXU, "AGREEMENT_TO_CONFIRM", id);
        assertThat(args(toConfirm)).containsEntry("revision", "1").containsEntry("amount", "100000.00");
        api.post(BAISE, "bidding", agreement + "/confirm", Map.of("revision", 1), 200);
        JsonPath signed = api.post(GXU, "bidding", agreement + "/confirm", Map.of("revision", 1), 200);
        assertThat(money(signed.getString("provinceSupport"))).isEqualByComparingTo("100000.00");
        assertThat(api.get(GXU, "bidding", base, 200).getString("status")).isEqualTo("IN_PROGRESS");

        // AgreementSigned → the registry drafts the transfer: seller the holder, buyer the winner
        AtomicReference<Map<String, Object>> drafted = new AtomicReference<>();
        await("the registry drafts the transfer contract").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    drafted.set(list(api.get(GXU, "registry", "/contracts/mine?size=100", 200), "items").stream()
                            .filter(c -> id.equals(c.get("challengeId"))).findFirst().orElse(null));
                    return drafted.get() != null;
                });
        String contractId = drafted.get().get("id").toString();
        JsonPath contract = api.get(BAISE, "registry", "/contracts/" + contractId, 200);
        assertThat(contract.getString("contractType")).isEqualTo("TRANSFER_PATENT");
        assertThat(contract.getString("seller.uscc")).isEqualTo(GXU_USCC);
        assertThat(contract.getString("buyer.uscc")).isEqualTo(BAISE_USCC);
        assertThat(money(contract.getString("proposedAmount"))).isEqualByComparingTo("500000.00");
        api.attachMissing(GXU, contractId);
        api.post(GXU, "registry", "/contracts/" + contractId + "/submit", Map.of("totalContractAmount", "500000.00",
                "signedOn", today.toString(), "nonTechnicalItems", List.of()), 200);
        api.post(REGISTRAR, "registry", "/contracts/" + contractId + "/accept", null, 200);
        JsonPath registered = api.post(REGISTRAR, "registry", "/contracts/" + contractId + "/register", null, 200);
        assertThat(registered.getString("status")).isEqualTo("REGISTERED");
        assertThat(registered.getString("registrationNumber")).matches("\\d{14}");

        // the first milestone: reported, checked, accepted; subsidy grants its support to the winner to the fen
        String milestone = agreement + "/milestones/1";
        api.post(BAISE, "bidding", milestone + "/report", Map.of("summary", "示范线已建成并完成试生产。"), 200);
        api.post(ADMIN, "bidding", milestone + "/check", Map.of("opinion", "专家组意见：达到示范线建设目标，同意验收。"), 200);
        api.post(ADMIN, "bidding", milestone + "/accept", null, 200);
        AtomicReference<Map<String, Object>> support = new AtomicReference<>();
        await("subsidy grants the milestone's support").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    support.set(list(api.get(BAISE, "subsidy", "/entitlements/mine?size=100", 200), "items")
                            .stream().filter(e -> "CHALLENGE".equals(e.get("subjectType"))
                                    && String.valueOf(e.get("subjectReference")).contains(id))
                            .findFirst().orElse(null));
                    return support.get() != null && "GRANTED".equals(support.get().get("status"));
                });
        assertThat(money(support.get().get("amount"))).isEqualByComparingTo("33333.33");
        assertThat(support.get().get("programmeCode")).isEqualTo("CHALLENGE_SUPPORT");
        // both parties hear of the acceptance
        for (String party : List.of(BAISE, GXU)) {
            assertThat(args(awaitNotice(party, "MILESTONE_ACCEPTED", id))).containsEntry("amount", "33333.33")
                    .containsEntry("number", "1");
        }
    }

    // ---------------------------------------------------------------------------------------- publishing

    private String publishResult() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", "蔗渣基全降解餐具成型技术");
        result.put("summary", "以蔗渣纤维为原料，湿法模压成型制备全降解餐具，已完成中试。");
        result.put("industry", "SUGAR");
        result.put("maturity", "PILOT");
        result.put("trl", 6);
        result.put("transferModes", List.of("TRANSFER", "LICENSE"));
        result.put("askingPrice", "500000.00");
        result.put("priceNegotiable", false);
        result.put("patents", List.of(Map.of("number", "ZL202310654321.8", "kind", "INVENTION", "status", "GRANTED")));
        result.put("regionCode", "450100");
        String id = api.post(GXU, "catalogue", "/results", result, 201).getString("id");
        api.post(GXU, "catalogue", "/results/" + id + "/submit", null, 200);
        assertThat(api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    private String publishDemand(LocalDate today, String title) {
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", title);
        demand.put("problem", title + "：需要一套可在榨季稳定运行、成本可控的技术方案。");
        demand.put("industry", "SUGAR");
        demand.put("budgetMin", "200000.00");
        demand.put("budgetMax", "500000.00");
        demand.put("deadline", today.plusDays(60).toString());
        demand.put("regionCode", "450100");
        demand.put("cooperationModes", List.of("COMMISSIONED_DEVELOPMENT"));
        String id = api.post(DEMANDER, "demand", "/demands", demand, 201).getString("id");
        api.post(DEMANDER, "demand", "/demands/" + id + "/submit", null, 200);
        assertThat(api.post(ADMIN, "demand", "/demands/" + id + "/approve", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    private String publishChallenge(String demandId, Instant deadline) {
        String id = api.post(ADMIN, "bidding", "/challenges", Map.of("demandId", demandId, "deadline",
                deadline.toString()), 201).getString("id");
        new ChallengeSteps(api).method(ADMIN, id);
        JsonPath published = api.post(ADMIN, "bidding", "/challenges/" + id + "/publish", null, 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("demander.uscc")).isEqualTo(DEMANDER_USCC);
        return id;
    }

    private static Map<String, Object> bidBody(String price) {
        return Map.of("price", price, "planSummary", "分小试、中试、示范三阶段实施，关键指标逐级验证。", "durationMonths", 18,
                "team", ChallengeSteps.TEAM);
    }

    private String bid(String challengeId, String user, String price) {
        JsonPath bid = api.post(user, "bidding", "/challenges/" + challengeId + "/bids", bidBody(price), 201);
        assertThat(bid.getString("status")).isEqualTo("SUBMITTED");
        return bid.getString("id");
    }

    // ----------------------------------------------------------------------------------------- notices

    /** {@code user}'s notices of {@code kind} about {@code subjectId}, newest first. */
    private List<Map<String, Object>> notices(String user, String kind, String subjectId) {
        return list(api.get(user, NOTIFICATION, "/notifications?size=100", 200), "items").stream()
                .filter(n -> kind.equals(n.get("kind")) && subjectId.equals(n.get("subjectId"))).toList();
    }

    /** Waits for {@code user}'s notice of {@code kind} about {@code subjectId} (an event goes through Kafka). */
    private Map<String, Object> awaitNotice(String user, String kind, String subjectId) {
        AtomicReference<Map<String, Object>> found = new AtomicReference<>();
        await(user + " is told " + kind).atMost(EVENTS).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<Map<String, Object>> all = notices(user, kind, subjectId);
            found.set(all.isEmpty() ? null : all.get(0));
            return found.get() != null;
        });
        assertThat(found.get().get("link")).isEqualTo("/challenges/" + subjectId);
        return found.get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> args(Map<String, Object> notice) {
        return (Map<String, String>) notice.get("args");
    }

    private void step(String what) {
        steps.add(String.format(Locale.ROOT, "%s at %.1f s", what, (System.nanoTime() - t0) / 1e9));
        System.out.println("ChallengeScenariosIT: " + steps.get(steps.size() - 1));
    }
}
