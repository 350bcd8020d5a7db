package gx.techmarket.e2e;

import static gx.techmarket.e2e.Api.list;
import static gx.techmarket.e2e.Api.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subsidies from entitlement to money paid (issue 16), on the running market: each kind of programme to the fen —
 * a city's post-subsidy claimed on what was actually paid, through a payment batch and, once the contract is cancelled,
 * a receivable repaid; a 高企 recognised by the directory; an R&D expense claim verified by the city and approved by the
 * province; an innovation voucher redeemed by a provider in another city — and programmes run by admins as data.
 *
 * <p>The demo programmes used (subsidy V2, V13): 百色's {@code BAISE_RESULT_TRANSFORMATION_POST_SUBSIDY} (需申报, 10 %,
 * at most 200,000.00 a contract), {@code HIGH_TECH_RECOGNITION_AWARD} (100,000.00 first recognition),
 * {@code RD_EXPENSE_SUBSIDY} (20 %, at most 300,000.00 a year, 市级初审 省级复核) and the 2026 round of
 * {@code INNOVATION_VOUCHER} (50,000.00, 通兑, half the fee). Its organisations are 百色 ones where a list could meet
 * another test's (百色华银 claims; no other test makes it a buyer), and 柳州汽车零部件 for the voucher and the
 * recognition, whose grants other tests never count.
 */
