package gx.techmarket.subsidy.voucher;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.Qualification;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.Contracts;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Fixtures of the voucher tests, made the way the service learns of them: qualifications from the directory's
 * events, contracts from the registry's, rounds and vouchers through the API.
 */
public final class Vouchers {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_ADMIN = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
    /** 柳州汽车零部件: a 科技型中小企业. */
    static final String LIUZHOU_SME = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    /** 百色华银新材料: a 科技型中小企业 of 百色. */
    static final String BAISE_SME = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    /** 桂林桂糖制糖: an enterprise without the TECH_SME qualification. */
    static final String NOT_SME = Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR);
    /** 广西技术转移中心 (南宁): a 创新券服务机构. */
    static final String PROVIDER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    /** 广西大学 (南宁): a 创新券服务机构 too. */
    static final String GXU_PROVIDER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    /** 柳州科创技术经纪: no provider qualification. */
    static final String UNQUALIFIED_PROVIDER = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);

    /**
     * The budget year of the test's voucher programmes: not this year, whose programme list other tests count (a
     * round's dates do not depend on its programme's budget year).
     */
    static final int YEAR = 2046;

    private Vouchers() {}

    /** Today in China time, as the service sees it. */
    public static LocalDate today() {
        return MarketClock.today(Clock.systemUTC());
    }

    /** The directory's organisations, with the test's TECH_SME and INNOVATION_VOUCHER_PROVIDER qualifications. */
    public static void ensureKnown(DataSource db) {
        DirectoryFixtures.ensureKnown(db);
        DirectoryFixtures.publish(db,
                qualification(Orgs.LIUZHOU_AUTO_PARTS, QualificationKind.TECH_SME, "20254502000123"),
                qualification(Orgs.BAISE_ALUMINIUM, QualificationKind.TECH_SME, "20254510000045"),
                qualification(Orgs.GX_TECH_TRANSFER, QualificationKind.INNOVATION_VOUCHER_PROVIDER, "CXQ-450100-007"),
                qualification(Orgs.GXU, QualificationKind.INNOVATION_VOUCHER_PROVIDER, "CXQ-450100-001"));
    }

    private static QualificationGranted qualification(Party org, QualificationKind kind, String number) {
        UUID id = UUID.nameUUIDFromBytes(("voucher-test:" + org.uscc() + ":" + kind).getBytes(StandardCharsets.UTF_8));
        return new QualificationGranted(org.uscc(),
                new Qualification(id, kind, number, LocalDate.of(2024, 1, 1), null), DirectoryFixtures.SINCE);
    }

    /** A round body for the API. */
    public static Map<String, Object> round(String programme, int year, String face, String mode, String share,
            LocalDate applyTo, LocalDate expiresOn) {
        return Map.of("programme", programme, "year", year, "name", "2026年第一批科技创新券（" + mode + "）",
                "faceValue", face, "mode", mode, "feeShare", share, "applyFrom", today().minusDays(1).toString(),
                "applyTo", applyTo.toString(), "expiresOn", expiresOn.toString(), "eligibleQualification",
                "TECH_SME");
    }

    /** Opens a round through the API as the province; its id. */
    static String openRound(String programme, String face, String mode, String share, LocalDate expiresOn) {
        return given().auth().oauth2(PROVINCE).contentType(ContentType.JSON)
                .body(round(programme, YEAR, face, mode, share, today().plusDays(10).isAfter(expiresOn)
                        ? expiresOn : today().plusDays(10), expiresOn))
                .when().post("/voucher-rounds").then().statusCode(201).extract().path("id");
    }

    /** Applies for a voucher of the round; its id. */
    static String apply(String token, String roundId) {
        return given().auth().oauth2(token).when().post("/voucher-rounds/" + roundId + "/applications")
                .then().statusCode(201).extract().path("id");
    }

    public static void chooseProvider(String holder, String voucherId, Party provider) {
        given().auth().oauth2(holder).contentType(ContentType.JSON).body(Map.of("providerUscc", provider.uscc()))
                .when().post("/vouchers/" + voucherId + "/provider").then().statusCode(200);
    }

    /**
     * A technical-service contract registered now by 南宁 point 0103, signed on {@code signedOn}, with 技术交易额
     * {@code amount}; sent as the registry sends it and waited for until the service has handled it.
     */
    public static ContractRegistered registered(DataSource db, Party seller, Party buyer, String amount, LocalDate signedOn) {
        BigDecimal total = new BigDecimal(amount);
        int year = today().getYear();
        String number = String.format("%02d450103%06d", year % 100, ThreadLocalRandom.current().nextInt(1_000_000));
        ContractRegistered contract = new ContractRegistered(UUID.randomUUID(), number, "中小企业检验检测技术服务合同",
                ContractType.SERVICE, seller, buyer, null, Contracts.NANNING, total, BigDecimal.ZERO.setScale(2), total,
                List.of(), signedOn, Instant.now(), "2026.1");
        UUID eventId = Contracts.send(contract);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Db.handled(db, "subsidy.entitlements", eventId));
        return contract;
    }

    /** The kept balance of a ledger account (debit positive), zero when it has no lines. */
    static BigDecimal balance(DataSource db, String account) {
        BigDecimal b = Db.decimal(db, "select balance from account_balance where account_code = ?", account);
        return b == null ? BigDecimal.ZERO.setScale(2) : b;
    }

    /** A programme code of its own for each test, so their budgets do not meet. */
    static String programmeCode(String name) {
        return "VOUCHER_TEST_" + name;
    }
}
