package gx.techmarket.subsidy.payment;

import static io.restassured.RestAssured.given;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.Endpoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The payment package's state-changing operations for the service's bad-input run ({@code BadInputTest}): each with
 * an object in the state its valid request needs (unpaid items to gather, a draft batch to approve, an approved one to
 * mark paid, a receivable to repay).
 */
public final class PaymentBadInput {

    private static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    private static final int YEAR = 2096;

    private PaymentBadInput() {}

    public static List<Endpoint> endpoints(Grants grants, FakeBankAccounts bank, LocalDate today) {
        bank.verify(Orgs.GX_TECH_TRANSFER);
        String payee = Orgs.GX_TECH_TRANSFER.uscc();
        // a programme with an unpaid item to gather
        String toGather = grants.openProgramme(YEAR, "450000", "100000.00");
        grants.grant(toGather, YEAR, payee, new BigDecimal("1000.00"));
        // a draft batch, an approved one, and a receivable (a grant reversed after its batch was paid)
        String code = grants.openProgramme(YEAR, "450000", "100000.00");
        grants.grant(code, YEAR, payee, new BigDecimal("2000.00"));
        String draft = gather(code);
        grants.grant(code, YEAR, payee, new BigDecimal("3000.00"));
        String approved = gather(code);
        approve(approved);
        Grants.Grant paidGrant = grants.grant(code, YEAR, payee, new BigDecimal("4000.00"));
        String paid = gather(code);
        approve(paid);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("paymentReference", "GX-BAD-INPUT-1", "paidOn", today.toString()))
                .when().post("/batches/" + paid + "/paid").then().statusCode(200);
        grants.reverse(paidGrant, "坏输入测试：合同登记已注销");
        String receivable = given().auth().oauth2(PROVINCE).queryParam("programme", code).when().get("/receivables")
                .then().statusCode(200).extract().path("items[0].id");

        return List.of(
                Endpoint.body("POST", "/batches", "/batches", PROVINCE, """
                        {"programmeCode": "%s", "budgetYear": %d}""".formatted(toGather, YEAR)),
                Endpoint.bodyless("POST", "/batches/{id}/approve", "/batches/" + draft + "/approve", PROVINCE),
                Endpoint.body("POST", "/batches/{id}/paid", "/batches/" + approved + "/paid", PROVINCE, """
                        {"paymentReference": "国库集中支付 GX20261208-0017", "paidOn": "%s"}""".formatted(today)),
                Endpoint.body("POST", "/receivables/{id}/repayment", "/receivables/" + receivable + "/repayment",
                        PROVINCE, """
                        {"amount": "1000.50", "repaidOn": "%s", "reference": "退回凭证 HK-0017"}""".formatted(today)));
    }

    private static String gather(String code) {
        return given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("programmeCode", code, "budgetYear", YEAR)).when().post("/batches")
                .then().statusCode(201).extract().path("id");
    }

    private static void approve(String batch) {
        given().auth().oauth2(PROVINCE).when().post("/batches/" + batch + "/approve").then().statusCode(200);
    }
}
