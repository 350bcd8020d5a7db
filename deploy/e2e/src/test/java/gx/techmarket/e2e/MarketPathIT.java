package gx.techmarket.e2e;

import static gx.techmarket.e2e.Api.list;
import static gx.techmarket.e2e.Api.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton's path through the five real services, each step by the role that takes it, with its own
 * token from the real Keycloak: result and demand through review to publication; a 技术攻关 challenge from the demand
 * (bidding learns of it by event), sealed bids and the conflict-of-interest rule, the award after the real
 * deadline; the development contract registry drafts from the award and a broker's 技术转让 contract, both filed,
 * accepted and registered; and the subsidies the registrations give, to the fen, in each organisation's view, the
 * operator's view and the programmes' budgets.
 */
@ExtendWith(MarketExtension.class)
class MarketPathIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTS = Duration.ofSeconds(60);

    // demo users (deploy/keycloak/techmarket-realm.json) and their organisations
    private static final String UNIVERSITY = "uni.gxu";
    private static final String UNIVERSITY_USCC = "124501004985024102";
    private static final String OTHER_UNIVERSITY = "uni.guet";
    private static final String DEMANDER = "ent.gxsugar";
    private static final String DEMANDER_USCC = "91450100MA5K3B2L5H";
    private static final String SUBSIDIARY = "ent.guilinsugar"; // 桂林桂糖制糖, subsidiary of the demander
    private static final String LATE_BIDDER = "ent.baise";
    private static final String BUYER = "ent.liuzhou";
    private static final String BUYER_USCC = "91450200MA5L0PX62A";
    private static final String BUYER_NAME = "柳州汽车零部件有限公司";
    private static final String BROKER = "broker.gxttc";
    private static final String BROKER_USCC = "91450100MA5P2D9E7A";
    private static final String REGISTRAR = "registrar.nanning";
    private static final String REGISTRATION_POINT_USCC = "124501004983071214";
    private static final String ADMIN = "admin.gx";
    private static final String CITY_ADMIN = "admin.baise";

    private static final String TRANSFORMATION = "RESULT_TRANSFORMATION_POST_SUBSIDY";
    private static final String INTERMEDIARY = "INTERMEDIARY_SUBSIDY";
    private static final String REGISTRATION_BODY = "REGISTRATION_BODY_SUBSIDY";

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
    void theWholePathFromPublicationToRegistrationAndSubsidies() throws Exception {
        t0 = System.nanoTime();
        try {
            walkThePath();
        } finally {
            String timings = String.join("; ", steps);
            market.timing("MarketPathIT: " + timings);
            System.out.println("MarketPathIT steps: " + timings);
        }
    }

    private void walkThePath() throws Exception {
        // every role signs in once up front (real Keycloak, code + PKCE), so no login eats into the bidding window
        List<String> users = List.of(UNIVERSITY, OTHER_UNIVERSITY, DEMANDER, SUBSIDIARY, LATE_BIDDER, BUYER, BROKER,
                REGISTRAR, ADMIN, CITY_ADMIN);
        users.forEach(market::token);
        step(users.size() + " users signed in");

        LocalDate today = LocalDate.now(CHINA);
        Map<String, BigDecimal> remainingBefore = remaining(today.getYear());

        String resultId = publishResult();
        String demandId = publishDemand(today);
        step("result and demand published");

        // bidding knows the demand only from DemandPublished
        await("bidding learns the published demand").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> api.as(ADMIN, "bidding").get("/demands/" + demandId).statusCode() == 200);
        step("bidding knows the demand");

        Instant deadline = Instant.now().plusSeconds(15); // two bids and a look: about 2 s (4 s on a loaded CI)
        String challengeId = publishChallenge(demandId, deadline);
        String winningBid = bid(challengeId, UNIVERSITY, "300000.00");
        String otherBid = bid(challengeId, OTHER_UNIVERSITY, "350000.00");
        api.refused(api.as(SUBSIDIARY, "bidding").body(bidBody("280000.00")).post("/challenges/" + challengeId
                + "/bids"), 409, "BIDDER_CONFLICT_OF_INTEREST", "the demander's subsidiary bids");
        sealedBeforeTheDeadline(challengeId, winningBid, otherBid);
        step("challenge published, two bids, the subsidiary refused, bids sealed");

        // the broker's deal runs while the bidding deadline comes
        Registered brokered = brokeredTransfer(resultId, today);
        step("brokered transfer registered");

        long wait = Duration.between(Instant.now(), deadline).toMillis() + 500;
        if (wait > 0) {
            Thread.sleep(wait); // the one fixed wait: the bidding deadline is real time
        }
        Registered development = awardAndRegister(challengeId, winningBid, otherBid, today);
        step("award, development contract registered");

        assertThat(brokered.number()).isNotEqualTo(development.number());
        String prefix = String.format(Locale.ROOT, "%02d450101", brokered.year() % 100);
        assertThat(List.of(brokered.number(), development.number()))
                .as("YY 45 city 01 point 01 serial: 14 digits").allMatch(n -> n.matches(prefix + "\\d{6}"));

        subsidiesToTheFen(brokered, development, remainingBefore);
        step("subsidies checked");

        // the broker performance record: the registration names the drafting 技术经理人's account, the directory's
        // register names the account (张伟 of 广西技术转移中心, the demo broker linked to broker.gxttc)
        await("the statistics name the broker of the brokered transfer").atMost(EVENTS)
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(api
                        .get(ADMIN, "statistics", "/statistics/brokers/people", 200)
                        .<Map<String, Object>>getList("$"))
                        .anySatisfy(row -> {
                            assertThat(row.get("name")).isEqualTo("张伟");
                            assertThat(row.get("agencyUscc")).isEqualTo(BROKER_USCC);
                            assertThat(row.get("certificateNumber")).isEqualTo("GXJSJL-2021-0058");
                            assertThat(((Number) row.get("count")).longValue()).isPositive();
                        }));
        step("the broker performance record names the broker");

        firstMilestoneReleasesItsSupport(challengeId);
        step("first milestone accepted, its 揭榜 support granted");
    }

    /**
     * 里程碑: the university reports the first milestone, the operator records the experts' check and accepts it (验收);
     * subsidy's 揭榜 support programme grants its share of the province's support to the 揭榜方, to the fen.
     */
    private void firstMilestoneReleasesItsSupport(String challengeId) {
        String milestone = "/challenges/" + challengeId + "/agreement/milestones/1";
        api.post(UNIVERSITY, "bidding", milestone + "/report", Map.of("summary", "小试完成，余热回收率达到设计值。"), 200);
        assertThat(api.get(DEMANDER, "bidding", "/challenges/" + challengeId, 200).getString("status"))
                .isEqualTo("MILESTONE_CHECK");
        api.post(ADMIN, "bidding", milestone + "/check", Map.of("opinion", "专家组意见：达到小试目标，同意验收。"), 200);
        api.post(ADMIN, "bidding", milestone + "/accept", null, 200);
        assertThat(api.get(DEMANDER, "bidding", "/challenges/" + challengeId, 200).getString("status"))
                .isEqualTo("IN_PROGRESS");
        AtomicReference<Map<String, Object>> support = new AtomicReference<>();
        await("subsidy grants the milestone's support").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    support.set(list(api.get(UNIVERSITY, "subsidy", "/entitlements/mine?size=100", 200), "items")
                            .stream().filter(e -> "CHALLENGE".equals(e.get("subjectType"))
                                    && String.valueOf(e.get("subjectReference")).contains(challengeId))
                            .findFirst().orElse(null));
                    return support.get() != null && "GRANTED".equals(support.get().get("status"));
                });
        // 20 % of 300,000.00 of R&D = 60,000.00, of which the first milestone releases 20,000.00
        assertThat(money(support.get().get("amount"))).isEqualByComparingTo("20000.00");
        assertThat(support.get().get("programmeCode")).isEqualTo("CHALLENGE_SUPPORT");
    }

    // ------------------------------------------------------------------------------------------- catalogue, demand

    private String publishResult() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", "甘蔗糖蜜发酵制备生物基材料技术");
        result.put("summary", "以制糖副产物糖蜜为原料，通过发酵制备生物基材料，已完成中试。");
        result.put("industry", "SUGAR");
        result.put("maturity", "PILOT");
        result.put("trl", 6);
        result.put("transferModes", List.of("TRANSFER", "LICENSE"));
        result.put("askingPrice", "1200000.00");
        result.put("priceNegotiable", false);
        result.put("patents", List.of(Map.of("number", "ZL202310123456.7", "kind", "INVENTION", "status", "GRANTED")));
        result.put("regionCode", "450100");
        JsonPath created = api.post(UNIVERSITY, "catalogue", "/results", result, 201);
        String id = created.getString("id");
        assertThat(created.getString("status")).isEqualTo("DRAFT");
        assertThat(created.getString("holder.uscc")).isEqualTo(UNIVERSITY_USCC);
        assertThat(api.post(UNIVERSITY, "catalogue", "/results/" + id + "/submit", null, 200).getString("status"))
                .isEqualTo("SUBMITTED");
        JsonPath published = api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(money(published.getString("askingPrice"))).isEqualByComparingTo("1200000.00");
        return id;
    }

    private String publishDemand(LocalDate today) {
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", "糖厂蔗渣锅炉烟气余热高效回收");
        demand.put("problem", "蔗渣锅炉排烟温度高，需要一套可在榨季连续运行的余热回收方案。");
        demand.put("industry", "SUGAR");
        demand.put("budgetMin", "200000.00");
        demand.put("budgetMax", "500000.00");
        demand.put("deadline", today.plusDays(60).toString());
        demand.put("regionCode", "450100");
        demand.put("cooperationModes", List.of("COMMISSIONED_DEVELOPMENT", "JOINT_DEVELOPMENT"));
        JsonPath created = api.post(DEMANDER, "demand", "/demands", demand, 201);
        String id = created.getString("id");
        assertThat(created.getString("demander.uscc")).isEqualTo(DEMANDER_USCC);
        api.post(DEMANDER, "demand", "/demands/" + id + "/submit", null, 200);
        // a submission is not 百色's to see, let alone approve
        api.refused(api.as(CITY_ADMIN, "demand").post("/demands/" + id + "/approve"), 404, "DEMAND_NOT_FOUND",
                "百色's operator approves a 南宁 demand");
        assertThat(api.post(ADMIN, "demand", "/demands/" + id + "/approve", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    // --------------------------------------------------------------------------------------------------- bidding

    private String publishChallenge(String demandId, Instant deadline) {
        JsonPath draft = api.post(ADMIN, "bidding", "/challenges",
                Map.of("demandId", demandId, "deadline", deadline.toString()), 201);
        String id = draft.getString("id");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        new ChallengeSteps(api).method(ADMIN, id); // 评审办法, published with the challenge
        assertThat(draft.getString("kind")).isEqualTo("TECHNOLOGY_BREAKTHROUGH");
        assertThat(draft.getString("demander.uscc")).isEqualTo(DEMANDER_USCC);
        JsonPath published = api.post(ADMIN, "bidding", "/challenges/" + id + "/publish", null, 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getBoolean("biddingOpen")).isTrue();
        return id;
    }

    private static Map<String, Object> bidBody(String price) {
        return Map.of("price", price, "planSummary", "余热锅炉改造与热管换热器方案，分三期实施。", "durationMonths", 18,
                "team", ChallengeSteps.TEAM);
    }

    private String bid(String challengeId, String user, String price) {
        JsonPath bid = api.post(user, "bidding", "/challenges/" + challengeId + "/bids", bidBody(price), 201);
        assertThat(bid.getString("status")).isEqualTo("SUBMITTED");
        assertThat(money(bid.getString("price"))).isEqualByComparingTo(price);
        return bid.getString("id");
    }

    private void sealedBeforeTheDeadline(String challengeId, String winningBid, String otherBid) {
        assertThat(api.get(DEMANDER, "bidding", "/challenges/" + challengeId + "/bids", 200).getList("items"))
                .as("the demander sees no bid before the deadline").isEmpty();
        api.refused(api.as(DEMANDER, "bidding").get("/bids/" + winningBid), 404, "BID_NOT_FOUND",
                "the demander reads a sealed bid");
        assertThat(api.get(OTHER_UNIVERSITY, "bidding", "/challenges/" + challengeId + "/bids", 200)
                .getList("items.id", String.class)).as("a bidder sees only its own bid").containsExactly(otherBid);
        api.refused(api.as(DEMANDER, "bidding").body(Map.of("bidId", winningBid))
                .post("/challenges/" + challengeId + "/award"), 409, "EVALUATION_NOT_COMPLETE", "award before the deadline");
    }

    // -------------------------------------------------------------------------------------------------- registry

    /** A registered contract: what the path needs of it later. */
    record Registered(String contractId, String number, int year, BigDecimal technologyTransactionAmount) {}

    private Registered brokeredTransfer(String resultId, LocalDate today) {
        Map<String, Object> draft = Map.of("resultId", resultId, "contractType", "TRANSFER_PATENT",
                "buyer", Map.of("uscc", BUYER_USCC, "name", BUYER_NAME, "region", "450200"));
        // the registry knows the result only from ResultPublished
        AtomicReference<JsonPath> created = new AtomicReference<>();
        await("the registry learns the published result").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    var response = api.as(BROKER, "registry").body(draft).post("/contracts/brokered");
                    if (response.statusCode() == 404 && "RESULT_NOT_KNOWN".equals(response.jsonPath().getString("code"))) {
                        return false;
                    }
                    Api.expect(response, 201, "the broker drafts a transfer");
                    created.set(response.jsonPath());
                    return true;
                });
        JsonPath contract = created.get();
        String id = contract.getString("id");
        assertThat(contract.getString("status")).isEqualTo("DRAFT");
        assertThat(contract.getString("seller.uscc")).isEqualTo(UNIVERSITY_USCC);
        assertThat(contract.getString("buyer.uscc")).isEqualTo(BUYER_USCC);
        assertThat(contract.getString("intermediary.uscc")).isEqualTo(BROKER_USCC);
        assertThat(money(contract.getString("proposedAmount"))).isEqualByComparingTo("1200000.00");

        Map<String, Object> filing = Map.of("totalContractAmount", "1000000.00", "signedOn", today.toString(),
                "nonTechnicalItems", List.of(Map.of("category", "EQUIPMENT", "description", "发酵罐及配套设备",
                        "amount", "200000.00")));
        api.refused(api.as(BROKER, "registry").body(filing).post("/contracts/" + id + "/submit"), 403,
                "NOT_CONTRACT_SELLER", "the broker files for the seller");
        return fileAndRegister(id, filing, "1000000.00", "200000.00", "800000.00");
    }

    private Registered awardAndRegister(String challengeId, String winningBid, String otherBid, LocalDate today) {
        JsonPath challenge = api.get(DEMANDER, "bidding", "/challenges/" + challengeId, 200);
        assertThat(challenge.getString("status")).isEqualTo("CLOSED");
        assertThat(challenge.getBoolean("biddingOpen")).isFalse();
        api.refused(api.as(LATE_BIDDER, "bidding").body(bidBody("250000.00")).post("/challenges/" + challengeId
                + "/bids"), 409, "BID_AFTER_DEADLINE", "a bid after the deadline");
        assertThat(api.get(DEMANDER, "bidding", "/challenges/" + challengeId + "/bids", 200).getList("items.id", String.class))
                .as("after the deadline the demander sees every bid").containsExactlyInAnyOrder(winningBid, otherBid);

        // 资格审查, the panel the directory draws (广西大学's and the 桂糖 group's experts avoided), every expert's scores
        ChallengeSteps steps = new ChallengeSteps(api);
        steps.evaluate(ADMIN, challengeId, winningBid, otherBid);
        JsonPath awarded = api.post(DEMANDER, "bidding", "/challenges/" + challengeId + "/award",
                Map.of("bidId", winningBid), 200);
        assertThat(awarded.getString("status")).isEqualTo("AWARDED");
        assertThat(awarded.getString("awardedBidId")).isEqualTo(winningBid);
        assertThat(api.get(UNIVERSITY, "bidding", "/bids/" + winningBid, 200).getString("status")).isEqualTo("SELECTED");
        assertThat(api.get(OTHER_UNIVERSITY, "bidding", "/bids/" + otherBid, 200).getString("status"))
                .isEqualTo("NOT_SELECTED");

        // 揭榜协议: 30万元 of R&D (the enterprise 20万, the university 10万), the province's 20 % in two milestones
        JsonPath agreement = steps.agree(UNIVERSITY, DEMANDER, challengeId, "300000.00", "200000.00", "100000.00",
                "20000.00", "40000.00");
        assertThat(money(agreement.getString("provinceSupport"))).isEqualByComparingTo("60000.00");

        // AgreementSigned → the registry drafts a 技术开发(委托) contract between the winner and the demander
        AtomicReference<Map<String, Object>> drafted = new AtomicReference<>();
        await("the registry drafts the development contract").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    drafted.set(list(api.get(UNIVERSITY, "registry", "/contracts/mine?size=100", 200), "items").stream()
                            .filter(c -> challengeId.equals(c.get("challengeId"))).findFirst().orElse(null));
                    return drafted.get() != null;
                });
        String id = drafted.get().get("id").toString();
        JsonPath contract = api.get(DEMANDER, "registry", "/contracts/" + id, 200);
        assertThat(contract.getString("contractType")).isEqualTo("DEVELOPMENT_COMMISSIONED");
        assertThat(contract.getString("status")).isEqualTo("DRAFT");
        assertThat(contract.getString("bidId")).isEqualTo(winningBid);
        assertThat(contract.getString("seller.uscc")).isEqualTo(UNIVERSITY_USCC);
        assertThat(contract.getString("buyer.uscc")).isEqualTo(DEMANDER_USCC);
        assertThat(contract.getString("intermediary")).isNull();
        assertThat(money(contract.getString("proposedAmount"))).isEqualByComparingTo("300000.00");

        Map<String, Object> filing = Map.of("totalContractAmount", "300000.00", "signedOn", today.toString(),
                "nonTechnicalItems", List.of());
        return fileAndRegister(id, filing, "300000.00", "0.00", "300000.00");
    }

    private Registered fileAndRegister(String id, Map<String, Object> filing, String total, String nonTechnical,
            String technology) {
        api.attachMissing(UNIVERSITY, id);
        JsonPath submitted = api.post(UNIVERSITY, "registry", "/contracts/" + id + "/submit", filing, 200);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(list(api.get(REGISTRAR, "registry", "/contracts/queue?size=100", 200), "items"))
                .extracting(c -> c.get("id")).contains(id);
        assertThat(api.post(REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200).getString("status"))
                .isEqualTo("ACCEPTED");
        JsonPath registered = api.post(REGISTRAR, "registry", "/contracts/" + id + "/register", null, 200);
        assertThat(registered.getString("status")).isEqualTo("REGISTERED");
        assertThat(money(registered.getString("totalContractAmount"))).isEqualByComparingTo(total);
        assertThat(money(registered.getString("nonTechnicalAmount"))).isEqualByComparingTo(nonTechnical);
        assertThat(money(registered.getString("technologyTransactionAmount"))).as("技术交易额")
                .isEqualByComparingTo(technology);
        assertThat(registered.getString("registrationPointUscc")).isEqualTo(REGISTRATION_POINT_USCC);
        String number = registered.getString("registrationNumber");
        assertThat(number).as("registration number").matches("\\d{14}");
        int year = Instant.parse(registered.getString("registeredAt")).atZone(CHINA).getYear();
        // every party sees the same registration
        assertThat(api.get(UNIVERSITY, "registry", "/contracts/" + id, 200).getString("registrationNumber"))
                .isEqualTo(number);
        assertThat(api.get(ADMIN, "registry", "/contracts/" + id, 200).getString("technologyTransactionAmount"))
                .isEqualTo(registered.getString("technologyTransactionAmount"));
        return new Registered(id, number, year, money(registered.getString("technologyTransactionAmount")));
    }

    // --------------------------------------------------------------------------------------------------- subsidy

    /** One expected grant: programme, beneficiary (its user and USCC), amount. */
    record Grant(String programme, String user, String uscc, String amount) {}

    private void subsidiesToTheFen(Registered brokered, Registered development, Map<String, BigDecimal> before) {
        assertThat(brokered.year()).isEqualTo(development.year());
        List<Grant> brokeredGrants = List.of(
                // 1% of T = 800,000.00
                new Grant(INTERMEDIARY, BROKER, BROKER_USCC, "8000.00"),
                // 1‰ of the registered 技术交易额
                new Grant(REGISTRATION_BODY, REGISTRAR, REGISTRATION_POINT_USCC, "800.00"),
                // in-region enterprise buyer, unaffiliated: 0.20 × 800,000.00 (cap 500,000.00, minimum 100,000.00)
                new Grant(TRANSFORMATION, BUYER, BUYER_USCC, "160000.00"));
        List<Grant> developmentGrants = List.of(
                new Grant(REGISTRATION_BODY, REGISTRAR, REGISTRATION_POINT_USCC, "300.00"),
                // the demander bought development from a university: 0.20 × 300,000.00; no broker, no intermediary grant
                new Grant(TRANSFORMATION, DEMANDER, DEMANDER_USCC, "60000.00"));

        await("subsidy grants the registrations' entitlements").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> granted(brokered.contractId()).size() == brokeredGrants.size()
                        && granted(development.contractId()).size() == developmentGrants.size());

        checkGrants(brokered, brokeredGrants);
        checkGrants(development, developmentGrants);

        // the seller gets nothing from either contract
        assertThat(list(api.get(UNIVERSITY, "subsidy", "/entitlements/mine?size=100", 200), "items"))
                .extracting(e -> e.get("contractId"))
                .doesNotContain(brokered.contractId(), development.contractId());

        Map<String, BigDecimal> after = remaining(brokered.year());
        Map<String, BigDecimal> spent = new LinkedHashMap<>();
        for (Grant g : concat(brokeredGrants, developmentGrants)) {
            spent.merge(g.programme(), new BigDecimal(g.amount()), BigDecimal::add);
        }
        assertThat(spent).containsOnlyKeys(TRANSFORMATION, INTERMEDIARY, REGISTRATION_BODY);
        for (Map.Entry<String, BigDecimal> e : spent.entrySet()) {
            assertThat(before.get(e.getKey()).subtract(after.get(e.getKey())))
                    .as("budget of %s used by the two contracts", e.getKey()).isEqualByComparingTo(e.getValue());
        }
        assertThat(spent.get(TRANSFORMATION)).isEqualByComparingTo("220000.00");
        assertThat(spent.get(INTERMEDIARY)).isEqualByComparingTo("8000.00");
        assertThat(spent.get(REGISTRATION_BODY)).isEqualByComparingTo("1100.00");
    }

    private void checkGrants(Registered contract, List<Grant> expected) {
        List<Map<String, Object>> all = granted(contract.contractId());
        assertThat(all).as("entitlements of %s in the operator's view", contract.number())
                .extracting(e -> e.get("programmeCode"))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Grant::programme).toList());
        for (Grant grant : expected) {
            Map<String, Object> seen = all.stream().filter(e -> grant.programme().equals(e.get("programmeCode")))
                    .findFirst().orElseThrow();
            checkEntitlement(seen, grant, contract);
            // the beneficiary's own view shows the same entitlement
            List<Map<String, Object>> mine = list(api.get(grant.user(), "subsidy", "/entitlements/mine?size=100", 200), "items")
                    .stream().filter(e -> contract.contractId().equals(e.get("contractId"))).toList();
            assertThat(mine).as("%s's entitlements from %s", grant.user(), contract.number()).hasSize(
                    (int) expected.stream().filter(g -> g.uscc().equals(grant.uscc())).count());
            Map<String, Object> own = mine.stream().filter(e -> grant.programme().equals(e.get("programmeCode")))
                    .findFirst().orElseThrow(() -> new AssertionError(grant + " missing from " + grant.user() + "'s own"));
            checkEntitlement(own, grant, contract);
            assertThat(own.get("id")).isEqualTo(seen.get("id"));
        }
    }

    private static void checkEntitlement(Map<String, Object> e, Grant grant, Registered contract) {
        String what = grant + " for " + contract.number() + ": " + e;
        assertThat(e.get("status")).as(what).isEqualTo("GRANTED");
        assertThat(money(e.get("amount"))).as(what).isEqualByComparingTo(grant.amount());
        assertThat(money(e.get("basisAmount"))).as(what).isEqualByComparingTo(contract.technologyTransactionAmount());
        assertThat(e.get("registrationNumber")).as(what).isEqualTo(contract.number());
        assertThat(e.get("budgetYear")).as(what).isEqualTo(contract.year());
        @SuppressWarnings("unchecked")
        Map<String, Object> beneficiary = (Map<String, Object>) e.get("beneficiary");
        assertThat(beneficiary.get("uscc")).as(what).isEqualTo(grant.uscc());
        assertThat(e.get("journalEntryId")).as(what + " is posted to the ledger").isNotNull();
        assertThat(e.get("policyClause")).as(what).asString().isNotBlank();
    }

    /** The granted entitlements of a contract, as the operator lists them. */
    private List<Map<String, Object>> granted(String contractId) {
        return list(api.as(ADMIN, "subsidy").queryParam("contractId", contractId).queryParam("size", 100)
                .get("/entitlements").then().statusCode(200).extract().jsonPath(), "items").stream()
                .filter(e -> "GRANTED".equals(e.get("status"))).toList();
    }

    /** What is left of each programme's budget in a year. */
    private Map<String, BigDecimal> remaining(int year) {
        List<Map<String, Object>> programmes = list(api.as(ADMIN, "subsidy").queryParam("year", year)
                .queryParam("size", 100).get("/programmes").then().statusCode(200).extract().jsonPath(), "items");
        Map<String, BigDecimal> left = programmes.stream().collect(Collectors.toMap(p -> p.get("code").toString(),
                p -> money(p.get("remaining")), (a, b) -> a, LinkedHashMap::new));
        assertThat(left).as("the seeded programmes of " + year).containsKeys(TRANSFORMATION, INTERMEDIARY,
                REGISTRATION_BODY);
        for (Map<String, Object> p : programmes) {
            assertThat(money(p.get("budget")).subtract(money(p.get("granted"))))
                    .as("budget − granted = remaining for " + p.get("code")).isEqualByComparingTo(money(p.get("remaining")));
        }
        return left;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void step(String what) {
        steps.add(String.format(Locale.ROOT, "%s at %.1f s", what, (System.nanoTime() - t0) / 1e9));
        System.out.println("MarketPathIT: " + steps.get(steps.size() - 1));
    }
}
