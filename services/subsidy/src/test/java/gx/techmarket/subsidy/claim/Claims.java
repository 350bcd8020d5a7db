package gx.techmarket.subsidy.claim;

import static io.restassured.RestAssured.given;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Test fixtures for claims: programmes of a budget year no contract of the other tests is registered in (so they
 * assess nothing under them), CLAIMABLE entitlements written as an assessment of a 需申报 programme leaves them, and
 * the requests of the claimant.
 */
public final class Claims {

    /** A budget year of its own: no other test registers contracts or opens programmes in it. */
    static final int YEAR = 2063;

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Claims() {}

    /** A fresh programme code. */
    static String code(String stem) {
        return "CLAIMS_" + stem + "_" + SEQ.incrementAndGet() + "_" + (System.nanoTime() % 100000);
    }

    static ProgrammeTerms buyerProgramme(String code, ApprovalMode approval) {
        return ProgrammeTerms.contract(code, RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"),
                new BigDecimal("500000.00"), null, Set.of(ContractCategory.values()),
                "《桂政发〔2018〕51号》：按技术交易额实际支付额的20%给予后补助。")
                .withGrantMode(GrantMode.CLAIM).withApproval(approval);
    }

    /** A CLAIMABLE entitlement of {@code beneficiary} under the programme: T, 20 %, its amount the ceiling. */
    static UUID claimable(DataSource db, String programme, Party beneficiary, String registrationNumber,
            String basis, String ceiling) {
        UUID id = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        Instant at = Instant.parse("2063-03-02T02:00:00Z");
        UUID event = UUID.randomUUID();
        Db.update(db, """
                insert into entitlement (id, programme_code, budget_year, policy_clause, contract_id,
                    registration_number, contract_title, contract_type, beneficiary_uscc, beneficiary_name,
                    beneficiary_kind, beneficiary_region, beneficiary_parent_uscc, basis_amount, rate, amount, capped,
                    facts, status, source_event_id, registered_at, created_at, version, amendment_number,
                    subject_type, subject_id, subject_reference)
                values (?, ?, ?, '《桂政发〔2018〕51号》', ?, ?, '蔗渣生物制浆技术转让合同', 'TRANSFER_PATENT', ?, ?, ?, ?,
                    ?, ?, 0.20, ?, false, 'test', 'CLAIMABLE', ?, ?, ?, 0, 0, 'CONTRACT', ?, ?)""",
                id, programme, YEAR, contract, registrationNumber, beneficiary.uscc(), beneficiary.name(),
                beneficiary.kind().name(), beneficiary.region(), beneficiary.parentUscc(), new BigDecimal(basis),
                new BigDecimal(ceiling), event, Timestamp.from(at), Timestamp.from(at), contract,
                registrationNumber);
        // the registration as the service records it beside what it assessed
        Db.update(db, """
                insert into contract_registration (contract_id, amendment_number, changed_by_event_id, changed_at,
                    registration_number, registered_at) values (?, 0, ?, ?, ?, ?)""",
                contract, event, Timestamp.from(at), registrationNumber, Timestamp.from(at));
        return id;
    }

    static String payment(String amount, String registrationNumber, String reference) {
        return """
                {"amount": "%s", "paidOn": "2026-03-01", "registrationNumber": "%s", "reference": "%s"}"""
                .formatted(amount, registrationNumber, reference);
    }

    /** A new draft on the entitlement with one payment; its id. */
    static String draft(String token, UUID entitlement, String paymentJson) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"entitlementId\": \"" + entitlement + "\", \"payments\": [" + paymentJson + "]}")
                .when().post("/claims").then().statusCode(201).extract().path("id");
    }

    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static final String BOUNDARY = "techmarket-claim-boundary-51c2";

    /**
     * Uploads {@code content} as evidence of {@code kind}, the multipart body written byte by byte as a browser sends
     * it (file name in UTF-8), as the registry's tests do.
     */
    public static ValidatableResponse upload(String token, String claim, String kind, byte[] content, String name) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
                + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().auth().oauth2(token).contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(out.toByteArray()).when().post("/claims/" + claim + "/evidence").then().log()
                .ifValidationFails();
    }

    /** A draft with its payment voucher, submitted; its id. */
    static String submitted(String token, UUID entitlement, String paymentJson) {
        String id = draft(token, entitlement, paymentJson);
        upload(token, id, "PAYMENT_VOUCHER", pdf("付款凭证 " + id), "付款凭证.pdf").statusCode(201);
        given().auth().oauth2(token).when().post("/claims/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static ValidatableResponse act(String token, String claim, String action) {
        return given().auth().oauth2(token).when().post("/claims/" + claim + "/" + action).then();
    }

    static ValidatableResponse decide(String token, String claim, String action, String reason) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"reason\": \"" + reason + "\"}")
                .when().post("/claims/" + claim + "/" + action).then();
    }
}
