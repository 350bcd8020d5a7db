package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's bad-input kit against every state-changing operation of the registry: each gets a contract in the
 * state its valid request needs (a published result to draft on, a draft to file, a filing to accept, an accepted
 * one to return, register, refuse or send to review, a returned one to resubmit, one under review for an expert's
 * opinion, a year of the calendar to load), every bad request is refused cleanly and changes nothing, then the valid
 * one succeeds.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class BadInputTest {

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    @TestFactory
    Stream<DynamicTest> everyStateChangingOperationRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, dataSource);

        UUID result = Flows.publishedResult(dataSource, Orgs.GXU, List.of(TransferMode.TRANSFER, TransferMode.LICENSE));
        UUID demand = Flows.publishedDemand(dataSource, Orgs.GX_SUGAR_GROUP,
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(60));
        String draft = Flows.brokeredDraft(dataSource);
        String filed = Flows.brokeredDraft(dataSource);
        Flows.submit(SELLER, filed, Flows.millionWithEquipment());
        String toReturn = Flows.accepted(dataSource);
        String toRegister = Flows.accepted(dataSource);
        Uploads.attachRequired(SELLER, draft);
        String withAttachment = Flows.brokeredDraft(dataSource);
        String attachment = Uploads.upload(SELLER, withAttachment, "OTHER", "附件.pdf", Uploads.pdf("bad input"));
        // after registration (issue 15): a registration to amend, one to deregister, one to object to, and an open
        // objection to resolve
        String toAmend = registered();
        String toDeregister = registered();
        String toObjectTo = registered();
        String objected = registered();
        String objection = given().auth().oauth2(BUYER).contentType("application/json")
                .body(Map.of("grounds", "技术交易额认定偏高")).when().post("/contracts/" + objected + "/objections")
                .then().statusCode(201).extract().path("objections[0].id");
        String toResubmit = Flows.accepted(dataSource);
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(Map.of("reasons", List.of("请补充附件")))
                .when().post("/contracts/" + toResubmit + "/return-for-correction").then().statusCode(200);
        String toReview = Flows.acceptedLarge(dataSource);
        String reviewed = Flows.acceptedLarge(dataSource);
        Flows.startReview(reviewed, 3);
        String toRefuse = Flows.accepted(dataSource);

        // every optional field present (the titles), lists of one, amounts as the portal sends them (decimal text)
        String buyerRegion = Orgs.GX_SUGAR_GROUP.region();
        String brokered = """
                {"resultId": "%s", "contractType": "TRANSFER_PATENT", "title": "甘蔗糖厂清洁生产成套技术专利权转让合同",
                 "buyer": {"uscc": "%s", "external": false, "name": "%s", "region": "%s"}, "demandId": "%s"}"""
                .formatted(result, Orgs.GX_SUGAR_GROUP.uscc(), Orgs.GX_SUGAR_GROUP.name(), buyerRegion, demand);
        String filing = """
                {"totalContractAmount": "1000000.00", "signedOn": "%s", "title": "蔗渣生物制浆技术转让合同",
                 "nonTechnicalItems": [{"category": "EQUIPMENT", "description": "蔗渣生物制浆中试设备一套",
                                        "amount": "200000.00"}]}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3));
        String reasons = """
                {"reasons": ["非技术性款项未附设备清单\\n请补充发票复印件"]}""";
        String review = """
                {"reason": "LARGE", "field": "SUGAR", "size": 3, "seed": 42}""";
        String opinion = """
                {"conclusion": "REGISTER", "opinion": "技术方案完整\\n同意登记"}""";
        String refusal = """
                {"grounds": ["NOT_TECHNICAL_CONTRACT"], "explanation": "合同标的为设备买卖\\n不属于技术合同"}""";
        String calendar = """
                {"source": "国务院办公厅关于2099年部分节假日安排的通知", "publishedOn": "2098-11-04",
                 "days": [{"date": "2099-01-01", "kind": "HOLIDAY", "name": "元旦"}]}""";

        // filing by the seller (issue 15): a draft to edit, an accepted filing to assess, and the bodies with every
        // optional field (the licence's details on the filing, the cooperative development's on the edit)
        String ownDraft = FilingTest.file(SELLER, FilingTest.filing(ContractType.CONSULTING));
        String toAssess = Flows.accepted(dataSource);
        LocalDate signedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
        String commonFiling = """
                "title": "蔗渣生物制浆技术合同", "subject": "蔗渣生物制浆技术", "description": "提供成套技术。\\n含工艺包。",
                 "signedOn": "%s", "performanceFrom": "%s", "performanceTo": "%s", "totalContractAmount": "1000000.00",
                 "nonTechnicalItems": [{"category": "EQUIPMENT", "description": "中试设备一套", "amount": "200000.00"}],
                 "carriers": [{"kind": "TEST_EQUIPMENT", "description": "检测仪", "quantity": 1}],
                 "counterparty": {"uscc": "%s", "external": false, "name": "%s", "region": "%s", "foreign": false,
                                  "country": "CN"}, "import": false,
                 "intermediaryUscc": "%s\""""
                .formatted(signedOn, signedOn, signedOn.plusYears(1), Orgs.GX_SUGAR_GROUP.uscc(),
                        Orgs.GX_SUGAR_GROUP.name(), buyerRegion, Orgs.GX_TECH_TRANSFER.uscc());
        String ownFiling = """
                {"contractType": "LICENSE_PATENT", %s, "inventorRewardShare": "75.50",
                 "details": {"patentNumber": "ZL201910563278.2", "licenceScope": "SOLE", "licencePeriodTo": "%s"}}"""
                .formatted(commonFiling, signedOn.plusYears(5));
        String ownEdit = """
                {"contractType": "DEVELOPMENT_COOPERATIVE", %s,
                 "details": {"deliverable": "中试工艺包", "contributions": [
                   {"party": "SELLER", "share": "60.00", "description": "研发人员"},
                   {"party": "BUYER", "share": "40.00", "description": "资金与场地"}]}}""".formatted(commonFiling);
        String precheck = """
                {"subject": "蔗渣生物制浆专利实施许可", "description": "许可乙方实施本专利。\\n普通许可。",
                 "clauses": "第一条 许可范围\\n第二条 许可费", "contractType": "LICENSE_PATENT",
                 "totalContractAmount": "1000000.00", "signedOn": "%s", "sellerKind": "UNIVERSITY",
                 "inventorRewardShare": "70.00", "import": false,
                 "nonTechnicalItems": [{"category": "EQUIPMENT", "description": "中试设备一套", "amount": "200000.00"}]}"""
                .formatted(signedOn);
        String assessment = """
                {"nonTechnicalItems": [{"category": "RAW_MATERIALS", "description": "试剂原料", "amount": "50000.00"}],
                 "carriers": [{"kind": "MEDIA", "description": "菌种", "quantity": 2}],
                 "reason": "试剂原料属于非技术性款项。\\n设备为技术载体。"}""";

        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/contracts/brokered", "/contracts/brokered", BROKER, brokered),
                Endpoint.body("POST", "/contracts/{id}/submit", "/contracts/" + draft + "/submit", SELLER, filing),
                Endpoint.bodyless("POST", "/contracts/{id}/accept", "/contracts/" + filed + "/accept", REGISTRAR),
                Endpoint.body("POST", "/contracts/{id}/return-for-correction",
                        "/contracts/" + toReturn + "/return-for-correction", REGISTRAR, reasons),
                Endpoint.bodyless("POST", "/contracts/{id}/register", "/contracts/" + toRegister + "/register",
                        REGISTRAR),
                Endpoint.body("POST", "/contracts", "/contracts", SELLER, ownFiling),
                Endpoint.body("PUT", "/contracts/{id}", "/contracts/" + ownDraft, SELLER, ownEdit),
                Endpoint.body("POST", "/contracts/precheck", "/contracts/precheck", SELLER, precheck),
                Endpoint.body("POST", "/contracts/{id}/assess", "/contracts/" + toAssess + "/assess", REGISTRAR,
                        assessment),
                // multipart/form-data, which the kit cannot send (its bad cases are JSON): listed for the coverage
                // check, attacked by ContractAttachmentsTest instead (type, size, emptiness, kind, file count)
                Endpoint.body("POST", "/contracts/{id}/attachments", "/contracts/" + withAttachment + "/attachments",
                        SELLER, "{}"),
                Endpoint.bodyless("DELETE", "/contracts/{id}/attachments/{attachmentId}",
                        "/contracts/" + withAttachment + "/attachments/" + attachment, SELLER),
                Endpoint.body("POST", "/contracts/{id}/amend", "/contracts/" + toAmend + "/amend", REGISTRAR, """
                        {"totalContractAmount": "1200000.00", "buyer": {"uscc": "%s"},
                         "nonTechnicalItems": [{"category": "EQUIPMENT", "description": "蔗渣生物制浆中试设备一套",
                                                "amount": "150000.00"}],
                         "reason": "双方签订补充协议\\n转让费调增"}""".formatted(Orgs.GUILIN_SUGAR.uscc())),
                Endpoint.body("POST", "/contracts/{id}/deregister", "/contracts/" + toDeregister + "/deregister",
                        REGISTRAR, """
                        {"reason": "RESCINDED", "explanation": "双方协议解除合同\\n已退还转让费"}"""),
                Endpoint.body("POST", "/contracts/{id}/objections", "/contracts/" + toObjectTo + "/objections", BUYER,
                        """
                        {"grounds": "合同约定的设备款未计入非技术性款项\\n技术交易额认定偏高"}"""),
                Endpoint.body("POST", "/contracts/{id}/objections/{objectionId}/resolve",
                        "/contracts/" + objected + "/objections/" + objection + "/resolve", REGISTRAR, """
                        {"outcome": "DISMISSED", "explanation": "经核查认定无误\\n维持登记"}"""),
                Endpoint.body("POST", "/contracts/{id}/resubmit", "/contracts/" + toResubmit + "/resubmit", SELLER,
                        filing),
                Endpoint.body("POST", "/contracts/{id}/start-review", "/contracts/" + toReview + "/start-review",
                        REGISTRAR, review),
                Endpoint.body("POST", "/contracts/{id}/opinions", "/contracts/" + reviewed + "/opinions",
                        Flows.expert(1), opinion),
                Endpoint.body("POST", "/contracts/{id}/refuse", "/contracts/" + toRefuse + "/refuse", REGISTRAR,
                        refusal),
                Endpoint.body("PUT", "/calendar/{year}", "/calendar/2099", Flows.PROVINCE, calendar));

        return kit.tests("registry", endpoints)
                .filter(test -> !test.getDisplayName().equals("POST /contracts/{id}/attachments"));
    }

    /** A brokered contract registered by the 南宁 point. */
    private String registered() {
        String id = Flows.accepted(dataSource);
        Flows.register(REGISTRAR, id);
        return id;
    }
}
