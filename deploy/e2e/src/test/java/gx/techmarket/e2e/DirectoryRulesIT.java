package gx.techmarket.e2e;

import static gx.techmarket.e2e.Api.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14's wrong payments, each through the running market: every party's kind, region and group come from the
 * directory (机构库, seeded with the demo organisations), not from what the broker typed, and each subsidy policy
 * bars what its relation (关联) says. Before the directory, each of these deals paid a subsidy the policy forbids.
 */
@ExtendWith(MarketExtension.class)
class DirectoryRulesIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTS = Duration.ofSeconds(60);

    private static final String ADMIN = "admin.gx";
    private static final String CITY_ADMIN = "admin.baise";
    private static final String BROKER = "broker.gxttc";
    /** 广西桂糖科技服务有限公司: an agency inside the 桂糖 group. */
    private static final String GROUP_BROKER = "broker.gxsugar";
    private static final String NANNING_REGISTRAR = "registrar.nanning";
    private static final String LIUZHOU_REGISTRAR = "registrar.liuzhou";
    /** Registers what 桂林 sellers file: a seller registers at its own location. */
    private static final String GUILIN_REGISTRAR = "registrar.guilin";

    private static final String SUGAR_GROUP = "ent.gxsugar";
    private static final String GUILIN_SUGAR = "ent.guilinsugar";
    private static final String GUILIN_SUGAR_USCC = "91450300MA5KC7Q12L";
    private static final String SUGAR_GROUP_USCC = "91450100MA5K3B2L5H";
    /** 南宁桂糖糖业: the second subsidiary of the 桂糖 group. */
    private static final String NANNING_SUGAR_USCC = "91450100MA5R8G2K1E";
    private static final String GXU = "uni.gxu";
    private static final String GXU_USCC = "124501004985024102";
    private static final String GUET = "uni.guet";
    /** 深圳市智造机器人: a verified enterprise outside Guangxi. */
    private static final String SHENZHEN_USCC = "91440300MA5G7X4B3W";

    private static final String BUYER_SUBSIDY = "RESULT_TRANSFORMATION_POST_SUBSIDY";
    private static final String INTERMEDIARY = "INTERMEDIARY_SUBSIDY";
    private static final String REGISTRATION_BODY = "REGISTRATION_BODY_SUBSIDY";

    private Api api;

    @BeforeEach
    void connect(Market market) {
        this.api = new Api(market);
    }

    @Test
    void subsidiesThePolicyForbidsAreNotPaidAndEachRefusalSaysWhy() {
        LocalDate today = LocalDate.now(CHINA);
        String groupResult = publishResult(SUGAR_GROUP, "高效蔗糖连续结晶控制技术");
        String guetResult = publishResult(GUET, "糖厂锅炉烟气在线监测系统");
        String gxuResult = publishResult(GXU, "蔗渣纤维素纳米晶制备技术");
        String guilinResult = publishResult(GUILIN_SUGAR, "甘蔗糖蜜酵母抽提物工艺");

        // a subsidiary buys from its parent through an unrelated broker: the broker and the point are paid, the
        // subsidiary gets no 企业购买科技成果转化后补助 (buyer and seller are not 无关联)
        String subsidiaryBuys = draft(BROKER, groupResult, Map.of("uscc", GUILIN_SUGAR_USCC));
        JsonPath drafted = api.get(BROKER, "registry", "/contracts/" + subsidiaryBuys, 200);
        assertThat(drafted.getString("buyer.parentUscc")).as("the parent comes from the directory")
                .isEqualTo(SUGAR_GROUP_USCC);
        register(SUGAR_GROUP, subsidiaryBuys, NANNING_REGISTRAR, today);

        // a university named as buyer (the broker once typed it as an enterprise): no enterprise subsidy
        String universityBuys = draft(BROKER, guetResult,
                Map.of("uscc", GXU_USCC, "name", "广西大学", "region", "450100"));
        assertThat(api.get(BROKER, "registry", "/contracts/" + universityBuys, 200).getString("buyer.kind"))
                .isEqualTo("UNIVERSITY");
        register(GUET, universityBuys, GUILIN_REGISTRAR, today);

        // an out-of-province buyer typed as 450100: the directory's 440300 counts
        String outOfProvince = draft(BROKER, gxuResult,
                Map.of("uscc", SHENZHEN_USCC, "name", "深圳市智造机器人有限公司", "region", "450100"));
        assertThat(api.get(BROKER, "registry", "/contracts/" + outOfProvince, 200).getString("buyer.region"))
                .isEqualTo("440300");
        register(GXU, outOfProvince, NANNING_REGISTRAR, today);

        // two subsidiaries of one group deal with each other
        String siblings = draft(BROKER, guilinResult, Map.of("uscc", NANNING_SUGAR_USCC));
        register(GUILIN_SUGAR, siblings, GUILIN_REGISTRAR, today);

        // a broker inside the buyer's group earns no 1 %; the buyer (unrelated to the university) is paid. The
        // university registers at its own location: 柳州's point may not accept it, 南宁's numbers it (city 01, point 01)
        String groupBroker = draft(GROUP_BROKER, gxuResult, Map.of("uscc", GUILIN_SUGAR_USCC));
        api.attachMissing(GXU, groupBroker);
        api.post(GXU, "registry", "/contracts/" + groupBroker + "/submit", Map.of("totalContractAmount",
                "600000.00", "signedOn", today.toString(), "nonTechnicalItems", List.of()), 200);
        api.refused(api.as(LIUZHOU_REGISTRAR, "registry").post("/contracts/" + groupBroker + "/accept"), 403,
                "NOT_FILER_LOCATION", "柳州's point accepts a 南宁 university's filing");
        api.post(NANNING_REGISTRAR, "registry", "/contracts/" + groupBroker + "/accept", null, 200);
        String number = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + groupBroker + "/register", null, 200)
                .getString("registrationNumber");
        assertThat(number).as("南宁's registration number")
                .matches(String.format(Locale.ROOT, "%02d450101\\d{6}", today.getYear() % 100));

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        expected.put(subsidiaryBuys, Set.of(INTERMEDIARY, REGISTRATION_BODY));
        expected.put(universityBuys, Set.of(INTERMEDIARY, REGISTRATION_BODY));
        expected.put(outOfProvince, Set.of(INTERMEDIARY, REGISTRATION_BODY));
        expected.put(siblings, Set.of(INTERMEDIARY, REGISTRATION_BODY));
        expected.put(groupBroker, Set.of(BUYER_SUBSIDY, REGISTRATION_BODY));
        // the grants that are paid arrive; what is not paid never does (the refusals are asserted below)
        await("subsidy assesses the five registrations").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> expected.entrySet().stream().allMatch(e -> granted(e.getKey()).containsAll(e.getValue())));
        expected.forEach((contract, programmes) -> assertThat(granted(contract)).as("grants of %s", contract)
                .containsExactlyInAnyOrderElementsOf(programmes));

        Map<String, String> refusedBuyer = Map.of(subsidiaryBuys, "BUYER_AFFILIATED_WITH_SELLER",
                universityBuys, "BUYER_NOT_ENTERPRISE", outOfProvince, "BUYER_OUTSIDE_GUANGXI",
                siblings, "BUYER_AFFILIATED_WITH_SELLER");
        refusedBuyer.forEach((contract, reason) -> assertThat(refusals(ADMIN, contract))
                .as("why %s gave no buyer subsidy", contract).containsEntry(BUYER_SUBSIDY, reason));
        assertThat(refusals(ADMIN, groupBroker)).containsEntry(INTERMEDIARY, "INTERMEDIARY_AFFILIATED_WITH_PARTY");
        // the buyer may read why it got nothing; 百色's operator does not see a 桂林 buyer's refusal
        assertThat(list(api.get(GUILIN_SUGAR, "subsidy", "/entitlements/refusals/mine?size=100", 200), "items"))
                .extracting(r -> r.get("contractId")).contains(subsidiaryBuys);
        assertThat(refusals(CITY_ADMIN, subsidiaryBuys)).isEmpty();
    }

    @Test
    void aCityOperatorSeesNothingOfAnotherCityInAnyService() {
        LocalDate today = LocalDate.now(CHINA);
        // a 南宁 result waiting for review, a 南宁 contract and a 桂林 buyer's grant
        String result = create(GXU, "南宁高校待审成果：糖厂废水膜处理技术");
        api.post(GXU, "catalogue", "/results/" + result + "/submit", null, 200);
        api.refused(api.as(CITY_ADMIN, "catalogue").get("/results/" + result), 404, "RESULT_NOT_FOUND",
                "百色's operator reads a 南宁 result in review");
        assertThat(list(api.get(CITY_ADMIN, "catalogue", "/results/review-queue?size=100", 200), "items"))
                .extracting(r -> r.get("id")).doesNotContain(result);
        api.post(ADMIN, "catalogue", "/results/" + result + "/approve", null, 200);

        String contract = draft(BROKER, result, Map.of("uscc", GUILIN_SUGAR_USCC));
        api.refused(api.as(CITY_ADMIN, "registry").get("/contracts/" + contract), 404, "CONTRACT_NOT_FOUND",
                "百色's operator reads a 南宁 contract");
        register(GXU, contract, NANNING_REGISTRAR, today);
        AtomicReference<Map<String, Object>> grant = new AtomicReference<>();
        await("the buyer's grant").atMost(EVENTS).pollInterval(Duration.ofMillis(500)).until(() -> {
            grant.set(entitlements(ADMIN, contract).stream()
                    .filter(e -> BUYER_SUBSIDY.equals(e.get("programmeCode"))).findFirst().orElse(null));
            return grant.get() != null;
        });
        api.refused(api.as(CITY_ADMIN, "subsidy").get("/entitlements/" + grant.get().get("id")), 404,
                "ENTITLEMENT_NOT_FOUND", "百色's operator reads a 桂林 buyer's grant");
        assertThat(entitlements(CITY_ADMIN, contract)).as("百色's list of grants").isEmpty();

        // the directory: 百色's operator may not act on a 南宁 organisation
        api.refused(api.as(CITY_ADMIN, "directory").body(Map.of("reason", "越权停用")).post("/organisations/"
                + GXU_USCC + "/suspend"), 403, "REGION_NOT_OPERATED", "百色's operator suspends 广西大学");
        assertThat(api.get(ADMIN, "directory", "/organisations/" + GXU_USCC, 200).getString("status"))
                .isEqualTo("VERIFIED");
    }

    // ------------------------------------------------------------------------------------------------- the deals

    private String create(String holder, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "已完成中试，具备产业化条件，可转让或许可实施。");
        body.put("industry", "SUGAR");
        body.put("maturity", "PILOT");
        body.put("trl", 6);
        body.put("transferModes", List.of("TRANSFER", "LICENSE"));
        body.put("askingPrice", "900000.00");
        body.put("priceNegotiable", false);
        body.put("regionCode", "450100");
        return api.post(holder, "catalogue", "/results", body, 201).getString("id");
    }

    private String publishResult(String holder, String title) {
        String id = create(holder, title);
        api.post(holder, "catalogue", "/results/" + id + "/submit", null, 200);
        api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200);
        return id;
    }

    /** The broker's draft of a patent transfer (the registry learns the result from ResultPublished). */
    private String draft(String broker, String resultId, Map<String, Object> buyer) {
        Map<String, Object> draft = Map.of("resultId", resultId, "contractType", "TRANSFER_PATENT", "buyer", buyer);
        AtomicReference<String> id = new AtomicReference<>();
        await("the registry knows the result").atMost(EVENTS).pollInterval(Duration.ofMillis(300)).until(() -> {
            var response = api.as(broker, "registry").body(draft).post("/contracts/brokered");
            if (response.statusCode() == 404 && "RESULT_NOT_KNOWN".equals(response.jsonPath().getString("code"))) {
                return false;
            }
            Api.expect(response, 201, broker + " drafts a transfer");
            id.set(response.jsonPath().getString("id"));
            return true;
        });
        return id.get();
    }

    /** The seller files, {@code registrar}'s point accepts and registers; the registration number. */
    private String register(String seller, String contractId, String registrar, LocalDate today) {
        api.attachMissing(seller, contractId);
        api.post(seller, "registry", "/contracts/" + contractId + "/submit", Map.of("totalContractAmount",
                "600000.00", "signedOn", today.toString(), "nonTechnicalItems", List.of()), 200);
        api.post(registrar, "registry", "/contracts/" + contractId + "/accept", null, 200);
        JsonPath registered = api.post(registrar, "registry", "/contracts/" + contractId + "/register", null, 200);
        assertThat(registered.getString("status")).isEqualTo("REGISTERED");
        return registered.getString("registrationNumber");
    }

    // ------------------------------------------------------------------------------------------------ subsidies

    private List<Map<String, Object>> entitlements(String admin, String contractId) {
        return list(api.as(admin, "subsidy").queryParam("contractId", contractId).queryParam("size", 100)
                .get("/entitlements").then().statusCode(200).extract().jsonPath(), "items");
    }

    private Set<String> granted(String contractId) {
        return entitlements(ADMIN, contractId).stream().filter(e -> "GRANTED".equals(e.get("status")))
                .map(e -> e.get("programmeCode").toString()).collect(Collectors.toSet());
    }

    /** Programme → reason of each refusal of the contract the admin may see. */
    private Map<String, String> refusals(String admin, String contractId) {
        return list(api.as(admin, "subsidy").queryParam("contractId", contractId).queryParam("size", 100)
                .get("/entitlements/refusals").then().statusCode(200).extract().jsonPath(), "items").stream()
                .collect(Collectors.toMap(r -> r.get("programmeCode").toString(), r -> r.get("reason").toString()));
    }
}
