package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.claim.ClaimBadInput;
import gx.techmarket.subsidy.payment.FakeBankAccounts;
import gx.techmarket.subsidy.payment.Grants;
import gx.techmarket.subsidy.payment.PaymentBadInput;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.voucher.VoucherBadInput;
import gx.techmarket.subsidy.voucher.VoucherProgrammes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's bad-input kit against every state-changing operation of the subsidy service: each part of the
 * service lists its operations with objects in the state their valid requests need (a programme to version, top up,
 * close or copy; a claim to submit; a voucher to redeem …); every bad request is refused cleanly and changes nothing,
 * then the valid one succeeds. The kit fails the build when the OpenAPI document lists a POST, PUT, PATCH or DELETE
 * that is not here. Budget years 2065–2069 are the programmes' own here.
 */
@SubsidyTest
class BadInputTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Budgets budgets;

    @Inject
    Grants grants;

    @Inject
    FakeBankAccounts bank;

    @Inject
    Clock clock;

    @Inject
    VoucherProgrammes voucherProgrammes;

    /** Every setting of the terms present (the kit attacks each), as the portal sends them. */
    static String terms(String rate) {
        return """
                {"rate": "%s", "perContractCap": "500000.00", "minimumBasis": "100000.00",
                 "eligibleCategories": ["TRANSFER"], "policyClause": "桂政发〔2018〕51号：技术交易额最高50%%的后补助。\\n本年度按20%%核算。",
                 "grantMode": "CLAIM", "approval": "CITY_THEN_PROVINCE", "perBeneficiaryYearCap": "1000000.00",
                 "minimumAmount": "1000.00", "fixedAmount": null, "renewalAmount": null}""".formatted(rate);
    }

    static String programme(String code, int year) {
        return """
                {"code": "%s", "budgetYear": %d, "rule": "BUYER_POST_SUBSIDY", "name": "企业购买科技成果转化后补助",
                 "nameEn": "Post-subsidy", "subMarket": "450000", "budget": "1000000.00", "terms": %s}"""
                .formatted(code, year, terms("0.20"));
    }

    static void open(String code, int year) {
        given().auth().oauth2(PROVINCE).contentType("application/json").body(programme(code, year))
                .when().post("/programmes").then().statusCode(201);
    }

    @TestFactory
    Stream<DynamicTest> everyStateChangingOperationRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, dataSource);
        DirectoryFixtures.ensureKnown(dataSource);
        open("BAD_INPUT_VERSIONED", 2066);
        open("BAD_INPUT_TOPPED_UP", 2067);
        open("BAD_INPUT_CLOSED", 2068);
        open("BAD_INPUT_COPIED", 2068);

        List<Endpoint> endpoints = new ArrayList<>(List.of(
                Endpoint.body("POST", "/programmes", "/programmes", PROVINCE, programme("BAD_INPUT_OPENED", 2065)),
                Endpoint.body("POST", "/programmes/{code}/{year}/terms", "/programmes/BAD_INPUT_VERSIONED/2066/terms",
                        PROVINCE, """
                        {"effectiveFrom": "2066-07-01", "reason": "年中调整补助比例\\n自7月1日起", "terms": %s}"""
                                .formatted(terms("0.25"))),
                Endpoint.body("POST", "/programmes/{code}/{year}/budget", "/programmes/BAD_INPUT_TOPPED_UP/2067/budget",
                        PROVINCE, """
                        {"amount": "250000.50", "reason": "追加预算\\n第二批"}"""),
                Endpoint.bodyless("POST", "/programmes/{code}/{year}/close", "/programmes/BAD_INPUT_CLOSED/2068/close",
                        PROVINCE),
                Endpoint.bodyless("POST", "/programmes/{code}/{year}/copy",
                        "/programmes/BAD_INPUT_COPIED/2068/copy?toYear=2069", PROVINCE)));
        endpoints.addAll(ClaimBadInput.endpoints(dataSource, budgets));
        endpoints.addAll(VoucherBadInput.endpoints(dataSource, voucherProgrammes));
        endpoints.addAll(PaymentBadInput.endpoints(grants, bank, MarketClock.today(clock)));
        // multipart/form-data, which the kit cannot send: listed for the coverage check, attacked by their own tests
        List<String> multipart = List.of(ClaimBadInput.UPLOAD);
        return kit.tests("subsidy", endpoints).filter(test -> !multipart.contains(test.getDisplayName()));
    }
}
