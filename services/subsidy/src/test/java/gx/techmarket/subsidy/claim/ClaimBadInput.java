package gx.techmarket.subsidy.claim;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.Endpoint;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Budgets;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The claims' state-changing operations for the module's bad-input kit ({@code BadInputTest}): each with a claim in
 * the state its valid request needs. The multipart upload is listed for the coverage check only (the kit sends JSON);
 * {@code ClaimFlowTest} attacks it (type, kind, caller).
 */
public final class ClaimBadInput {

    /** The operation the kit cannot attack (multipart/form-data). */
    public static final String UPLOAD = "POST /claims/{id}/evidence";

    private ClaimBadInput() {}

    public static List<Endpoint> endpoints(DataSource db, Budgets budgets) {
        String buyer = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        String province = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
        String city = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
        String number = "35450201000077";
        String oneStep = Claims.code("BADINPUT");
        budgets.open(Claims.buyerProgramme(oneStep, ApprovalMode.SUB_MARKET), "测试补助项目", "Test programme",
                Claims.YEAR, new BigDecimal("10000000.00"));
        String twoSteps = Claims.code("BADINPUT_CITY");
        budgets.open(Claims.buyerProgramme(twoSteps, ApprovalMode.CITY_THEN_PROVINCE), "测试补助项目",
                "Test programme", Claims.YEAR, new BigDecimal("10000000.00"));
        UUID entitlement = Claims.claimable(db, oneStep, Orgs.LIUZHOU_AUTO_PARTS, number, "10000000.00",
                "500000.00");
        UUID cityEntitlement = Claims.claimable(db, twoSteps, Orgs.LIUZHOU_AUTO_PARTS, number, "10000000.00",
                "500000.00");

        String draft = Claims.draft(buyer, entitlement, Claims.payment("1000.00", number, "K-1"));
        String toSubmit = Claims.draft(buyer, entitlement, Claims.payment("1000.00", number, "K-2"));
        Claims.upload(buyer, toSubmit, "PAYMENT_VOUCHER", Claims.pdf("K-2"), "k2.pdf").statusCode(201);
        String toApprove = Claims.submitted(buyer, entitlement, Claims.payment("1000.00", number, "K-3"));
        String toReturn = Claims.submitted(buyer, entitlement, Claims.payment("1000.00", number, "K-4"));
        String toReject = Claims.submitted(buyer, entitlement, Claims.payment("1000.00", number, "K-5"));
        String toVerify = Claims.submitted(buyer, cityEntitlement, Claims.payment("1000.00", number, "K-6"));

        // every optional field present: the payer, a note with a line break
        String create = """
                {"entitlementId": "%s", "note": "首付款\\n其余按里程碑支付",
                 "payments": [{"amount": "1000.00", "paidOn": "2026-03-01", "payerUscc": "%s",
                               "registrationNumber": "%s", "reference": "K-7"}]}"""
                .formatted(entitlement, Orgs.LIUZHOU_AUTO_PARTS.uscc(), number);
        String update = """
                {"note": "补充说明\\n第二行",
                 "payments": [{"amount": "2000.00", "paidOn": "2026-03-02", "payerUscc": "%s",
                               "registrationNumber": "%s", "reference": "K-8"}]}"""
                .formatted(Orgs.LIUZHOU_AUTO_PARTS.uscc(), number);
        String reason = """
                {"reason": "付款凭证不清晰\\n请重新上传"}""";
        return List.of(
                Endpoint.body("POST", "/claims", "/claims", buyer, create),
                Endpoint.body("PUT", "/claims/{id}", "/claims/" + draft, buyer, update),
                Endpoint.body("POST", "/claims/{id}/evidence", "/claims/" + draft + "/evidence", buyer, "{}"),
                Endpoint.bodyless("POST", "/claims/{id}/submit", "/claims/" + toSubmit + "/submit", buyer),
                Endpoint.bodyless("POST", "/claims/{id}/verify", "/claims/" + toVerify + "/verify", city),
                Endpoint.bodyless("POST", "/claims/{id}/approve", "/claims/" + toApprove + "/approve", province),
                Endpoint.body("POST", "/claims/{id}/return", "/claims/" + toReturn + "/return", province, reason),
                Endpoint.body("POST", "/claims/{id}/reject", "/claims/" + toReject + "/reject", province, reason));
    }
}
