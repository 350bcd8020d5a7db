package gx.techmarket.e2e;

import static gx.techmarket.e2e.Api.list;
import static gx.techmarket.e2e.Api.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, the registrar's whole job, through the running market: every subtype filed by its seller with the
 * documents it needs and registered; a refusal on grounds; a 500万元 contract through expert review by the demo's
 * 糖业 experts; amendment and cancellation reaching the subsidy ledger to the fen; a contract signed in 2025 under
 * the 2001 rules; and the certificate checked by anyone without signing in.
 */
@ExtendWith(MarketExtension.class)
class RegistrationIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTS = Duration.ofSeconds(60);

    private static final String ADMIN = "admin.gx";
    private static final String GXU = "uni.gxu";
    private static final String GUET = "uni.guet";
    private static final String AGENCY = "broker.gxttc";
    private static final String NANNING_REGISTRAR = "registrar.nanning";
    private static final String GUILIN_REGISTRAR = "registrar.guilin";
    private static final List<String> SUGAR_EXPERTS = List.of("expert.gxas", "expert.gxas2", "expert.gxas3", "expert.gxas5", "expert.guet", "expert.gxu",
            "expert.gxu2", "expert.gxsugar");

    /** 柳州汽车零部件: an enterprise unrelated to the universities. */
    private static final String LIUZHOU_PARTS_USCC = "91450200MA5L0PX62A";
    /** 广西桂糖集团: an enterprise unrelated to the universities. */
    private static final String SUGAR_GROUP_USCC = "91450100MA5K3B2L5H";

    private static final String BUYER_SUBSIDY = "RESULT_TRANSFORMATION_POST_SUBSIDY";
    private static final String REGISTRATION_BODY = "REGISTRATION_BODY_SUBSIDY";

    private Api api;
    private Market market;

    @BeforeEach
    void connect(Market market) {
        this.market = market;
        this.api = new Api(market);
    }

    @Test
    void everySubtypeIsFiledWithItsDocumentsAndRegistered() {
        LocalDate today = LocalDate.now(CHINA);
        List<String> types = List.of("DEVELOPMENT_COMMISSIONED", "DEVELOPMENT_COOPERATIVE", "TRANSFER_PATENT",
                "TRANSFER_PATENT_APPLICATION", "TRANSFER_TECHNICAL_SECRET", "TRANSFER_IC_LAYOUT",
                "TRANSFER_PLANT_VARIETY", "TRANSFER_SOFTWARE", "TRANSFER_BIOMEDICINE_VARIETY", "TRANSFER_OTHER",
                "LICENSE_PATENT", "LICENSE_TECHNICAL_SECRET", "LICENSE_OTHER", "CONSULTING", "SERVICE",
                "SERVICE_TRAINING", "SERVICE_INTERMEDIARY");
        for (String type : types) {
            // the intermediary service contract is filed by the agency (中介方), every other by the university
            String seller = type.equals("SERVICE_INTERMEDIARY") ? AGENCY : GXU;
            Map<String, Object> filing = filing(type, "广西大学" + label(type) + "合同", "800000.00",
                    List.of(item("EQUIPMENT", "中试设备", "100000.00")), today, LIUZHOU_PARTS_USCC);
            String id = api.post(seller, "registry", "/contracts", filing, 201).getString("id");
            List<String> checklist = api.get(seller, "registry", "/contracts/" + id + "/precheck", 200)
                    .getList("checklist.kind");
            assertThat(checklist).as(type).first().isEqualTo("SIGNED_CONTRACT");
            if (type.equals("TRANSFER_PATENT")) {
                // without the patent certificate the filing is incomplete and nothing changes
                attach(seller, id, "SIGNED_CONTRACT");
                api.refused(api.as(seller, "registry").body(submission(filing)).post("/contracts/" + id + "/submit"),
                        409, "DOCUMENTS_MISSING", "a patent transfer filed without its patent certificate");
                assertThat(contract(seller, id).getString("status")).isEqualTo("DRAFT");
                checklist.stream().filter(k -> !k.equals("SIGNED_CONTRACT")).forEach(k -> attach(seller, id, k));
            } else {
                checklist.forEach(k -> attach(seller, id, k));
            }
            api.post(seller, "registry", "/contracts/" + id + "/submit", submission(filing), 200);
            api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
            JsonPath registered = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/register", null,
                    200);
            assertThat(registered.getString("status")).as(type).isEqualTo("REGISTERED");
            assertThat(registered.getString("contractType")).isEqualTo(type);
            assertThat(registered.getString("registrationNumber")).as(type)
                    .matches(String.format("%02d450101\\d{6}", today.getYear() % 100));
            assertThat(money(registered.get("totalContractAmount"))).isEqualByComparingTo("800000.00");
            assertThat(money(registered.get("technologyTransactionAmount"))).isEqualByComparingTo("700000.00");
        }
    }

    @Test
    void aRefusalNeedsGroundsAndIsFinal() {
        LocalDate today = LocalDate.now(CHINA);
        String id = filed(GXU, "CONSULTING", "企业管理与营销策略咨询合同", "300000.00", today, SUGAR_GROUP_USCC);
        api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
        api.refused(api.as(NANNING_REGISTRAR, "registry").body(Map.of("grounds", List.of(), "explanation", "不属于"))
                .post("/contracts/" + id + "/refuse"), 400, "REFUSAL_GROUNDS_REQUIRED", "a refusal without grounds");
        assertThat(contract(NANNING_REGISTRAR, id).getString("status")).isEqualTo("ACCEPTED");
        JsonPath refused = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/refuse",
                Map.of("grounds", List.of("NOT_TECHNICAL_CONTRACT", "TITLE_CONTENT_MISMATCH"),
                        "explanation", "合同内容为企业管理与市场营销咨询，不属于技术咨询合同。"), 200);
        assertThat(refused.getString("status")).isEqualTo("NOT_REGISTERED");
        assertThat(refused.getList("actions")).doesNotContain("register", "refuse", "accept");
        api.refused(api.as(NANNING_REGISTRAR, "registry").post("/contracts/" + id + "/register"), 409,
                "ILLEGAL_STATE_TRANSITION", "registering a refused contract");
        assertThat(contract(GXU, id).getString("status")).as("the seller sees the refusal").isEqualTo("NOT_REGISTERED");
    }

    @Test
    void aLargeContractIsRegisteredOnlyAfterEveryDrawnExpertGaveAnOpinion() {
        LocalDate today = LocalDate.now(CHINA);
        // 桂林电子科技大学 files in 桂林, its own location: 6,000,000.00 of which 5,500,000.00 is technology
        Map<String, Object> filing = filing("DEVELOPMENT_COMMISSIONED", "甘蔗收获机智能控制系统委托开发合同",
                "6000000.00", List.of(item("INSTRUMENTS", "田间测试仪器两套", "500000.00")), today,
                LIUZHOU_PARTS_USCC);
        String id = api.post(GUET, "registry", "/contracts", filing, 201).getString("id");
        api.attachMissing(GUET, id);
        api.post(GUET, "registry", "/contracts/" + id + "/submit", submission(filing), 200);
        api.refused(api.as(NANNING_REGISTRAR, "registry").post("/contracts/" + id + "/accept"), 403,
                "NOT_FILER_LOCATION", "南宁's point accepts a 桂林 seller's filing");
        JsonPath accepted = api.post(GUILIN_REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
        assertThat(accepted.getInt("deadline.workingDays")).as("a large contract has 30 working days")
                .isEqualTo(30);
        api.refused(api.as(GUILIN_REGISTRAR, "registry").post("/contracts/" + id + "/register"), 409,
                "EXPERT_REVIEW_REQUIRED", "registering 5,500,000.00 without expert review");

        JsonPath review = api.post(GUILIN_REGISTRAR, "registry", "/contracts/" + id + "/start-review",
                Map.of("reason", "LARGE", "field", "SUGAR", "size", 3), 200);
        assertThat(review.getString("status")).isEqualTo("UNDER_REVIEW");
        List<String> drawn = review.getList("review.experts.expertId");
        assertThat(drawn).hasSize(3);

        int opinions = 0;
        for (String expert : SUGAR_EXPERTS) {
            Response r = api.as(expert, "registry").body(Map.of("conclusion", "REGISTER",
                    "opinion", "合同标的为技术开发，技术交易额核算无误，同意登记。")).post("/contracts/" + id + "/opinions");
            if (r.statusCode() == 403) {
                assertThat(r.jsonPath().getString("code")).isEqualTo("NOT_ON_PANEL");
                continue;
            }
            Api.expect(r, 200, expert + " gives an opinion");
            opinions++;
            if (opinions < 3) {
                api.refused(api.as(GUILIN_REGISTRAR, "registry").post("/contracts/" + id + "/register"), 409,
                        "EXPERT_OPINIONS_MISSING", "registering before every drawn expert spoke");
            }
        }
        assertThat(opinions).as("the drawn experts, and only they, gave opinions").isEqualTo(3);
        JsonPath registered = api.post(GUILIN_REGISTRAR, "registry", "/contracts/" + id + "/register", null, 200);
        assertThat(registered.getString("registrationNumber"))
                .matches(String.format("%02d450301\\d{6}", today.getYear() % 100));
        assertThat(money(registered.get("technologyTransactionAmount"))).isEqualByComparingTo("5500000.00");
    }

    @Test
    void amendmentAndCancellationReachTheSubsidyLedgerToTheFen() {
        LocalDate today = LocalDate.now(CHINA);
        // T = 1,000,000.00 − 200,000.00 = 800,000.00: buyer 20 % = 160,000.00, registration point 1‰ = 800.00
        String id = filed(GXU, "TRANSFER_TECHNICAL_SECRET", "蔗渣纤维素纳米晶制备技术秘密转让合同", "1000000.00", today,
                SUGAR_GROUP_USCC, item("EQUIPMENT", "制备设备一套", "200000.00"));
        api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
        String number = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/register", null, 200)
                .getString("registrationNumber");
        awaitGrants(id, Map.of(BUYER_SUBSIDY, "160000.00", REGISTRATION_BODY, "800.00"));

        // 变更登记: the price falls to 900,000.00, T to 700,000.00; the same number
        JsonPath amended = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/amend",
                Map.of("totalContractAmount", "900000.00", "nonTechnicalItems",
                        List.of(item("EQUIPMENT", "制备设备一套", "200000.00")), "reason", "双方签订补充协议调减转让费"), 200);
        assertThat(amended.getString("status")).isEqualTo("AMENDED");
        assertThat(amended.getString("registrationNumber")).isEqualTo(number);
        awaitGrants(id, Map.of(BUYER_SUBSIDY, "140000.00", REGISTRATION_BODY, "700.00"));

        // 注销登记: nothing stays granted
        JsonPath cancelled = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/deregister",
                Map.of("reason", "RESCINDED", "explanation", "双方协商一致解除合同"), 200);
        assertThat(cancelled.getString("status")).isEqualTo("DEREGISTERED");
        awaitGrants(id, Map.of());
    }

    @Test
    void aContractSignedIn2025FollowsThe2001RulesAndItsCertificateIsCheckedByAnyone() {
        LocalDate signed = LocalDate.of(2025, 11, 20);
        String id = filed(GXU, "LICENSE_PATENT", "甘蔗脱毒种苗快繁技术专利实施许可合同", "400000.00", signed,
                SUGAR_GROUP_USCC);
        assertThat(contract(GXU, id).getString("ruleSetVersion")).isEqualTo("CN-2001");
        api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
        JsonPath registered = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/register", null, 200);
        String number = registered.getString("registrationNumber");

        // the certificate, and its public check
        Response pdf = api.as(GXU, "registry").accept("application/pdf").get("/contracts/" + id + "/certificate.pdf");
        Api.expect(pdf, 200, "the seller's certificate");
        assertThat(new String(pdf.asByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String code = registered.getString("certificate.verificationCode");
        JsonPath check = io.restassured.RestAssured.given().baseUri(market.url("registry")).accept(ContentType.JSON)
                .get("/public/certificates/" + number + "?code=" + code).then().statusCode(200).extract().jsonPath();
        assertThat(check.getString("registrationNumber")).isEqualTo(number);
        assertThat(check.getString("status")).isEqualTo("REGISTERED");
        assertThat(money(check.get("technologyTransactionAmount"))).isEqualByComparingTo("400000.00");
        assertThat(check.getMap("$")).doesNotContainKeys("id", "contractId", "actions", "nonTechnicalItems");
        io.restassured.RestAssured.given().baseUri(market.url("registry")).accept(ContentType.JSON)
                .get("/public/certificates/" + number + "?code=WRONGCODE0000000").then().statusCode(404);
    }

    // ---------------------------------------------------------------------------------------------------- filing

    private String filed(String seller, String type, String title, String total, LocalDate signedOn, String buyer,
            Map<String, Object>... items) {
        Map<String, Object> filing = filing(type, title, total, List.of(items), signedOn, buyer);
        String id = api.post(seller, "registry", "/contracts", filing, 201).getString("id");
        api.attachMissing(seller, id);
        api.post(seller, "registry", "/contracts/" + id + "/submit", submission(filing), 200);
        return id;
    }

    private Map<String, Object> filing(String type, String title, String total, List<Map<String, Object>> items,
            LocalDate signedOn, String buyerUscc) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("contractType", type);
        body.put("title", title);
        body.put("subject", title.replace("合同", ""));
        body.put("description", "本合同约定" + title.replace("合同", "") + "的具体内容、技术指标、履行期限和验收标准，"
                + "双方对技术成果的权属、保密义务和违约责任作了明确约定。");
        body.put("signedOn", signedOn.toString());
        body.put("totalContractAmount", total);
        body.put("nonTechnicalItems", items);
        body.put("counterparty", Map.of("uscc", buyerUscc));
        if (type.startsWith("TRANSFER_") || type.startsWith("LICENSE_")) {
            body.put("inventorRewardShare", "70.00");
        }
        body.put("details", details(type, signedOn));
        return body;
    }

    /** The submission of a filing: its amounts and signing date, as entered. */
    private static Map<String, Object> submission(Map<String, Object> filing) {
        return Map.of("totalContractAmount", filing.get("totalContractAmount"),
                "nonTechnicalItems", filing.get("nonTechnicalItems"), "signedOn", filing.get("signedOn"));
    }

    /** The facts each subtype must state (the registry's subtype catalogue). */
    private static Map<String, Object> details(String type, LocalDate signedOn) {
        String licenceEnds = signedOn.plusYears(3).toString();
        return switch (type) {
            case "DEVELOPMENT_COMMISSIONED", "CONSULTING", "SERVICE" -> Map.of("deliverable", "研究报告及样机");
            case "DEVELOPMENT_COOPERATIVE" -> Map.of("deliverable", "中试工艺包", "contributions", List.of(
                    Map.of("party", "SELLER", "share", "60.00", "description", "研发人员与试验"),
                    Map.of("party", "BUYER", "share", "40.00", "description", "资金与场地")));
            case "TRANSFER_PATENT" -> Map.of("patentNumber", "ZL201910563278.2");
            case "TRANSFER_PATENT_APPLICATION" -> Map.of("applicationNumber", "201910563278.2");
            case "TRANSFER_IC_LAYOUT" -> Map.of("layoutRegistrationNumber", "BS.195012345");
            case "TRANSFER_PLANT_VARIETY" -> Map.of("varietyRightNumber", "CNA20191234.5");
            case "TRANSFER_SOFTWARE" -> Map.of("softwareRegistrationNumber", "2023SR0123456");
            case "TRANSFER_BIOMEDICINE_VARIETY" -> Map.of("certificateNumber", "国药证字H20230001");
            case "TRANSFER_OTHER" -> Map.of("rightDescription", "地理标志产品加工技术的相关权利");
            case "LICENSE_PATENT" -> Map.of("patentNumber", "ZL201910563278.2", "licenceScope", "SOLE",
                    "licencePeriodTo", licenceEnds);
            case "LICENSE_TECHNICAL_SECRET" -> Map.of("licenceScope", "ORDINARY", "licencePeriodTo", licenceEnds);
            case "LICENSE_OTHER" -> Map.of("rightDescription", "软件的使用权", "licenceScope", "EXCLUSIVE",
                    "licencePeriodTo", licenceEnds);
            case "SERVICE_TRAINING" -> Map.of("trainees", 30, "trainingContent", "甘蔗机械化收获设备的操作与维护");
            case "SERVICE_INTERMEDIARY" -> Map.of("principalParties", List.of("广西大学", "柳州汽车零部件有限公司"));
            default -> Map.of();
        };
    }

    private static String label(String type) {
        return switch (type.substring(0, type.indexOf('_') < 0 ? type.length() : type.indexOf('_'))) {
            case "DEVELOPMENT" -> "技术开发";
            case "TRANSFER" -> "技术转让";
            case "LICENSE" -> "技术许可";
            case "CONSULTING" -> "技术咨询";
            default -> "技术服务";
        };
    }

    private static Map<String, Object> item(String category, String description, String amount) {
        return Map.of("category", category, "description", description, "amount", amount);
    }

    private void attach(String user, String contractId, String kind) {
        api.attach(user, contractId, kind);
    }

    private JsonPath contract(String user, String id) {
        return api.get(user, "registry", "/contracts/" + id, 200);
    }

    // ------------------------------------------------------------------------------------------------- subsidy

    /** Waits until the contract's granted (not reversed) entitlements are exactly {@code expected}, per programme. */
    private void awaitGrants(String contractId, Map<String, String> expected) {
        await("grants of " + contractId + " become " + expected).atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> sameAmounts(granted(contractId), normalised(expected)));
    }

    private Map<String, BigDecimal> granted(String contractId) {
        List<Map<String, Object>> items = list(api.as(ADMIN, "subsidy").queryParam("contractId", contractId)
                .queryParam("size", 100).get("/entitlements").then().statusCode(200).extract().jsonPath(), "items");
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        for (Map<String, Object> e : items) {
            if ("GRANTED".equals(e.get("status"))) {
                net.merge(e.get("programmeCode").toString(), money(e.get("amount")), BigDecimal::add);
            }
        }
        return net;
    }

    private static Map<String, BigDecimal> normalised(Map<String, String> expected) {
        return expected.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new BigDecimal(e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    private static boolean sameAmounts(Map<String, BigDecimal> actual, Map<String, BigDecimal> expected) {
        return actual.keySet().equals(expected.keySet())
                && expected.entrySet().stream().allMatch(e -> actual.get(e.getKey()).compareTo(e.getValue()) == 0);
    }
}
