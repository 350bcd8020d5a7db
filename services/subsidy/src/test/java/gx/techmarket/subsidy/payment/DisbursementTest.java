package gx.techmarket.subsidy.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.ledger.Account;
import gx.techmarket.subsidy.ledger.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 拨付 end to end through the API: a batch gathered with the directory's verified accounts (payees without one held
 * out), approved, exported, paid once (Dr PAYABLE, Cr BANK; SubsidyPaid per payee); a reversal in an approved batch
 * sends it back for approval; a reversal after payment becomes a receivable, set off against the next payment and
 * repaid; the programme's admins only.
 */
@SubsidyTest
class DisbursementTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final int YEAR = 2095;

    @Inject
    Grants grants;

    @Inject
    FakeBankAccounts bank;

    @Inject
    Ledger ledger;

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @BeforeEach
    void directoryKnowsTheFixtures() {
        DirectoryFixtures.ensureKnown(db);
    }

    static Response gather(String token, String programme, int year) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("programmeCode", programme, "budgetYear", year)).when().post("/batches");
    }

    String today() {
        return MarketClock.today(clock).toString();
    }

    static Map<String, String> paid(String reference, String on) {
        return Map.of("paymentReference", reference, "paidOn", on);
    }

    BigDecimal balance(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.balance(account));
    }

    @Test
    void aBatchPaysEachVerifiedPayeeOnceHoldsOutTheOthersAndTellsEachPayee() throws IOException {
        String code = grants.openProgramme(YEAR, "450000", "1000000.00");
        String broker = bank.verify(Orgs.GX_TECH_TRANSFER);
        bank.verify(Orgs.LIUZHOU_AUTO_PARTS);
        bank.forget(Orgs.GUILIN_SUGAR.uscc());
        grants.grant(code, YEAR, Orgs.GX_TECH_TRANSFER.uscc(), new BigDecimal("8000.00"));
        grants.grant(code, YEAR, Orgs.LIUZHOU_AUTO_PARTS.uscc(), new BigDecimal("160000.00"));
        grants.grant(code, YEAR, Orgs.LIUZHOU_AUTO_PARTS.uscc(), new BigDecimal("0.33"));
        grants.grant(code, YEAR, Orgs.GUILIN_SUGAR.uscc(), new BigDecimal("800.00"));

        Response created = gather(PROVINCE, code, YEAR);
        created.then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("total", equalTo("168000.33"))
                .body("totalInWords", equalTo("壹拾陆万捌仟元叁角叁分"))
                .body("payees.uscc", contains(Orgs.GX_TECH_TRANSFER.uscc(), Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .body("payees[0].accountNumber", equalTo(broker))
                .body("payees[1].gross", equalTo("160000.33")).body("payees[1].net", equalTo("160000.33"))
                .body("payees[1].items", equalTo(2))
                .body("held", hasSize(1)).body("held[0].uscc", equalTo(Orgs.GUILIN_SUGAR.uscc()))
                .body("held[0].reason", equalTo("NO_VERIFIED_BANK_ACCOUNT"))
                .body("actions", contains("approve"));
        String id = created.path("id");
        String number = created.path("number");
        assertThat(bank.bearers()).contains(PROVINCE); // the admin's own token went to the directory

        // nothing to export or pay before approval
        given().auth().oauth2(PROVINCE).when().get("/batches/" + id + "/payment-file.xlsx")
                .then().statusCode(409).body("code", equalTo("BATCH_NOT_APPROVED"));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20261208001", today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(409).body("code", equalTo("BATCH_NOT_APPROVED"));
        // another sub-market's admin knows nothing of the province's programme
        given().auth().oauth2(BAISE).when().get("/batches/" + id).then().statusCode(404)
                .body("code", equalTo("BATCH_NOT_FOUND"));
        gather(BAISE, code, YEAR).then().statusCode(404).body("code", equalTo("PROGRAMME_NOT_FOUND"));
        given().auth().oauth2(BAISE).when().post("/batches/" + id + "/approve").then().statusCode(404);

        given().auth().oauth2(PROVINCE).when().post("/batches/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("actions", contains("download-payment-file", "mark-paid"));
        byte[] file = given().auth().oauth2(PROVINCE).when().get("/batches/" + id + "/payment-file.xlsx")
                .then().statusCode(200).contentType(PaymentFile.CONTENT_TYPE).extract().asByteArray();
        List<List<String>> rows = PaymentFileTest.read(file);
        assertThat(rows.get(0)).containsExactly("拨付批次", number);
        assertThat(rows.get(6)).containsExactly("1", Orgs.GX_TECH_TRANSFER.name(), Orgs.GX_TECH_TRANSFER.uscc(),
                Orgs.GX_TECH_TRANSFER.name(), "中国工商银行南宁分行", broker, "8000.00", "捌仟元整", number + "-001");
        assertThat(rows.get(7)).contains("160000.33", "壹拾陆万元叁角叁分", number + "-002");
        assertThat(rows).hasSize(8);

        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20261208001", today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(200)
                .body("status", equalTo("PAID")).body("paymentReference", equalTo("GX20261208001"))
                .body("actions", contains("download-payment-file"));
        assertThat(balance(Account.payable(code, Orgs.LIUZHOU_AUTO_PARTS.uscc()))).isEqualByComparingTo("0.00");
        assertThat(balance(Account.payable(code, Orgs.GUILIN_SUGAR.uscc()))).isEqualByComparingTo("-800.00");
        assertThat(balance(Account.bank(code, YEAR))).isEqualByComparingTo("-168000.33");
        assertThat(count("select count(*) from outbox where type = 'subsidy.SubsidyPaid.v1' and aggregateid = ?", id))
                .isEqualTo(2);
        assertThat(count("select count(*) from outbox where type = 'subsidy.SubsidyPaid.v1' and aggregateid = ? "
                + "and payload ->> 'payeeUscc' = ? and payload ->> 'netAmount' = '160000.33'", id,
                Orgs.LIUZHOU_AUTO_PARTS.uscc())).isEqualTo(1);

        // twice: refused, nothing posted, nobody told again
        long entries = count("select count(*) from journal_entry where source_type = 'PAYMENT_BATCH' and source_id = ?::uuid", id);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20261208002", today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(409)
                .body("code", equalTo("BATCH_ALREADY_PAID"));
        assertThat(count("select count(*) from journal_entry where source_type = 'PAYMENT_BATCH' and source_id = ?::uuid", id))
                .isEqualTo(entries).isEqualTo(2);
        assertThat(balance(Account.bank(code, YEAR))).isEqualByComparingTo("-168000.33");

        // the held-out payee: still owed; once its account is verified, the next batch pays it
        gather(PROVINCE, code, YEAR).then().statusCode(409).body("code", equalTo("NOTHING_TO_PAY_WITH_ACCOUNT"));
        bank.verify(Orgs.GUILIN_SUGAR);
        gather(PROVINCE, code, YEAR).then().statusCode(201).body("total", equalTo("800.00"))
                .body("payees.uscc", contains(Orgs.GUILIN_SUGAR.uscc()));
        gather(PROVINCE, code, YEAR).then().statusCode(409).body("code", equalTo("NOTHING_TO_PAY"));
        given().auth().oauth2(PROVINCE).queryParam("programme", code).when().get("/batches").then().statusCode(200)
                .body("number", hasSize(2)).body("[0].status", equalTo("DRAFT"));
        given().auth().oauth2(BAISE).queryParam("programme", code).when().get("/batches").then().statusCode(200)
                .body("number", hasSize(0));
    }

    @Test
    void aReversalInAnApprovedBatchTakesItOutAndTheBatchMustBeApprovedAgain() {
        String code = grants.openProgramme(YEAR, "450000", "100000.00");
        bank.verify(Orgs.GX_TECH_TRANSFER);
        bank.verify(Orgs.LIUZHOU_AUTO_PARTS);
        Grants.Grant broker = grants.grant(code, YEAR, Orgs.GX_TECH_TRANSFER.uscc(), new BigDecimal("5000.00"));
        grants.grant(code, YEAR, Orgs.LIUZHOU_AUTO_PARTS.uscc(), new BigDecimal("7000.00"));
        String id = gather(PROVINCE, code, YEAR).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PROVINCE).when().post("/batches/" + id + "/approve").then().statusCode(200);

        grants.reverse(broker, "合同登记已注销");

        given().auth().oauth2(PROVINCE).when().get("/batches/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("total", equalTo("7000.00"))
                .body("reapprovalReason", equalTo("冲销：合同登记已注销"))
                .body("payees.uscc", contains(Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .body("actions", contains("approve"));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20261208003", today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(409).body("code", equalTo("BATCH_NOT_APPROVED"));
        given().auth().oauth2(PROVINCE).when().post("/batches/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20261208003", today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(200).body("status", equalTo("PAID"));
        // the reversed grant is owed to nobody: nothing left to pay, nothing to recover
        gather(PROVINCE, code, YEAR).then().statusCode(409).body("code", equalTo("NOTHING_TO_PAY"));
        assertThat(balance(Account.payable(code, Orgs.GX_TECH_TRANSFER.uscc()))).isEqualByComparingTo("0.00");
        assertThat(balance(Account.bank(code, YEAR))).isEqualByComparingTo("-7000.00");
        assertThat(balance(Account.budget(code, YEAR))).isEqualByComparingTo("-93000.00");
        given().auth().oauth2(PROVINCE).queryParam("programme", code).when().get("/receivables").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aReversalAfterPaymentIsOwedBackSetOffAgainstTheNextPaymentThenRepaid() {
        String code = grants.openProgramme(YEAR, "450000", "1000000.00");
        String payee = Orgs.LIUZHOU_AUTO_PARTS.uscc();
        bank.verify(Orgs.LIUZHOU_AUTO_PARTS);
        Grants.Grant first = grants.grant(code, YEAR, payee, new BigDecimal("100000.00"));
        payBatch(code);

        grants.reverse(first, "注销登记（合同解除）");
        Response listed = given().auth().oauth2(PROVINCE).queryParam("programme", code).when().get("/receivables");
        listed.then().statusCode(200).body("total", equalTo(1))
                .body("items[0].beneficiaryUscc", equalTo(payee))
                .body("items[0].amount", equalTo("100000.00")).body("items[0].outstanding", equalTo("100000.00"))
                .body("items[0].status", equalTo("OPEN")).body("items[0].actions", contains("record-repayment"));
        String receivable = listed.path("items[0].id");
        assertThat(balance(Account.receivable(code, payee))).isEqualByComparingTo("100000.00");
        assertThat(balance(Account.payable(code, payee))).isEqualByComparingTo("0.00");
        // its users see it too; another organisation's do not, nor another sub-market's admin
        String member = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        given().auth().oauth2(member).when().get("/receivables/mine").then().statusCode(200)
                .body("items.id", hasItem(receivable));
        given().auth().oauth2(member).when().get("/receivables/" + receivable).then().statusCode(200)
                .body("actions", hasSize(0));
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR)).when().get("/receivables/" + receivable)
                .then().statusCode(404).body("code", equalTo("RECEIVABLE_NOT_FOUND"));
        given().auth().oauth2(BAISE).contentType("application/json").body(repayment("1.00"))
                .when().post("/receivables/" + receivable + "/repayment").then().statusCode(404);

        // the next payment sets off 30,000.00: the bank pays nothing
        grants.grant(code, YEAR, payee, new BigDecimal("30000.00"));
        Response second = gather(PROVINCE, code, YEAR);
        second.then().statusCode(201).body("payees[0].gross", equalTo("30000.00"))
                .body("payees[0].offset", equalTo("30000.00")).body("payees[0].net", equalTo("0.00"))
                .body("total", equalTo("0.00"));
        // what the batch set aside cannot be repaid as well
        given().auth().oauth2(PROVINCE).contentType("application/json").body(repayment("70000.01"))
                .when().post("/receivables/" + receivable + "/repayment").then().statusCode(409)
                .body("code", equalTo("REPAYMENT_EXCEEDS_RECEIVABLE"));
        String secondId = second.path("id");
        given().auth().oauth2(PROVINCE).when().post("/batches/" + secondId + "/approve").then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20261209001", today()))
                .when().post("/batches/" + secondId + "/paid").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().get("/receivables/" + receivable).then().statusCode(200)
                .body("outstanding", equalTo("70000.00")).body("reserved", equalTo("0.00"))
                .body("settlements[0].kind", equalTo("OFFSET"));

        given().auth().oauth2(PROVINCE).contentType("application/json").body(repayment("70000.00"))
                .when().post("/receivables/" + receivable + "/repayment").then().statusCode(200)
                .body("status", equalTo("SETTLED")).body("outstanding", equalTo("0.00"))
                .body("settlements.kind", contains("OFFSET", "REPAYMENT")).body("actions", hasSize(0));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(repayment("0.01"))
                .when().post("/receivables/" + receivable + "/repayment").then().statusCode(409)
                .body("code", equalTo("RECEIVABLE_SETTLED"));
        assertThat(balance(Account.receivable(code, payee))).isEqualByComparingTo("0.00");
        assertThat(balance(Account.payable(code, payee))).isEqualByComparingTo("0.00");
        // paid out 100,000.00, back 70,000.00 (30,000.00 was set off, the bank paid nothing for it)
        assertThat(balance(Account.bank(code, YEAR))).isEqualByComparingTo("-30000.00");

        // the statement tells it entry by entry
        int year = MarketClock.today(clock).getYear();
        Response statement = given().auth().oauth2(member).queryParam("year", year).when().get("/statements/mine");
        statement.then().statusCode(200);
        List<Map<String, Object>> lines = statement.jsonPath().getList("lines.findAll { it.programmeCode == '"
                + code + "' }");
        assertThat(lines).extracting(l -> l.get("what")).containsExactly("GRANT", "PAYMENT", "REVERSAL",
                "RECEIVABLE_RAISED", "GRANT", "PAYMENT", "REPAYMENT");
        assertThat(lines).extracting(l -> l.get("amount")).containsExactly("100000.00", "-100000.00", "-100000.00",
                "100000.00", "30000.00", "-30000.00", "0.00");
        assertThat(lines).extracting(l -> l.get("owedBack")).containsExactly("0.00", "0.00", "0.00", "100000.00",
                "0.00", "-30000.00", "-70000.00");
        given().auth().oauth2(PROVINCE).queryParam("year", year).when().get("/statements/" + payee)
                .then().statusCode(200).body("beneficiaryUscc", equalTo(payee));
        given().auth().oauth2(BAISE).queryParam("year", year).when().get("/statements/" + payee)
                .then().statusCode(404).body("code", equalTo("BENEFICIARY_NOT_FOUND"));
        byte[] xlsx = given().auth().oauth2(member).queryParam("year", year).when().get("/statements/mine.xlsx")
                .then().statusCode(200).contentType(PaymentFile.CONTENT_TYPE).extract().asByteArray();
        assertThat(xlsx).isNotEmpty();

        // the month adds up
        String month = MarketClock.today(clock).toString().substring(0, 7);
        Response reconciliation = given().auth().oauth2(PROVINCE).queryParam("month", month).when()
                .get("/programmes/" + code + "/" + YEAR + "/reconciliation");
        reconciliation.then().statusCode(200).body("addsUp", equalTo(true)).body("entriesBalance", equalTo(true))
                .body("accounts.find { it.account == 'BUDGET' }.closing", equalTo("970000.00"))
                .body("accounts.find { it.account == 'BANK' }.closing", equalTo("30000.00"))
                .body("accounts.find { it.account == 'RECEIVABLE' }.closing", equalTo("0.00"))
                .body("accounts.find { it.account == 'PAYABLE' }.closing", equalTo("0.00"))
                .body("accounts.find { it.account == 'BUDGET' }.opening", equalTo("0.00"));
        given().auth().oauth2(BAISE).queryParam("month", month).when()
                .get("/programmes/" + code + "/" + YEAR + "/reconciliation").then().statusCode(404);
    }

    @Test
    void aContractDeregisteredAfterItsSubsidyWasPaidLeavesTheBuyerOwingItBack() {
        // registered in 2027, a budget year no other test pays from: the batch holds this contract's grant alone
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU,
                Orgs.LIUZHOU_AUTO_PARTS, null, "1000000.00", "0", Instant.parse("2027-03-16T02:00:00Z"));
        Map<String, Map<String, Object>> granted = Contracts.sendAndAwait(contract, 2);
        assertThat(granted.get("RESULT_TRANSFORMATION_POST_SUBSIDY").get("amount")).isEqualTo("200000.00");
        bank.verify(Orgs.LIUZHOU_AUTO_PARTS);
        Response batch = gather(PROVINCE, "RESULT_TRANSFORMATION_POST_SUBSIDY", 2027);
        batch.then().statusCode(201).body("payees.uscc", contains(Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .body("total", equalTo("200000.00"));
        String id = batch.path("id");
        given().auth().oauth2(PROVINCE).when().post("/batches/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX20270401001", today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(200);

        Contracts.send(Contracts.deregistration(contract, DeregistrationReason.RESCINDED, "双方协议解除合同"));

        List<Map<String, Object>> owed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(PROVINCE).queryParam("programme", "RESULT_TRANSFORMATION_POST_SUBSIDY")
                        .queryParam("beneficiary", Orgs.LIUZHOU_AUTO_PARTS.uscc()).when().get("/receivables")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items"),
                        items -> items.stream().anyMatch(r -> Integer.valueOf(2027).equals(r.get("budgetYear"))));
        assertThat(owed).filteredOn(r -> Integer.valueOf(2027).equals(r.get("budgetYear"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.get("amount")).isEqualTo("200000.00");
                    assertThat(r.get("status")).isEqualTo("OPEN");
                    assertThat((String) r.get("reason")).contains("注销登记");
                });
        assertThat(balance(Account.receivable("RESULT_TRANSFORMATION_POST_SUBSIDY", Orgs.LIUZHOU_AUTO_PARTS.uscc())))
                .isEqualByComparingTo("200000.00");
    }

    private void payBatch(String code) {
        String id = gather(PROVINCE, code, YEAR).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PROVINCE).when().post("/batches/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(paid("GX" + id.substring(0, 8), today()))
                .when().post("/batches/" + id + "/paid").then().statusCode(200);
    }

    private Map<String, String> repayment(String amount) {
        return Map.of("amount", amount, "repaidOn", today(), "reference", "退回凭证 HK-0017");
    }

    long count(String sql, String... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