@ExtendWith(MarketExtension.class)
class SubsidyIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration EVENTS = Duration.ofSeconds(60);

    private static final String PROVINCE_ADMIN = "admin.gx";
    private static final String BAISE_ADMIN = "admin.baise";
    private static final String GXU = "uni.gxu";
    private static final String BAISE_ENTERPRISE = "ent.baise";
    private static final String BAISE_USCC = "91451000MA5N8T4R67";
    private static final String LIUZHOU_ENTERPRISE = "ent.liuzhou";
    private static final String LIUZHOU_USCC = "91450200MA5L0PX62A";
    private static final String PROVIDER = "broker.gxttc";
    private static final String PROVIDER_USCC = "91450100MA5P2D9E7A";
    private static final String NANNING_REGISTRAR = "registrar.nanning";

    private static final String BAISE_PROGRAMME = "BAISE_RESULT_TRANSFORMATION_POST_SUBSIDY";
    private static final String RECOGNITION = "HIGH_TECH_RECOGNITION_AWARD";
    private static final String RD_EXPENSE = "RD_EXPENSE_SUBSIDY";
    private static final String VOUCHER_ROUND = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a01";

    private Market market;
    private Api api;
    private LocalDate today;

    @BeforeEach
    void connect(Market market) {
        this.market = market;
        this.api = new Api(market);
        this.today = LocalDate.now(CHINA);
    }

    @Test
    void aCityPostSubsidyIsClaimedOnWhatWasPaidPaidByBatchAndRecoveredWhenTheContractIsCancelled() {
        int year = today.getYear();
        // 技术交易额 600,000.00, bought by 百色华银: 百色's programme lets it claim 10 % of what it actually paid
        Registered contract = register(GXU, "TRANSFER_TECHNICAL_SECRET", "锰渣无害化处理技术秘密转让合同", "600000.00",
                BAISE_USCC);
        Map<String, Object> ceiling = awaitEntitlement(BAISE_ENTERPRISE, contract.id(), BAISE_PROGRAMME);
        assertThat(ceiling.get("status")).isEqualTo("CLAIMABLE");
        assertThat(money(ceiling.get("amount"))).isEqualByComparingTo("60000.00");
        assertThat(ceiling.get("explanationText")).asString().contains("600,000.00");

        // a first payment of 200,000.00: 20,000.00; evidence for another contract, or more than was registered: refused
        String entitlementId = ceiling.get("id").toString();
        api.refused(api.as(BAISE_ENTERPRISE, "subsidy").body(paymentClaim(entitlementId, "200000.00",
                "26450101999999")).post("/claims"), 400, "EVIDENCE_FOR_ANOTHER_CONTRACT", "evidence for another contract");
        String first = claim(entitlementId, "200000.00", contract.number());
        JsonPath approved = api.post(BAISE_ADMIN, "subsidy", "/claims/" + first + "/approve", null, 200);
        assertThat(approved.getString("status")).isEqualTo("GRANTED");
        assertThat(money(approved.get("amount"))).isEqualByComparingTo("20000.00");

        // the rest, 400,000.00: 60,000.00 in all; a further fen would pass the registered 技术交易额
        String second = claim(entitlementId, "400000.00", contract.number());
        assertThat(money(api.post(BAISE_ADMIN, "subsidy", "/claims/" + second + "/approve", null, 200).get("amount")))
                .isEqualByComparingTo("40000.00");
        String beyond = api.post(BAISE_ENTERPRISE, "subsidy", "/claims", paymentClaim(entitlementId, "0.01",
                contract.number()), 201).getString("id");
        api.uploadPdf(BAISE_ENTERPRISE, "subsidy", "/claims/" + beyond + "/evidence", "PAYMENT_VOUCHER", 201);
        api.refused(api.as(BAISE_ENTERPRISE, "subsidy").post("/claims/" + beyond + "/submit"), 409,
                "CLAIM_EXCEEDS_ENTITLEMENT", "a claim beyond the registered 技术交易额");

        // 拨付: the payee's verified account, a batch of 百色's programme, approved, exported and paid once
        api.as(BAISE_ENTERPRISE, "directory").body(Map.of("bankName", "中国工商银行百色分行",
                "accountNumber", "2105610109200012345", "accountName", "百色华银新材料有限公司"))
                .put("/organisations/" + BAISE_USCC + "/bank-account").then().statusCode(200);
        api.post(BAISE_ADMIN, "directory", "/organisations/" + BAISE_USCC + "/bank-account/verify", null, 200);
        JsonPath batch = api.post(BAISE_ADMIN, "subsidy", "/batches",
                Map.of("programmeCode", BAISE_PROGRAMME, "budgetYear", year), 201);
        String batchId = batch.getString("id");
        Map<String, Object> payee = list(batch, "payees").stream().filter(p -> BAISE_USCC.equals(p.get("uscc")))
                .findFirst().orElseThrow(() -> new AssertionError("百色华银 is not in batch " + batch.prettify()));
        assertThat(money(payee.get("net"))).isEqualByComparingTo("60000.00");
        assertThat(payee.get("accountNumber")).isEqualTo("2105610109200012345");
        api.post(BAISE_ADMIN, "subsidy", "/batches/" + batchId + "/approve", null, 200);
        Response file = api.as(BAISE_ADMIN, "subsidy").accept("*/*").get("/batches/" + batchId + "/payment-file.xlsx");
        Api.expect(file, 200, "the payment file");
        assertThat(new String(file.asByteArray(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        Map<String, Object> paid = Map.of("paymentReference", "BS-GK-" + contract.number(), "paidOn", today.toString());
        assertThat(api.post(BAISE_ADMIN, "subsidy", "/batches/" + batchId + "/paid", paid, 200).getString("status"))
                .isEqualTo("PAID");
        api.refused(api.as(BAISE_ADMIN, "subsidy").body(paid).post("/batches/" + batchId + "/paid"), 409,
                "BATCH_ALREADY_PAID", "paying a batch twice");

        // 注销登记 after payment: the 60,000.00 paid becomes a receivable of 百色华银, repaid
        api.post(NANNING_REGISTRAR, "registry", "/contracts/" + contract.id() + "/deregister",
                Map.of("reason", "RESCINDED", "explanation", "双方协商一致解除合同"), 200);
        // one receivable per paid grant: 20,000.00 and 40,000.00
        List<Map<String, Object>> owed = await("the paid claims become receivables").atMost(EVENTS)
                .pollInterval(Duration.ofMillis(500)).until(() -> receivables(BAISE_PROGRAMME),
                        r -> sum(r, "amount").compareTo(new BigDecimal("60000.00")) == 0);
        assertThat(sum(owed, "outstanding")).isEqualByComparingTo("60000.00");
        for (Map<String, Object> receivable : owed) {
            JsonPath repaid = api.post(BAISE_ADMIN, "subsidy", "/receivables/" + receivable.get("id") + "/repayment",
                    Map.of("amount", receivable.get("outstanding"), "repaidOn", today.toString(),
                            "reference", "BS-TH-" + receivable.get("id").toString().substring(0, 8)), 200);
            assertThat(money(repaid.get("outstanding"))).isEqualByComparingTo("0.00");
        }

        // the claimant's statement: granted 60,000.00, paid 60,000.00, reversed and repaid 60,000.00; nothing owed
        JsonPath statement = api.get(BAISE_ENTERPRISE, "subsidy", "/statements/mine?year=" + year, 200);
        assertThat(money(statement.get("closingOwedBack"))).isEqualByComparingTo("0.00");
    }

    @Test
    void aRecognisedHighTechEnterpriseAnRdExpenseClaimAndAVoucherRedeemedAcrossCities() {
        // 高企 first recognition, recorded by the directory: 100,000.00 without a claim (免申即享)
        api.post(PROVINCE_ADMIN, "directory", "/organisations/" + LIUZHOU_USCC + "/qualifications",
                Map.of("kind", "HIGH_TECH_ENTERPRISE", "number", "GR" + today.getYear() + "45000" + 731,
                        "validFrom", today.toString(), "validTo", today.plusYears(3).minusDays(1).toString()), 201);
        Map<String, Object> award = awaitEntitlementOf(LIUZHOU_ENTERPRISE, RECOGNITION, "QUALIFICATION");
        assertThat(award.get("status")).isEqualTo("GRANTED");
        assertThat(money(award.get("amount"))).isEqualByComparingTo("100000.00");

        // R&D expense: 20 % of 2,000,000.00 is 400,000.00, capped at 300,000.00 a year; 百色 verifies, the province
        // approves
        String rd = api.post(BAISE_ENTERPRISE, "subsidy", "/claims", Map.of("programmeCode", RD_EXPENSE,
                "budgetYear", today.getYear(), "expenses", List.of(Map.of("expenseYear", today.getYear() - 1,
                        "amount", "2000000.00", "description", "新型稀土铝合金材料研发人员人工、直接投入和委托研发费用"))),
                201).getString("id");
        api.uploadPdf(BAISE_ENTERPRISE, "subsidy", "/claims/" + rd + "/evidence", "AUDIT_REPORT", 201);
        api.post(BAISE_ENTERPRISE, "subsidy", "/claims/" + rd + "/submit", null, 200);
        api.refused(api.as(PROVINCE_ADMIN, "subsidy").post("/claims/" + rd + "/approve"), 409, "CLAIM_STEP_NOT_DUE",
                "the province approving before the city verified");
        assertThat(api.post(BAISE_ADMIN, "subsidy", "/claims/" + rd + "/verify", null, 200).getString("status"))
                .isEqualTo("VERIFIED");
        JsonPath granted = api.post(PROVINCE_ADMIN, "subsidy", "/claims/" + rd + "/approve", null, 200);
        assertThat(granted.getString("status")).isEqualTo("GRANTED");
        assertThat(money(granted.get("amount"))).isEqualByComparingTo("300000.00");

        // 创新券: 柳州汽车零部件 (科技型中小企业) takes a 50,000.00 voucher and buys a service from 南宁's 广西技术转移中心
        JsonPath voucher = api.post(LIUZHOU_ENTERPRISE, "subsidy", "/voucher-rounds/" + VOUCHER_ROUND + "/applications",
                null, 201);
        String voucherId = voucher.getString("id");
        assertThat(money(voucher.get("faceValue"))).isEqualByComparingTo("50000.00");
        api.refused(api.as(LIUZHOU_ENTERPRISE, "subsidy").post("/voucher-rounds/" + VOUCHER_ROUND + "/applications"),
                409, "VOUCHER_ALREADY_ISSUED", "a second voucher of the round");
        api.post(LIUZHOU_ENTERPRISE, "subsidy", "/vouchers/" + voucherId + "/provider",
                Map.of("providerUscc", PROVIDER_USCC), 200);
        Registered service = register(PROVIDER, "SERVICE", "汽车零部件轻量化检测技术服务合同", "80000.00", LIUZHOU_USCC);
        // subsidy hears of the registration by event: its registration point's 1‰ shows it has
        await("subsidy hears of " + service.number()).atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> !list(api.as(PROVINCE_ADMIN, "subsidy").queryParam("contractId", service.id())
                        .get("/entitlements").then().statusCode(200).extract().jsonPath(), "items").isEmpty());
        Map<String, Object> redemption = Map.of("registrationNumber", service.number(), "fee", "80000.00",
                "paidOn", today.toString(), "paymentReference", "LZ-" + service.number());
        JsonPath redeemed = api.post(PROVIDER, "subsidy", "/vouchers/" + voucherId + "/redemption", redemption, 200);
        // 通兑: half the fee, 40,000.00, to the provider; the unused 10,000.00 back to the budget
        assertThat(redeemed.getString("status")).isEqualTo("REDEEMED");
        assertThat(money(redeemed.get("redemption.amount"))).isEqualByComparingTo("40000.00");
        assertThat(money(redeemed.get("redemption.returnedToBudget"))).isEqualByComparingTo("10000.00");
        assertThat(redeemed.getString("redemption.payeeUscc")).isEqualTo(PROVIDER_USCC);
        api.refused(api.as(PROVIDER, "subsidy").body(redemption).post("/vouchers/" + voucherId + "/redemption"), 409,
                "VOUCHER_ALREADY_REDEEMED", "a second redemption");
    }

    @Test
    void programmesAreRunByAdminsAsDataAndAYearWithoutOneSaysSo() {
        int year = today.getYear() + 5;
        JsonPath empty = api.get(PROVINCE_ADMIN, "subsidy", "/programmes/years/" + year, 200);
        assertThat(empty.getString("state")).isEqualTo("NO_PROGRAMME");

        api.refused(api.as(PROVINCE_ADMIN, "subsidy").body(programme("E2E_POST_SUBSIDY", year, "0.51"))
                .post("/programmes"), 400, "RATE_ABOVE_POLICY_LIMIT", "a rate above 50 %");
        JsonPath opened = api.post(PROVINCE_ADMIN, "subsidy", "/programmes", programme("E2E_POST_SUBSIDY", year,
                "0.20"), 201);
        assertThat(money(opened.get("budget"))).isEqualByComparingTo("1000000.00");
        assertThat(api.get(PROVINCE_ADMIN, "subsidy", "/programmes/years/" + year, 200).getString("state"))
                .isEqualTo("OPEN");
        String path = "/programmes/E2E_POST_SUBSIDY/" + year;
        assertThat(money(api.post(PROVINCE_ADMIN, "subsidy", path + "/budget",
                Map.of("amount", "250000.50", "reason", "追加预算"), 200).get("budget"))).isEqualByComparingTo("1250000.50");
        api.post(PROVINCE_ADMIN, "subsidy", path + "/terms", Map.of("effectiveFrom", year + "-07-01",
                "reason", "下半年提高补助比例", "terms", terms("0.30")), 201);
        List<Map<String, Object>> versions = api.as(PROVINCE_ADMIN, "subsidy").get(path + "/terms").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(versions).extracting(v -> money(v.get("rate"))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.20"), new BigDecimal("0.30"));
        api.refused(api.as(BAISE_ADMIN, "subsidy").post(path + "/close"), 403, "PROGRAMME_OUTSIDE_SUB_MARKET",
                "a city closing the province's programme");
        assertThat(api.post(PROVINCE_ADMIN, "subsidy", path + "/close", null, 200).getString("status"))
                .isEqualTo("CLOSED");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    record Registered(String id, String number) {}

    /** A contract filed by {@code seller}, accepted and registered at 南宁 (the seller's location). */
    private Registered register(String seller, String type, String title, String total, String buyerUscc) {
        Map<String, Object> filing = new LinkedHashMap<>();
        filing.put("contractType", type);
        filing.put("title", title);
        filing.put("subject", title.replace("合同", ""));
        filing.put("description", "本合同约定" + title.replace("合同", "") + "的具体内容、技术指标、履行期限和验收标准，"
                + "双方对技术成果的权属、保密义务和违约责任作了明确约定。");
        filing.put("signedOn", today.toString());
        filing.put("totalContractAmount", total);
        filing.put("nonTechnicalItems", List.of());
        filing.put("counterparty", Map.of("uscc", buyerUscc));
        if (type.startsWith("TRANSFER_")) {
            filing.put("inventorRewardShare", "70.00");
        }
        filing.put("details", type.equals("SERVICE") ? Map.of("deliverable", "检测报告") : Map.of());
        String id = api.post(seller, "registry", "/contracts", filing, 201).getString("id");
        api.attachMissing(seller, id);
        api.post(seller, "registry", "/contracts/" + id + "/submit", Map.of("totalContractAmount", total,
                "nonTechnicalItems", List.of(), "signedOn", today.toString()), 200);
        api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
        String number = api.post(NANNING_REGISTRAR, "registry", "/contracts/" + id + "/register", null, 200)
                .getString("registrationNumber");
        return new Registered(id, number);
    }

    /** The entitlement of {@code user}'s organisation from the contract under the programme, once subsidy has it. */
    private Map<String, Object> awaitEntitlement(String user, String contractId, String programme) {
        return await("the " + programme + " entitlement of " + contractId).atMost(EVENTS)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> list(api.get(user, "subsidy", "/entitlements/mine?size=100", 200), "items").stream()
                        .filter(e -> contractId.equals(e.get("contractId")) && programme.equals(e.get("programmeCode")))
                        .findFirst(), Optional::isPresent).orElseThrow();
    }

    private Map<String, Object> awaitEntitlementOf(String user, String programme, String subjectType) {
        return await("the " + programme + " entitlement of " + user).atMost(EVENTS)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> list(api.get(user, "subsidy", "/entitlements/mine?size=100", 200), "items").stream()
                        .filter(e -> programme.equals(e.get("programmeCode")) && subjectType.equals(e.get("subjectType")))
                        .findFirst(), Optional::isPresent).orElseThrow();
    }

    private static Map<String, Object> paymentClaim(String entitlementId, String amount, String registrationNumber) {
        return Map.of("entitlementId", entitlementId, "payments", List.of(Map.of("amount", amount,
                "paidOn", LocalDate.now(CHINA).toString(), "registrationNumber", registrationNumber,
                "reference", "GSYH-" + registrationNumber + "-" + amount)));
    }

    /** A claim on the entitlement with one payment and its 付款凭证, submitted. */
    private String claim(String entitlementId, String amount, String registrationNumber) {
        String id = api.post(BAISE_ENTERPRISE, "subsidy", "/claims", paymentClaim(entitlementId, amount,
                registrationNumber), 201).getString("id");
        api.uploadPdf(BAISE_ENTERPRISE, "subsidy", "/claims/" + id + "/evidence", "PAYMENT_VOUCHER", 201);
        assertThat(api.post(BAISE_ENTERPRISE, "subsidy", "/claims/" + id + "/submit", null, 200).getString("status"))
                .isEqualTo("SUBMITTED");
        return id;
    }

    private List<Map<String, Object>> receivables(String programme) {
        return list(api.get(BAISE_ADMIN, "subsidy", "/receivables?size=100", 200), "items").stream()
                .filter(r -> programme.equals(r.get("programmeCode")) && BAISE_USCC.equals(r.get("beneficiaryUscc")))
                .toList();
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String field) {
        return rows.stream().map(r -> money(r.get(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, Object> terms(String rate) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("rate", rate);
        terms.put("perContractCap", "500000.00");
        terms.put("minimumBasis", "100000.00");
        terms.put("eligibleCategories", List.of("TRANSFER", "LICENSE"));
        terms.put("policyClause", "桂政发〔2018〕51号：给予技术交易金额最高50%的奖励性后补助。");
        terms.put("grantMode", "CLAIM");
        terms.put("approval", "SUB_MARKET");
        return terms;
    }

    private static Map<String, Object> programme(String code, int year, String rate) {
        return Map.of("code", code, "budgetYear", year, "rule", "BUYER_POST_SUBSIDY",
                "name", "企业购买科技成果转化后补助（测试）", "nameEn", "Post-subsidy (test)", "subMarket", "450000",
                "budget", "1000000.00", "terms", terms(rate));
    }
}
