package gx.techmarket.subsidy.voucher;

import static gx.techmarket.subsidy.voucher.Vouchers.LIUZHOU_SME;
import static gx.techmarket.subsidy.voucher.Vouchers.PROVIDER;
import static gx.techmarket.subsidy.voucher.Vouchers.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.BudgetChanged;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.VoucherExpired;
import gx.techmarket.contracts.events.VoucherIssued;
import gx.techmarket.contracts.events.VoucherRedeemed;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.Published;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every movement of a voucher is announced in its transaction (VoucherIssued, VoucherRedeemed, VoucherExpired), and
 * every posting on the programme-year's budget with it (BudgetChanged, its version one more each time).
 */
@SubsidyTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoucherEventsTest {

    private static final Party HOLDER = Party.of(Orgs.LIUZHOU_AUTO_PARTS.uscc(), Orgs.LIUZHOU_AUTO_PARTS.name(),
            OrgKind.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS.region());

    @Inject
    AgroalDataSource db;

    @Inject
    VoucherExpiry expiry;

    @Inject
    VoucherProgrammes programmes;

    @BeforeAll
    void organisations() {
        Vouchers.ensureKnown(db);
    }

    private UUID programmeId(String code) {
        return (UUID) Db.single(db, "select id from programme where code = ? and budget_year = ?", code, Vouchers.YEAR);
    }

    private List<BudgetChanged> budgetChanges(String code) {
        return Published.about(db, BudgetChanged.class, programmeId(code));
    }

    @Test
    void issuingAndRedeemingAVoucherAnnounceItsAmountsAndWhatIsLeftOfTheBudget() {
        String code = Vouchers.programmeCode("EVENTS");
        programmes.open(code, Vouchers.YEAR, "100000.00", null, null);
        assertThat(budgetChanges(code)).singleElement().satisfies(opened -> {
            assertThat(opened.version()).isEqualTo(1);
            assertThat(opened.budget()).isEqualTo(new BigDecimal("100000.00"));
            assertThat(opened.available()).isEqualTo(new BigDecimal("100000.00"));
            assertThat(opened.subMarket()).isEqualTo("450000");
        });
        String round = Vouchers.openRound(code, "20000.00", "TONGDUI", "0.50", today().plusDays(60));

        String voucher = Vouchers.apply(LIUZHOU_SME, round);

        assertThat(Published.about(db, VoucherIssued.class, voucher)).singleElement().satisfies(issued -> {
            assertThat(issued.voucherId().toString()).isEqualTo(voucher);
            assertThat(issued.roundId().toString()).isEqualTo(round);
            assertThat(issued.programmeCode()).isEqualTo(code);
            assertThat(issued.budgetYear()).isEqualTo(Vouchers.YEAR);
            assertThat(issued.subMarket()).isEqualTo("450000");
            assertThat(issued.holder()).isEqualTo(HOLDER);
            assertThat(issued.faceValue()).isEqualTo(new BigDecimal("20000.00"));
        });
        assertThat(budgetChanges(code)).last().satisfies(afterIssue -> {
            assertThat(afterIssue.version()).isEqualTo(2);
            assertThat(afterIssue.budget()).isEqualTo(new BigDecimal("100000.00"));
            assertThat(afterIssue.available()).isEqualTo(new BigDecimal("80000.00"));
        });

        Vouchers.chooseProvider(LIUZHOU_SME, voucher, Orgs.GX_TECH_TRANSFER);
        ContractRegistered contract = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "50000.00", today());
        given().auth().oauth2(PROVIDER).contentType(ContentType.JSON)
                .body(Map.of("registrationNumber", contract.registrationNumber(), "fee", "30000.01",
                        "paidOn", today().toString(), "paymentReference", "回单 2026120500017"))
                .when().post("/vouchers/" + voucher + "/redemption").then().statusCode(200);

        assertThat(Published.about(db, VoucherRedeemed.class, voucher)).singleElement().satisfies(redeemed -> {
            assertThat(redeemed.holder()).isEqualTo(HOLDER);
            assertThat(redeemed.provider().uscc()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
            assertThat(redeemed.provider().kind()).isEqualTo(OrgKind.AGENCY);
            assertThat(redeemed.provider().region()).isEqualTo("450100");
            assertThat(redeemed.contractId()).isEqualTo(contract.contractId());
            assertThat(redeemed.registrationNumber()).isEqualTo(contract.registrationNumber());
            assertThat(redeemed.faceValue()).isEqualTo(new BigDecimal("20000.00"));
            assertThat(redeemed.redeemedAmount()).isEqualTo(new BigDecimal("15000.01")); // 0.50 × 30000.01, HALF_UP
            assertThat(redeemed.returnedAmount()).isEqualTo(new BigDecimal("4999.99"));
            assertThat(redeemed.subMarket()).isEqualTo("450000");
        });
        List<BudgetChanged> changes = budgetChanges(code);
        assertThat(changes).extracting(BudgetChanged::version).containsExactly(1L, 2L, 3L);
        assertThat(changes).extracting(BudgetChanged::available).containsExactly(new BigDecimal("100000.00"),
                new BigDecimal("80000.00"), new BigDecimal("84999.99"));
        assertThat(changes).extracting(BudgetChanged::programmeId).containsOnly(programmeId(code));
        assertThat(Published.about(db, VoucherExpired.class, voucher)).isEmpty();
    }

    @Test
    void anExpiredVoucherAnnouncesItsFaceValueBackOnce() {
        String code = Vouchers.programmeCode("EVENTS_EXPIRY");
        programmes.open(code, Vouchers.YEAR, "30000.00", "450200", null); // 柳州's own programme
        LocalDate lastDay = today();
        String voucher = Vouchers.apply(LIUZHOU_SME,
                Vouchers.openRound(code, "10000.00", "TONGYONG", "0.40", lastDay));

        expiry.run(lastDay.plusDays(1));
        expiry.run(lastDay.plusDays(2)); // once only

        assertThat(Published.about(db, VoucherExpired.class, voucher)).singleElement().satisfies(expired -> {
            assertThat(expired.programmeCode()).isEqualTo(code);
            assertThat(expired.budgetYear()).isEqualTo(Vouchers.YEAR);
            assertThat(expired.subMarket()).isEqualTo("450200");
            assertThat(expired.holder()).isEqualTo(HOLDER);
            assertThat(expired.faceValue()).isEqualTo(new BigDecimal("10000.00"));
        });
        assertThat(Published.about(db, VoucherIssued.class, voucher)).singleElement()
                .satisfies(issued -> assertThat(issued.subMarket()).isEqualTo("450200"));
        List<BudgetChanged> changes = budgetChanges(code);
        assertThat(changes).extracting(BudgetChanged::version).containsExactly(1L, 2L, 3L);
        assertThat(changes).extracting(BudgetChanged::available).containsExactly(new BigDecimal("30000.00"),
                new BigDecimal("20000.00"), new BigDecimal("30000.00"));
        assertThat(changes).extracting(BudgetChanged::budget).containsOnly(new BigDecimal("30000.00"));
    }

    @Inject
    VoucherAnnouncements announcements;

    @Test
    void vouchersFromBeforeTheirEventsAreAnnouncedOnceAsTheyStandTheProvidersKindFromTheDirectory() {
        String code = Vouchers.programmeCode("EVENTS_BACKLOG");
        programmes.open(code, Vouchers.YEAR, "100000.00", null, null);
        String round = Vouchers.openRound(code, "20000.00", "TONGDUI", "0.50", today().plusDays(60));
        String voucher = Vouchers.apply(LIUZHOU_SME, round);
        Vouchers.chooseProvider(LIUZHOU_SME, voucher, Orgs.GX_TECH_TRANSFER);
        ContractRegistered contract = Vouchers.registered(db, Orgs.GX_TECH_TRANSFER, Orgs.LIUZHOU_AUTO_PARTS,
                "50000.00", today());
        given().auth().oauth2(PROVIDER).contentType(ContentType.JSON)
                .body(Map.of("registrationNumber", contract.registrationNumber(), "fee", "10000.00",
                        "paidOn", today().toString(), "paymentReference", "回单 2026120700001"))
                .when().post("/vouchers/" + voucher + "/redemption").then().statusCode(200);
        // as V15/V16 leave a voucher redeemed before its events: in the backlog, its provider's kind not kept
        Db.update(db, "update voucher set provider_kind = null where id = ?", UUID.fromString(voucher));
        Db.update(db, "insert into voucher_announcement_backlog (voucher_id) values (?)", UUID.fromString(voucher));

        int announced = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(announcements::announceBacklog);

        assertThat(announced).isPositive();
        assertThat(Published.about(db, VoucherIssued.class, voucher)).hasSize(2);
        assertThat(Published.about(db, VoucherRedeemed.class, voucher)).hasSize(2).last().satisfies(redeemed -> {
            assertThat(redeemed.provider().kind()).isEqualTo(OrgKind.AGENCY);
            assertThat(redeemed.redeemedAmount()).isEqualTo(new BigDecimal("5000.00"));
            assertThat(redeemed.returnedAmount()).isEqualTo(new BigDecimal("15000.00"));
        });
        assertThat(Db.single(db, "select provider_kind from voucher where id = ?", UUID.fromString(voucher)))
                .hasToString("AGENCY");
        assertThat(Db.count(db, "select count(*) from voucher_announcement_backlog where voucher_id = ?",
                UUID.fromString(voucher))).isZero();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(announcements::announceBacklog);
        assertThat(Published.about(db, VoucherRedeemed.class, voucher)).as("once").hasSize(2);
    }
}
