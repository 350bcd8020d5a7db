package gx.techmarket.subsidy.voucher;

import static gx.techmarket.subsidy.voucher.Vouchers.BAISE_ADMIN;
import static gx.techmarket.subsidy.voucher.Vouchers.BAISE_SME;
import static gx.techmarket.subsidy.voucher.Vouchers.GXU_PROVIDER;
import static gx.techmarket.subsidy.voucher.Vouchers.LIUZHOU_ADMIN;
import static gx.techmarket.subsidy.voucher.Vouchers.LIUZHOU_SME;
import static gx.techmarket.subsidy.voucher.Vouchers.NOT_SME;
import static gx.techmarket.subsidy.voucher.Vouchers.PROVIDER;
import static gx.techmarket.subsidy.voucher.Vouchers.PROVINCE;
import static gx.techmarket.subsidy.voucher.Vouchers.UNQUALIFIED_PROVIDER;
import static gx.techmarket.subsidy.voucher.Vouchers.balance;
import static gx.techmarket.subsidy.voucher.Vouchers.today;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.subsidy.Contracts;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.ledger.Ledger;
import gx.techmarket.subsidy.programme.BudgetAvailable;
import gx.techmarket.subsidy.programme.GrantPosted;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Vouchers end to end through the API, to the fen on the ledger: issue, provider, redemption, refusals, expiry. */
@SubsidyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoucherFlowTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Ledger ledger;

    @Inject
    VoucherExpiry expiry;

    @Inject
    RecordedVoucherEvents events;

    @Inject
    VoucherProgrammes programmes;

    int year;

    @BeforeAll
    void organisations() {
        Vouchers.ensureKnown(db);
        year = Vouchers.YEAR;
    }

    private String budget(String code) {
        return "BUDGET:" + code + ":" + year;
    }

    private String voucherAccount(String code) {
        return "VOUCHER:" + code + ":" + year;
    }

    private static Map<String, Object> redemption(ContractRegistered contract, String fee) {
        return Map.of("registrationNumber", contract.registrationNumber(), "fee", fee,
                "paidOn", today().toString(), "paymentReference", "中国工商银行 回单 2026120500017");
    }

    private static ValidatableResponse redeem(String token, String voucherId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/vouchers/" + voucherId + "/redemption").then();
    }

    @Test
    void tongduiPaysTheProviderItsShareOfTheFeeAndGivesTheRestBackToTheFen() {
        String code = Vouchers.programmeCode("TONGDUI");
        programmes.open(code, year, "100000.00", null, null);
        String round = Vouchers.openRound(code, "20000.00", "TONGDUI", "0.50", today().plusDays(60));

        given().auth().oauth2(LIUZHOU_SME).when().get("/voucher-rounds/open").then().statusCode(200)
                .body("find { it.id == '" + round + "' }.actions", contains("apply"));
        String voucher = Vouchers.apply(LIUZHOU_SME, round);
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-80000.00");
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("-20000.00");
        given().auth().oauth2(LIUZHOU_SME).when().get("/vouchers/" + voucher).then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("faceValue", equalTo("20000.00"))
                .body("holder.uscc", equalTo(Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .body("qualificationNumber", equalTo("20254502000123"))
                .body("actions", contains("chooseProvider"));
        given().auth().oauth2(LIUZHOU_SME).when().get("/voucher-rounds/open").then().statusCode(200)
                .body("find { it.id == '" + round + "' }.actions", empty());

        // a provider in 南宁 for an enterprise of 柳州: cross-city
        given().auth().oauth2(LIUZHOU_SME).when().get("/vouchers/providers").then().statusCode(200)
                .body("uscc", hasItem(Orgs.GX_TECH_TRANSFER.uscc()))
                .body("uscc", not(hasItem(Orgs.LIUZHOU_TECH_BROKERS.uscc())));
        Vouchers.chooseProvider(LIUZHOU_SME, voucher, Orgs.GX_TECH_TRANSFER);
        given().auth().oauth2(PROVIDER).queryParam("size", 100).when().get("/vouchers/redemptions/queue").then()
                .statusCode(200).body("items.id", hasItem(voucher))
                .body("items.find { it.id == '" + voucher + "' }.actions", contains("redeem"));

        ContractRegistered contract = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "50000.00", today());
        redeem(PROVIDER, voucher, redemption(contract, "30000.01")).statusCode(200)
                .body("status", equalTo("REDEEMED"))
                .body("redemption.amount", equalTo("15000.01")) // 0.50 × 30000.01 = 15000.005
                .body("redemption.returnedToBudget", equalTo("4999.99"))
                .body("redemption.payeeUscc", equalTo(Orgs.GX_TECH_TRANSFER.uscc()))
                .body("redemption.contractId", equalTo(contract.contractId().toString()))
                .body("actions", empty());
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("0.00");
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-84999.99");
        assertThat(balance(db, "PAYABLE:" + code + ":" + Orgs.GX_TECH_TRANSFER.uscc()))
                .isEqualByComparingTo("-15000.01");
        GrantPosted grant = events.granted().stream().filter(g -> g.sourceId().toString().equals(voucher))
                .findFirst().orElseThrow();
        assertThat(grant.sourceType()).isEqualTo("VOUCHER");
        assertThat(grant.beneficiaryUscc()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
        assertThat(grant.amount()).isEqualByComparingTo("15000.01");
        assertThat(events.budgetsGivenBack()).contains(new BudgetAvailable(code, year));

        // no double redemption, nothing changes
        ContractRegistered another = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "50000.00", today());
        redeem(PROVIDER, voucher, redemption(another, "30000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_ALREADY_REDEEMED"));
        given().auth().oauth2(LIUZHOU_SME).contentType(ContentType.JSON)
                .body(Map.of("providerUscc", Orgs.GXU.uscc()))
                .when().post("/vouchers/" + voucher + "/provider").then().statusCode(409)
                .body("code", equalTo("VOUCHER_ALREADY_REDEEMED"));
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-84999.99");
        assertThat(ledger.reconcile()).isEmpty();

        given().auth().oauth2(PROVINCE).queryParam("size", 100).when().get("/voucher-rounds").then().statusCode(200)
                .body("items.find { it.id == '" + round + "' }.totals.issued", equalTo(1))
                .body("items.find { it.id == '" + round + "' }.totals.redeemedAmount", equalTo("15000.01"))
                .body("items.find { it.id == '" + round + "' }.totals.returnedAmount", equalTo("4999.99"))
                .body("items.find { it.id == '" + round + "' }.totals.outstandingAmount", equalTo("0.00"));
    }

    @Test
    void tongyongReimbursesTheEnterpriseAtMostTheFaceValueFromAProviderInAnotherCity() {
        String code = Vouchers.programmeCode("TONGYONG");
        programmes.open(code, year, "50000.00", null, null);
        String round = Vouchers.openRound(code, "10000.00", "TONGYONG", "0.40", today().plusDays(60));
        String voucher = Vouchers.apply(BAISE_SME, round); // 百色
        Vouchers.chooseProvider(BAISE_SME, voucher, Orgs.GXU); // 南宁
        ContractRegistered contract = Vouchers.registered(db, Orgs.GXU, Orgs.BAISE_ALUMINIUM, "80000.00", today());
        redeem(GXU_PROVIDER, voucher, redemption(contract, "30000.00")).statusCode(200)
                .body("redemption.amount", equalTo("10000.00")) // 0.40 × 30000.00 = 12000.00, face 10000.00
                .body("redemption.returnedToBudget", equalTo("0.00"))
                .body("redemption.payeeUscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()));
        assertThat(balance(db, "PAYABLE:" + code + ":" + Orgs.BAISE_ALUMINIUM.uscc()))
                .isEqualByComparingTo("-10000.00");
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-40000.00");
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("0.00");
        // the 百色 bureau sees the voucher of a 百色 enterprise in a provincial round; the 柳州 bureau does not
        given().auth().oauth2(BAISE_ADMIN).when().get("/vouchers/" + voucher).then().statusCode(200);
        given().auth().oauth2(LIUZHOU_ADMIN).when().get("/vouchers/" + voucher).then().statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
    }

    @Test
    void anIssueNeedsTheQualificationOneVoucherPerRoundAndTheBudget() {
        String code = Vouchers.programmeCode("ISSUE");
        programmes.open(code, year, "15000.00", null, null);
        String round = Vouchers.openRound(code, "10000.00", "TONGDUI", "0.50", today().plusDays(60));

        given().auth().oauth2(NOT_SME).when().post("/voucher-rounds/" + round + "/applications").then()
                .statusCode(409).body("code", equalTo("VOUCHER_HOLDER_NOT_QUALIFIED"));
        Vouchers.apply(LIUZHOU_SME, round);
        given().auth().oauth2(LIUZHOU_SME).when().post("/voucher-rounds/" + round + "/applications").then()
                .statusCode(409).body("code", equalTo("VOUCHER_ALREADY_ISSUED"));
        given().auth().oauth2(BAISE_SME).when().post("/voucher-rounds/" + round + "/applications").then()
                .statusCode(409).body("code", equalTo("VOUCHER_BUDGET_EXHAUSTED"));
        given().auth().oauth2(BAISE_SME).when().post("/voucher-rounds/" + java.util.UUID.randomUUID()
                + "/applications").then().statusCode(404).body("code", equalTo("VOUCHER_ROUND_NOT_FOUND"));
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-5000.00");
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("-10000.00");
        given().auth().oauth2(PROVINCE).queryParam("size", 100).when().get("/voucher-rounds").then().statusCode(200)
                .body("items.find { it.id == '" + round + "' }.totals.issued", equalTo(1))
                .body("items.find { it.id == '" + round + "' }.totals.outstandingAmount", equalTo("10000.00"));
    }

    @Test
    void aBaiseRoundIsForBaiseEnterprisesOnly() {
        String code = Vouchers.programmeCode("BAISE");
        programmes.open(code, year, "50000.00", "451000", null);
        Map<String, Object> body = Vouchers.round(code, year, "5000.00", "TONGDUI", "0.50", today().plusDays(10),
                today().plusDays(60));
        given().auth().oauth2(LIUZHOU_ADMIN).contentType(ContentType.JSON).body(body).when().post("/voucher-rounds")
                .then().statusCode(404).body("code", equalTo("PROGRAMME_NOT_FOUND"));
        String round = given().auth().oauth2(BAISE_ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/voucher-rounds").then().statusCode(201).body("subMarket", equalTo("451000"))
                .extract().path("id");
        given().auth().oauth2(LIUZHOU_SME).when().post("/voucher-rounds/" + round + "/applications").then()
                .statusCode(409).body("code", equalTo("VOUCHER_OUTSIDE_SUB_MARKET"));
        given().auth().oauth2(LIUZHOU_SME).when().get("/voucher-rounds/open").then().statusCode(200)
                .body("id", not(hasItem(round)));
        Vouchers.apply(BAISE_SME, round);
        given().auth().oauth2(LIUZHOU_ADMIN).queryParam("size", 100).when().get("/voucher-rounds").then()
                .statusCode(200).body("items.id", not(hasItem(round)));
        given().auth().oauth2(BAISE_ADMIN).queryParam("size", 100).when().get("/voucher-rounds").then()
                .statusCode(200).body("items.id", hasItem(round));
        given().auth().oauth2(BAISE_ADMIN).when().get("/voucher-rounds/" + round + "/vouchers").then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].holder.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()));
        given().auth().oauth2(LIUZHOU_ADMIN).when().get("/voucher-rounds/" + round + "/vouchers").then()
                .statusCode(404).body("code", equalTo("VOUCHER_ROUND_NOT_FOUND"));
        given().auth().oauth2(BAISE_SME).when().get("/voucher-rounds/" + round + "/vouchers").then()
                .statusCode(403);
    }

    @Test
    void aRoundNeedsAVoucherProgrammeAndTheRatesLimit() {
        String code = Vouchers.programmeCode("ROUND");
        programmes.open(code, year, "10000.00", null, null);
        given().auth().oauth2(PROVINCE).contentType(ContentType.JSON)
                .body(Vouchers.round("INTERMEDIARY_SUBSIDY", today().getYear(), "5000.00", "TONGDUI", "0.50",
                        today().plusDays(10), today().plusDays(60)))
                .when().post("/voucher-rounds").then().statusCode(409)
                .body("code", equalTo("VOUCHER_PROGRAMME_REQUIRED"));
        Map<String, Object> overLimit = new HashMap<>(Vouchers.round(code, year, "5000.00", "TONGDUI", "0.51",
                today().plusDays(10), today().plusDays(60)));
        given().auth().oauth2(PROVINCE).contentType(ContentType.JSON).body(overLimit).when().post("/voucher-rounds")
                .then().statusCode(400);
        Map<String, Object> badDates = new HashMap<>(Vouchers.round(code, year, "5000.00", "TONGDUI", "0.50",
                today().plusDays(10), today().plusDays(5)));
        given().auth().oauth2(PROVINCE).contentType(ContentType.JSON).body(badDates).when().post("/voucher-rounds")
                .then().statusCode(400).body("code", equalTo("VOUCHER_ROUND_DATES_INVALID"));
        for (String face : new String[] {"5000.001", "-5000.00", "0.00"}) {
            Map<String, Object> bad = new HashMap<>(Vouchers.round(code, year, face, "TONGDUI", "0.50",
                    today().plusDays(10), today().plusDays(60)));
            given().auth().oauth2(PROVINCE).contentType(ContentType.JSON).body(bad).when().post("/voucher-rounds")
                    .then().statusCode(400);
        }
        given().auth().oauth2(LIUZHOU_SME).contentType(ContentType.JSON)
                .body(Vouchers.round(code, year, "5000.00", "TONGDUI", "0.50", today().plusDays(10),
                        today().plusDays(60)))
                .when().post("/voucher-rounds").then().statusCode(403);
        assertThat(Vouchers.balance(db, budget(code))).isEqualByComparingTo("-10000.00");
    }

    @Test
    void aRedemptionNeedsTheChosenQualifiedProviderAndARegisteredContractBetweenTheTwo() {
        String code = Vouchers.programmeCode("REDEEM");
        programmes.open(code, year, "100000.00", null, null);
        String round = Vouchers.openRound(code, "20000.00", "TONGDUI", "0.50", today().plusDays(60));
        String voucher = Vouchers.apply(LIUZHOU_SME, round);

        given().auth().oauth2(LIUZHOU_SME).contentType(ContentType.JSON)
                .body(Map.of("providerUscc", Orgs.LIUZHOU_TECH_BROKERS.uscc()))
                .when().post("/vouchers/" + voucher + "/provider").then().statusCode(409)
                .body("code", equalTo("PROVIDER_NOT_QUALIFIED"));
        given().auth().oauth2(LIUZHOU_SME).contentType(ContentType.JSON)
                .body(Map.of("providerUscc", Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .when().post("/vouchers/" + voucher + "/provider").then().statusCode(409)
                .body("code", equalTo("PROVIDER_NOT_QUALIFIED"));
        given().auth().oauth2(BAISE_SME).contentType(ContentType.JSON)
                .body(Map.of("providerUscc", Orgs.GX_TECH_TRANSFER.uscc()))
                .when().post("/vouchers/" + voucher + "/provider").then().statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        given().auth().oauth2(UNQUALIFIED_PROVIDER).when().get("/vouchers/" + voucher).then().statusCode(404);
        Vouchers.chooseProvider(LIUZHOU_SME, voucher, Orgs.GX_TECH_TRANSFER);

        ContractRegistered good = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "40000.00", today());
        // only the chosen provider redeems
        redeem(GXU_PROVIDER, voucher, redemption(good, "10000.00")).statusCode(404)
                .body("code", equalTo("VOUCHER_NOT_FOUND"));
        redeem(LIUZHOU_SME, voucher, redemption(good, "10000.00")).statusCode(404);
        ContractRegistered otherSeller = Vouchers.registered(db, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS, "40000.00",
                today());
        redeem(PROVIDER, voucher, redemption(otherSeller, "10000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_CONTRACT_PARTIES_MISMATCH"));
        ContractRegistered otherBuyer = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.BAISE_ALUMINIUM,
                "40000.00", today());
        redeem(PROVIDER, voucher, redemption(otherBuyer, "10000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_CONTRACT_PARTIES_MISMATCH"));
        ContractRegistered before = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "40000.00", today().minusDays(30));
        redeem(PROVIDER, voucher, redemption(before, "10000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_CONTRACT_BEFORE_ISSUE"));
        redeem(PROVIDER, voucher, Map.of("registrationNumber", "26450103999999", "fee", "10000.00",
                "paidOn", today().toString(), "paymentReference", "回单 1")).statusCode(409)
                .body("code", equalTo("VOUCHER_CONTRACT_NOT_REGISTERED"));
        redeem(PROVIDER, voucher, redemption(good, "40000.01")).statusCode(409)
                .body("code", equalTo("VOUCHER_FEE_ABOVE_CONTRACT"));
        redeem(PROVIDER, voucher, Map.of("registrationNumber", good.registrationNumber(), "fee", "10000.00",
                "paidOn", today().plusDays(1).toString(), "paymentReference", "回单 1")).statusCode(400)
                .body("code", equalTo("VOUCHER_PAID_IN_FUTURE"));
        redeem(PROVIDER, voucher, redemption(good, "10000.001")).statusCode(400);
        redeem(PROVIDER, voucher, redemption(good, "-10000.00")).statusCode(400);
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("-20000.00");
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-80000.00");

        redeem(PROVIDER, voucher, redemption(good, "10000.00")).statusCode(200)
                .body("redemption.amount", equalTo("5000.00")).body("redemption.returnedToBudget", equalTo("15000.00"));

        // the same contract cannot pay a second voucher of the same holder and provider
        String second = Vouchers.openRound(code, "20000.00", "TONGDUI", "0.50", today().plusDays(60));
        String secondVoucher = Vouchers.apply(LIUZHOU_SME, second);
        Vouchers.chooseProvider(LIUZHOU_SME, secondVoucher, Orgs.GX_TECH_TRANSFER);
        redeem(PROVIDER, secondVoucher, redemption(good, "10000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_CONTRACT_ALREADY_USED"));
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void anExpiredVoucherGivesItsFaceValueBackOnceAndCannotBeRedeemed() {
        String code = Vouchers.programmeCode("EXPIRY");
        programmes.open(code, year, "30000.00", null, null);
        LocalDate lastDay = today();
        String round = Vouchers.openRound(code, "10000.00", "TONGDUI", "0.50", lastDay);
        String voucher = Vouchers.apply(LIUZHOU_SME, round);
        Vouchers.chooseProvider(LIUZHOU_SME, voucher, Orgs.GX_TECH_TRANSFER);
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-20000.00");

        expiry.run(lastDay); // its last day: still valid
        given().auth().oauth2(LIUZHOU_SME).when().get("/vouchers/" + voucher).then().body("status", equalTo("ISSUED"));

        int announced = events.budgetsGivenBack().size();
        assertThat(expiry.run(lastDay.plusDays(1))).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(LIUZHOU_SME).when().get("/vouchers/" + voucher).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("expiryEntryId", not(nullValue()))
                .body("actions", empty());
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-30000.00");
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("0.00");
        assertThat(events.budgetsGivenBack().subList(announced, events.budgetsGivenBack().size()))
                .contains(new BudgetAvailable(code, year));

        expiry.run(lastDay.plusDays(2)); // once only
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-30000.00");
        ContractRegistered contract = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "40000.00", today());
        redeem(PROVIDER, voucher, redemption(contract, "10000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_EXPIRED"));
        given().auth().oauth2(PROVINCE).queryParam("size", 100).when().get("/voucher-rounds").then().statusCode(200)
                .body("items.find { it.id == '" + round + "' }.totals.expired", equalTo(1))
                .body("items.find { it.id == '" + round + "' }.totals.expiredAmount", equalTo("10000.00"));
        assertThat(ledger.reconcile()).isEmpty();
    }

    @Test
    void theProgrammesYearlyCapLimitsWhatOnePayeeGetsAndTheRestGoesBack() {
        String code = Vouchers.programmeCode("CAP");
        programmes.open(code, year, "100000.00", null, "12000.00");
        String round = Vouchers.openRound(code, "10000.00", "TONGDUI", "0.50", today().plusDays(60));
        String first = Vouchers.apply(LIUZHOU_SME, round);
        String second = Vouchers.apply(BAISE_SME, round);
        Vouchers.chooseProvider(LIUZHOU_SME, first, Orgs.GX_TECH_TRANSFER);
        Vouchers.chooseProvider(BAISE_SME, second, Orgs.GX_TECH_TRANSFER);
        redeem(PROVIDER, first, redemption(Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "20000.00", today()), "20000.00")).statusCode(200).body("redemption.amount", equalTo("10000.00"));
        // the provider has 2,000.00 of its 12,000.00 left this year: the second voucher pays that, the rest goes back
        redeem(PROVIDER, second, redemption(Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.BAISE_ALUMINIUM,
                "20000.00", today()), "20000.00")).statusCode(200)
                .body("redemption.amount", equalTo("2000.00")).body("redemption.returnedToBudget", equalTo("8000.00"));
        assertThat(balance(db, "PAYABLE:" + code + ":" + Orgs.GX_TECH_TRANSFER.uscc()))
                .isEqualByComparingTo("-12000.00");
        assertThat(balance(db, budget(code))).isEqualByComparingTo("-88000.00");
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("0.00");
        assertThat(Db.decimal(db, "select granted from beneficiary_year where programme_code = ? and budget_year = ?"
                + " and beneficiary_uscc = ?", code, year, Orgs.GX_TECH_TRANSFER.uscc()))
                .isEqualByComparingTo("12000.00");

        String third = Vouchers.apply(LIUZHOU_SME, Vouchers.openRound(code, "10000.00", "TONGDUI", "0.50",
                today().plusDays(60)));
        Vouchers.chooseProvider(LIUZHOU_SME, third, Orgs.GX_TECH_TRANSFER);
        redeem(PROVIDER, third, redemption(Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "20000.00", today()), "20000.00")).statusCode(409)
                .body("code", equalTo("VOUCHER_PAYEE_YEAR_CAP_REACHED"));
        assertThat(balance(db, voucherAccount(code))).isEqualByComparingTo("-10000.00");
    }

    @Test
    void aContractRegisteredInAYearWithAVoucherProgrammeIsAssessedByTheContractProgrammesOnly() {
        String code = Vouchers.programmeCode("BESIDE_CONTRACTS");
        programmes.open(code, 2044, "10000.00", null, null);
        ContractRegistered contract = Contracts.contract(ContractType.SERVICE, Orgs.GX_TECH_TRANSFER,
                Orgs.LIUZHOU_AUTO_PARTS, null, "10000.00", "0.00", Instant.parse("2044-03-02T02:00:00Z"));
        UUID event = Contracts.send(contract);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.handled(db, "subsidy.entitlements", event));
        // its facts are kept (so a voucher can be redeemed with it), and the voucher programme derived nothing
        assertThat(Db.count(db, "select count(*) from contract_registration where contract_id = ? and registered"
                + " is not null", contract.contractId())).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from entitlement where contract_id = ?", contract.contractId()))
                .isZero();
        assertThat(Db.count(db, "select count(*) from ineligibility where contract_id = ?", contract.contractId()))
                .isZero();
    }
}
