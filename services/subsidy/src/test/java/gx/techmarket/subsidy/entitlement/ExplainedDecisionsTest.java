package gx.techmarket.subsidy.entitlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.Qualification;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.subsidy.Contracts;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.programme.GrantMode;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import gx.techmarket.subsidy.programme.RuleKind;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every decision explained, through the running service: the entitlement and the refusal carry their explanation
 * (structured, and in words in the caller's language), a refusal is readable alone by whom it concerns; a 需申报
 * programme makes its entitlement claimable without posting; the per-beneficiary yearly cap cuts, then refuses; a
 * registration in a year without a programme is kept as awaiting one; a 高企 recognition gives its fixed amount,
 * a re-recognition the renewal amount. Each scenario uses a budget year of its own (2051–2054), so the programmes it
 * opens assess nothing of the other tests.
 */
@SubsidyTest
class ExplainedDecisionsTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String LIUZHOU_AUTO = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    @Inject
    AgroalDataSource db;

    @Inject
    Budgets budgets;

    @Inject
    ContractRegistrations registrations;

    @Test
    void anEntitlementShowsItsExplanationClauseByClauseInTheCallersLanguage() {
        ContractRegistered contract = Contracts.example();
        Map<String, Object> buyer = Contracts.sendAndAwait(contract, 3).get("RESULT_TRANSFORMATION_POST_SUBSIDY");
        String id = (String) buyer.get("id");

        JsonPath zh = given().auth().oauth2(LIUZHOU_AUTO).when().get("/entitlements/" + id).then().statusCode(200)
                .extract().jsonPath();
        JsonPath en = given().auth().oauth2(LIUZHOU_AUTO).header("Accept-Language", "en").when()
                .get("/entitlements/" + id).then().statusCode(200).extract().jsonPath();

        List<String> codes = zh.getList("explanation.steps.code");
        assertThat(codes).containsSubsequence("programme", "category", "party", "relation", "coverage", "basis",
                "rate", "contractCap", "granted");
        assertThat(zh.getList("explanation.steps.source", String.class)).contains("DIRECTORY", "CONTRACT",
                "PROGRAMME", "LEDGER");
        assertThat(zh.getList("explanationText", String.class)).hasSameSizeAs(codes)
                .contains("技术交易额 800,000.00 元 × 补助比例 0.20 = 160,000 元，四舍五入到分：160,000.00 元");
        assertThat(en.getList("explanationText", String.class)).contains("Technology transaction amount 800,000.00 "
                + "yuan × rate 0.20 = 160,000 yuan, rounded half up to the fen: 160,000.00 yuan");
        assertThat(zh.getString("subjectType")).isEqualTo("CONTRACT");
        assertThat(zh.getString("subjectReference")).isEqualTo(contract.registrationNumber());
    }

    @Test
    void aRefusalSaysWhyClauseByClauseToWhomItConcernsAndToNobodyElse() {
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GX_SUGAR_GROUP,
                Orgs.GUILIN_SUGAR, null, "900000.00", "0.00");
        Contracts.send(contract);
        String id = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(PROVINCE)
                .queryParam("contractId", contract.contractId().toString())
                .queryParam("programme", "RESULT_TRANSFORMATION_POST_SUBSIDY").when().get("/entitlements/refusals")
                .then().statusCode(200).extract().jsonPath().getString("items[0].id"), v -> v != null);
        String buyer = Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR);

        JsonPath refusal = given().auth().oauth2(buyer).when().get("/entitlements/refusals/" + id).then()
                .statusCode(200).extract().jsonPath();

        assertThat(refusal.getString("reason")).isEqualTo("BUYER_AFFILIATED_WITH_SELLER");
        List<String> codes = refusal.getList("explanation.steps.code");
        assertThat(codes.get(codes.size() - 1)).isEqualTo("refused");
        assertThat(codes.get(codes.size() - 2)).isEqualTo("relation");
        assertThat(refusal.getList("explanationText", String.class)).contains("买方对卖方的关系：下属单位，存在关联关系");
        given().auth().oauth2(buyer).when().get("/entitlements/refusals/mine?size=100").then().statusCode(200)
                .body("items.find { it.id == '%s' }.explanationText".formatted(id),
                        hasItem("买方对卖方的关系：下属单位，存在关联关系"));
        given().auth().oauth2(PROVINCE).when().get("/entitlements/refusals/" + id).then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().get("/entitlements/refusals/" + id).then().statusCode(404)
                .body("code", equalTo("REFUSAL_NOT_FOUND"));
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/entitlements/refusals/" + id).then().statusCode(404);
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/entitlements/refusals/not-an-id").then().statusCode(404);
    }

    @Test
    void aClaimProgrammeMakesTheEntitlementAClaimableCeilingAndPostsNothing() {
        open(ProgrammeTerms.contract("CLAIM_POST_SUBSIDY", RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"), null,
                null, EnumSet.of(ContractCategory.TRANSFER), "需申报后补助").withGrantMode(GrantMode.CLAIM)
                .withApproval(ApprovalMode.CITY_THEN_PROVINCE), 2051, "1000000.00");
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU,
                Orgs.LIUZHOU_AUTO_PARTS, null, "800000.00", "0.00", Instant.parse("2051-03-02T02:00:00Z"));

        Map<String, Object> e = Contracts.sendAndAwait(contract, 1).get("CLAIM_POST_SUBSIDY");

        assertThat(e.get("status")).isEqualTo("CLAIMABLE");
        assertThat(e.get("amount")).isEqualTo("160000.00");
        assertThat(e.get("journalEntryId")).isNull();
        assertThat(Db.count(db, "select count(*) from journal_entry where source_type = 'ENTITLEMENT' and source_id = ?",
                UUID.fromString((String) e.get("id")))).isZero();
        assertThat(remaining("CLAIM_POST_SUBSIDY", 2051)).isEqualByComparingTo("1000000.00");
        List<String> codes = JsonPath.from(given().auth().oauth2(LIUZHOU_AUTO).when().get("/entitlements/" + e.get("id"))
                .then().statusCode(200).extract().asString()).getList("explanation.steps.code");
        assertThat(codes.get(codes.size() - 1)).isEqualTo("claimable");
    }

    @Test
    void theYearlyCapCutsTheSecondGrantAndRefusesTheThird() {
        open(ProgrammeTerms.contract("CAPPED_POST_SUBSIDY", RuleKind.BUYER_POST_SUBSIDY, new BigDecimal("0.20"), null,
                null, EnumSet.of(ContractCategory.TRANSFER), "年度封顶后补助")
                .withPerBeneficiaryYearCap(new BigDecimal("200000.00")), 2052, "1000000.00");
        Instant in2082 = Instant.parse("2052-05-06T02:00:00Z");

        Map<String, Object> first = Contracts.sendAndAwait(Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU,
                Orgs.LIUZHOU_AUTO_PARTS, null, "800000.00", "0.00", in2082), 1).get("CAPPED_POST_SUBSIDY");
        Map<String, Object> second = Contracts.sendAndAwait(Contracts.contract(ContractType.TRANSFER_PATENT,
                Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS, null, "800000.00", "0.00", in2082), 1).get("CAPPED_POST_SUBSIDY");
        ContractRegistered third = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.LIUZHOU_AUTO_PARTS,
                null, "800000.00", "0.00", in2082);
        Contracts.send(third);
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from ineligibility where contract_id = ?", third.contractId()) == 1);

        assertThat(first.get("amount")).isEqualTo("160000.00");
        assertThat(second.get("amount")).isEqualTo("40000.00");
        assertThat(second.get("capped")).isEqualTo(true);
        assertThat(Db.single(db, "select reason from ineligibility where contract_id = ?", third.contractId()))
                .isEqualTo("BENEFICIARY_YEAR_CAP_REACHED");
        assertThat(Db.decimal(db, "select granted from beneficiary_year where programme_code = ? and budget_year = ? "
                + "and beneficiary_uscc = ?", "CAPPED_POST_SUBSIDY", 2052, Orgs.LIUZHOU_AUTO_PARTS.uscc()))
                .isEqualByComparingTo("200000.00");
        assertThat(JsonPath.from(given().auth().oauth2(LIUZHOU_AUTO).when().get("/entitlements/" + second.get("id"))
                .then().statusCode(200).extract().asString()).getList("explanationText", String.class))
                .anySatisfy(line -> assertThat(line).contains("已获补助 160,000.00 元，上限 200,000.00 元，尚余 40,000.00 元"));
    }

    @Test
    void aRegistrationInAYearWithoutAProgrammeAwaitsOne() {
        ContractRegistered contract = Contracts.contract(ContractType.TRANSFER_PATENT, Orgs.GXU,
                Orgs.LIUZHOU_AUTO_PARTS, null, "800000.00", "0.00", Instant.parse("2053-07-01T02:00:00Z"));

        Contracts.send(contract);

        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from contract_registration where contract_id = ? and awaiting_programme",
                contract.contractId()) == 1);
        assertThat(registrations.awaitingProgramme(2053)).isEqualTo(1);
        assertThat(registrations.awaitingProgramme(2054)).isZero();
        assertThat(Db.count(db, "select count(*) from entitlement where contract_id = ?", contract.contractId()))
                .isZero();
    }

    @Test
    void aHighTechRecognitionGivesTheFixedAmountFirstAndTheRenewalAmountAfter() {
        open(new ProgrammeTerms("HIGH_TECH_RECOGNITION_AWARD", RuleKind.HIGH_TECH_RECOGNITION, null, null, null, null,
                "高新技术企业认定奖补", "450000", GrantMode.AUTOMATIC, ApprovalMode.SUB_MARKET, null, null,
                new BigDecimal("100000.00"), new BigDecimal("50000.00"), null), 2054, "1000000.00");
        Qualification first = new Qualification(UUID.randomUUID(), QualificationKind.HIGH_TECH_ENTERPRISE,
                "GR208445000001", LocalDate.of(2054, 1, 10), LocalDate.of(2056, 12, 31));
        Qualification renewal = new Qualification(UUID.randomUUID(), QualificationKind.HIGH_TECH_ENTERPRISE,
                "GR208445000002", LocalDate.of(2054, 11, 10), LocalDate.of(2057, 11, 9));
        Qualification university = new Qualification(UUID.randomUUID(), QualificationKind.HIGH_TECH_ENTERPRISE,
                "GR208445000003", LocalDate.of(2054, 2, 1), null);

        DirectoryFixtures.publish(db, new QualificationGranted(Orgs.BAISE_ALUMINIUM.uscc(), first,
                Instant.parse("2054-01-10T02:00:00Z")));
        awaitEntitlementOf(first);
        DirectoryFixtures.publish(db, new QualificationGranted(Orgs.BAISE_ALUMINIUM.uscc(), renewal,
                Instant.parse("2054-11-10T02:00:00Z")), new QualificationGranted(Orgs.GUET.uscc(), university,
                Instant.parse("2054-02-01T02:00:00Z")));
        awaitEntitlementOf(renewal);
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from ineligibility where subject_id = ?", university.id()) == 1);

        JsonPath mine = given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)).queryParam("size", 100)
                .when().get("/entitlements/mine").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getString("items.find { it.subjectReference == 'GR208445000001' }.amount"))
                .isEqualTo("100000.00");
        assertThat(mine.getString("items.find { it.subjectReference == 'GR208445000001' }.status")).isEqualTo("GRANTED");
        assertThat(mine.getString("items.find { it.subjectReference == 'GR208445000001' }.subjectType"))
                .isEqualTo("QUALIFICATION");
        assertThat(mine.getString("items.find { it.subjectReference == 'GR208445000002' }.amount"))
                .isEqualTo("50000.00");
        assertThat(mine.getList("items.find { it.subjectReference == 'GR208445000002' }.explanationText", String.class))
                .contains("此前持有过高新技术企业资质（GR208445000001）：重新认定，定额补助 50,000.00 元");
        assertThat(remaining("HIGH_TECH_RECOGNITION_AWARD", 2054)).isEqualByComparingTo("850000.00");
        // the university is not an enterprise: it reads why
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/entitlements/refusals/mine?size=100")
                .then().statusCode(200)
                .body("items.find { it.subjectReference == 'GR208445000003' }.reason", equalTo("HOLDER_NOT_ENTERPRISE"));
    }

    private void awaitEntitlementOf(Qualification q) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from entitlement where subject_type = 'QUALIFICATION' and subject_id = ?", q.id()) == 1);
    }

    /** What is left of the programme-year's budget. */
    private BigDecimal remaining(String code, int year) {
        return QuarkusTransaction.requiringNew().call(() -> budgets.remaining(code, year));
    }

    /** Opens the programme for {@code year} with {@code budget} (once: a rerun finds it open). */
    private void open(ProgrammeTerms terms, int year, String budget) {
        try {
            budgets.open(terms, terms.policyClause(), terms.code(), year, new BigDecimal(budget));
        } catch (ProblemException alreadyOpen) {
            assertThat(alreadyOpen.code()).isEqualTo("PROGRAMME_YEAR_EXISTS");
        }
    }
}
