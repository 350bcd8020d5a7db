package gx.techmarket.subsidy.claim;

import static gx.techmarket.subsidy.claim.Claims.YEAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.EntitlementEnded;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Claims end to end: evidence, submission, review by whose step it is, grants on the ledger, budget, reversal. */
@SubsidyTest
class ClaimFlowTest {

    static final String BUYER = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String OTHER = Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR);
    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String NUMBER = "35450201000042";

    @Inject
    AgroalDataSource db;

    @Inject
    Budgets budgets;

    @Inject
    Event<EntitlementEnded> ended;

    private String open(ProgrammeTerms terms, String budget) {
        budgets.open(terms, "测试补助项目", "Test programme", YEAR, new BigDecimal(budget));
        return terms.code();
    }

    private BigDecimal budgetLeft(String programme) {
        return Db.decimal(db, "select -balance from account_balance where account_code = ?",
                "BUDGET:" + programme + ":" + YEAR);
    }

    @Test
    void partialPaymentsOverTimeGivePartialSubsidiesThatAddUpToTheFen() {
        String programme = open(Claims.buyerProgramme(Claims.code("PARTIAL"), ApprovalMode.SUB_MARKET),
                "1000000.00");
        UUID entitlement = Claims.claimable(db, programme, Orgs.LIUZHOU_AUTO_PARTS, NUMBER, "800000.00",
                "160000.00");

        String first = Claims.draft(BUYER, entitlement, Claims.payment("300000.33", NUMBER, "B-0001"));
        given().auth().oauth2(BUYER).when().get("/claims/" + first).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("actions", contains("update", "upload-evidence", "submit"))
                .body("registrationNumber", equalTo(NUMBER)).body("payments[0].amount", equalTo("300000.33"));
        // nothing to show for the payment yet: no file of evidence
        Claims.act(BUYER, first, "submit").statusCode(409).body("code", equalTo("CLAIM_EVIDENCE_MISSING"));
        Claims.upload(BUYER, first, "PAYMENT_VOUCHER", Claims.pdf("回单 B-0001"), "回单.pdf").statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("fileName", equalTo("回单.pdf"));
        Claims.act(BUYER, first, "submit").statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("actions", empty()).body("explanation.steps[0].code", equalTo("claim.payments"));

        // the province's programme: the province approves; 柳州 (the beneficiary's city) may see it but not approve,
        // 百色 does not see it at all
        Claims.act(BAISE_ADMIN, first, "approve").statusCode(404).body("code", equalTo("CLAIM_NOT_FOUND"));
        Claims.act(LIUZHOU_ADMIN, first, "approve").statusCode(403).body("code", equalTo("OUTSIDE_SUB_MARKET"));
        given().auth().oauth2(PROVINCE).when().get("/claims?status=SUBMITTED&size=100").then().statusCode(200)
                .body("items.id", hasItem(first));
        given().auth().oauth2(BAISE_ADMIN).when().get("/claims?status=SUBMITTED&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(first)));
        Claims.act(PROVINCE, first, "approve").statusCode(200).body("status", equalTo("GRANTED"))
                .body("amount", equalTo("60000.07")).body("explanation.steps.code", hasItem("claim.rate"));
        assertThat(Db.decimal(db, """
                select -l.amount from journal_entry e join journal_line l on l.entry_id = e.id
                 where e.source_type = 'CLAIM' and e.source_id = ?::uuid and l.account_code like 'PAYABLE:%'""",
                first)).isEqualByComparingTo("60000.07");
        assertThat(Db.count(db, "select count(*) from outbox where type = 'subsidy.ClaimDecided.v1' and aggregateid = ?",
                first)).isEqualTo(1);

        // the rest paid later: the cumulative subsidy is 0.20 × 800,000.00 = 160,000.00, less the 60,000.07 given
        String second = Claims.submitted(BUYER, entitlement, Claims.payment("499999.67", NUMBER, "B-0002"));
        Claims.act(PROVINCE, second, "approve").statusCode(200).body("amount", equalTo("99999.93"));
        assertThat(budgetLeft(programme)).isEqualByComparingTo("840000.00");
        assertThat(Db.decimal(db, "select granted from beneficiary_year where programme_code = ? and budget_year = ?"
                + " and beneficiary_uscc = ?", programme, YEAR, Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .isEqualByComparingTo("160000.00");

        // nothing more was registered: a further payment exceeds the entitlement, and nothing changed
        String third = Claims.draft(BUYER, entitlement, Claims.payment("0.01", NUMBER, "B-0003"));
        Claims.upload(BUYER, third, "PAYMENT_VOUCHER", Claims.pdf("B-0003"), "b3.pdf").statusCode(201);
        Claims.act(BUYER, third, "submit").statusCode(409).body("code", equalTo("CLAIM_EXCEEDS_ENTITLEMENT"));
        given().auth().oauth2(BUYER).when().get("/claims/" + third).then().body("status", equalTo("DRAFT"));
        assertThat(budgetLeft(programme)).isEqualByComparingTo("840000.00");
    }

    @Test
    void evidenceForAnotherContractAndBadAmountsAreRefusedAndNothingIsKept() {
        String programme = open(Claims.buyerProgramme(Claims.code("BAD"), ApprovalMode.SUB_MARKET), "100000.00");
        UUID entitlement = Claims.claimable(db, programme, Orgs.LIUZHOU_AUTO_PARTS, NUMBER, "100000.00",
                "20000.00");
        long before = Db.count(db, "select count(*) from claim");
        for (String bad : new String[] {Claims.payment("100.00", "35450201000043", "X-1"),
                Claims.payment("-1.00", NUMBER, "X-2"), Claims.payment("1.001", NUMBER, "X-3")}) {
            given().auth().oauth2(BUYER).contentType("application/json")
                    .body("{\"entitlementId\": \"" + entitlement + "\", \"payments\": [" + bad + "]}")
                    .when().post("/claims").then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(BUYER).contentType("application/json")
                .body("{\"entitlementId\": \"" + entitlement + "\", \"payments\": ["
                        + Claims.payment("100.00", "35450201000043", "X-1") + "]}")
                .when().post("/claims").then().statusCode(400).body("code", equalTo("EVIDENCE_FOR_ANOTHER_CONTRACT"));
        // another organisation's entitlement does not exist for the caller
        given().auth().oauth2(OTHER).contentType("application/json")
                .body("{\"entitlementId\": \"" + entitlement + "\", \"payments\": ["
                        + Claims.payment("100.00", NUMBER, "X-4") + "]}")
                .when().post("/claims").then().statusCode(404).body("code", equalTo("ENTITLEMENT_NOT_FOUND"));
        assertThat(Db.count(db, "select count(*) from claim")).isEqualTo(before);
    }

    @Test
    void evidenceIsJudgedByItsContentAndReadOnlyByTheClaimantAndTheAdmins() {
        String programme = open(Claims.buyerProgramme(Claims.code("FILES"), ApprovalMode.SUB_MARKET), "100000.00");
        UUID entitlement = Claims.claimable(db, programme, Orgs.LIUZHOU_AUTO_PARTS, NUMBER, "100000.00",
                "20000.00");
        String claim = Claims.draft(BUYER, entitlement, Claims.payment("1000.00", NUMBER, "F-1"));
        Claims.upload(BUYER, claim, "INVOICE", "<html>not a pdf</html>".getBytes(), "invoice.pdf").statusCode(415)
                .body("code", equalTo("EVIDENCE_TYPE_NOT_ALLOWED"));
        Claims.upload(BUYER, claim, "NOT_A_KIND", Claims.pdf("x"), "x.pdf").statusCode(400)
                .body("code", equalTo("EVIDENCE_KIND_INVALID"));
        Claims.upload(OTHER, claim, "INVOICE", Claims.pdf("x"), "x.pdf").statusCode(404);
        String href = Claims.upload(BUYER, claim, "INVOICE", Claims.pdf("发票"), "../../发票.pdf").statusCode(201)
                .body("fileName", equalTo("发票.pdf")).extract().path("href");
        given().auth().oauth2(BUYER).when().get(href).then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;"))
                .header("X-Content-Type-Options", "nosniff");
        given().auth().oauth2(LIUZHOU_ADMIN).when().get(href).then().statusCode(200);
        given().auth().oauth2(OTHER).when().get(href).then().statusCode(404);
        given().auth().oauth2(BAISE_ADMIN).when().get(href).then().statusCode(404);
    }

    @Test
    void cityThenProvinceTheCityVerifiesTheProvinceApprovesAndReturnsAndRejectionsCarryTheirReasons() {
        String programme = open(Claims.buyerProgramme(Claims.code("CITY"), ApprovalMode.CITY_THEN_PROVINCE),
                "500000.00");
        UUID entitlement = Claims.claimable(db, programme, Orgs.LIUZHOU_AUTO_PARTS, NUMBER, "500000.00",
                "100000.00");
        String claim = Claims.submitted(BUYER, entitlement, Claims.payment("100000.00", NUMBER, "C-1"));
        // not the province's step yet, and not the city's to approve
        Claims.act(PROVINCE, claim, "verify").statusCode(403).body("code", equalTo("OUTSIDE_SUB_MARKET"));
        Claims.act(PROVINCE, claim, "approve").statusCode(409);
        given().auth().oauth2(LIUZHOU_ADMIN).when().get("/claims/" + claim).then()
                .body("actions", contains("verify", "return", "reject"));
        Claims.act(LIUZHOU_ADMIN, claim, "verify").statusCode(200).body("status", equalTo("VERIFIED"));
        Claims.act(LIUZHOU_ADMIN, claim, "approve").statusCode(403).body("code", equalTo("OUTSIDE_SUB_MARKET"));
        Claims.decide(PROVINCE, claim, "return", "第二页回单不清晰，请重新上传").statusCode(200)
                .body("status", equalTo("RETURNED")).body("decisionReason", equalTo("第二页回单不清晰，请重新上传"));
        given().auth().oauth2(BUYER).when().get("/claims/" + claim).then()
                .body("actions", contains("update", "upload-evidence", "submit"));
        given().auth().oauth2(BUYER).contentType("application/json")
                .body("{\"payments\": [" + Claims.payment("100000.00", NUMBER, "C-1") + "], \"note\": \"已重新上传\"}")
                .when().put("/claims/" + claim).then().statusCode(200).body("note", equalTo("已重新上传"));
        Claims.act(BUYER, claim, "submit").statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("decisionReason", nullValue());
        Claims.act(LIUZHOU_ADMIN, claim, "verify").statusCode(200);
        Claims.decide(PROVINCE, claim, "reject", "付款方与合同买方不一致").statusCode(200)
                .body("status", equalTo("REJECTED"));
        Claims.decide(PROVINCE, claim, "reject", "再次").statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        assertThat(Db.count(db, "select count(*) from outbox where type = 'subsidy.ClaimDecided.v1' and aggregateid = ?",
                claim)).isEqualTo(2);
        assertThat(Db.count(db, "select count(*) from journal_entry where source_id = ?::uuid", claim)).isZero();
    }

    @Test
    void anApprovedClaimWaitsForBudgetAndIsGrantedWhenBudgetIsAdded() {
        String programme = open(Claims.buyerProgramme(Claims.code("WAIT"), ApprovalMode.SUB_MARKET), "10000.00");
        UUID entitlement = Claims.claimable(db, programme, Orgs.LIUZHOU_AUTO_PARTS, NUMBER, "100000.00",
                "20000.00");
        String claim = Claims.submitted(BUYER, entitlement, Claims.payment("100000.00", NUMBER, "W-1"));
        Claims.act(PROVINCE, claim, "approve").statusCode(200).body("status", equalTo("APPROVED_WAITING_FOR_BUDGET"))
                .body("amount", equalTo("20000.00")).body("journalEntryId", nullValue());
        assertThat(budgetLeft(programme)).isEqualByComparingTo("10000.00");
        budgets.allocate(programme, YEAR, new BigDecimal("10000.00"), "追加预算");
        given().auth().oauth2(BUYER).when().get("/claims/" + claim).then().body("status", equalTo("GRANTED"));
        assertThat(budgetLeft(programme)).isEqualByComparingTo("0.00");
    }

    @Test
    void whenTheEntitlementEndsGrantedClaimsAreReversedAndOpenOnesClosed() {
        String programme = open(Claims.buyerProgramme(Claims.code("END"), ApprovalMode.SUB_MARKET), "100000.00");
        UUID entitlement = Claims.claimable(db, programme, Orgs.LIUZHOU_AUTO_PARTS, NUMBER, "100000.00",
                "20000.00");
        String granted = Claims.submitted(BUYER, entitlement, Claims.payment("50000.00", NUMBER, "E-1"));
        Claims.act(PROVINCE, granted, "approve").statusCode(200).body("amount", equalTo("10000.00"));
        String open = Claims.draft(BUYER, entitlement, Claims.payment("50000.00", NUMBER, "E-2"));
        QuarkusTransaction.requiringNew().run(() -> ended.fire(new EntitlementEnded(entitlement, programme, YEAR,
                "注销登记（合同解除，合同登记编号 " + NUMBER + "）：双方协议解除")));
        given().auth().oauth2(BUYER).when().get("/claims/" + granted).then().body("status", equalTo("REVERSED"))
                .body("endReason", org.hamcrest.Matchers.startsWith("注销登记"));
        given().auth().oauth2(BUYER).when().get("/claims/" + open).then().body("status", equalTo("CLOSED"));
        assertThat(budgetLeft(programme)).isEqualByComparingTo("100000.00");
        assertThat(Db.decimal(db, "select balance from account_balance where account_code = ?",
                "PAYABLE:" + programme + ":" + Orgs.LIUZHOU_AUTO_PARTS.uscc())).isEqualByComparingTo("0.00");
    }

    @Test
    void anRdExpenseClaimIsTwentyPercentOfLastYearsExpenseCappedPerEnterpriseAndYear() {
        String code = Claims.code("RD");
        open(new ProgrammeTerms(code, RuleKind.RD_EXPENSE, new BigDecimal("0.20"), null, null, null,
                "研发费用补助：按上年度研发费用的20%给予补助，每家企业每年最高30万元。", "450000", GrantMode.CLAIM,
                ApprovalMode.SUB_MARKET, new BigDecimal("300000.00"), null, null, null, null), "1000000.00");
        String body = """
                {"programmeCode": "%s", "budgetYear": %d,
                 "expenses": [{"expenseYear": %d, "amount": "2000000.00", "description": "上年度研发费用（专项审计）"}]}"""
                .formatted(code, YEAR, YEAR - 1);
        String claim = given().auth().oauth2(BUYER).contentType("application/json").body(body).when().post("/claims")
                .then().statusCode(201).body("kind", equalTo("EXPENSE")).extract().path("id");
        Claims.upload(BUYER, claim, "AUDIT_REPORT", Claims.pdf("专项审计报告"), "审计报告.pdf").statusCode(201);
        Claims.act(BUYER, claim, "submit").statusCode(200);
        Claims.act(PROVINCE, claim, "approve").statusCode(200).body("amount", equalTo("300000.00"))
                .body("explanation.steps.code", hasItem("claim.yearCap"));
        // the year is used up: a second claim on the same year's expense is refused
        String again = given().auth().oauth2(BUYER).contentType("application/json").body(body).when()
                .post("/claims").then().statusCode(201).extract().path("id");
        Claims.upload(BUYER, again, "AUDIT_REPORT", Claims.pdf("再次"), "a.pdf").statusCode(201);
        Claims.act(BUYER, again, "submit").statusCode(409);
        // a university is not an enterprise
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GXU)).contentType("application/json").body(body)
                .when().post("/claims").then().statusCode(409).body("code", equalTo("CLAIMANT_NOT_ELIGIBLE"));
    }
}
