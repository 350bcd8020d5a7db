package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.LIUZHOU_REGISTRAR;
import static gx.techmarket.registry.contract.Flows.OTHER_ENTERPRISE;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 登记证明: the PDF for the parties, the registering point and the admins operating the contract (nobody else), and
 * its public verification by number and code, which tells the certificate's facts and nothing more.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class CertificateTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theCertificateStatesTheRegistrationInChineseToThoseWhoMayHaveIt() throws Exception {
        String id = Flows.accepted(db);
        given().auth().oauth2(SELLER).when().get("/contracts/" + id + "/certificate.pdf")
                .then().statusCode(409).body("code", equalTo("CERTIFICATE_NOT_ISSUED"));
        String number = Flows.register(REGISTRAR, id);

        String code = given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("certificate.pdf", equalTo("/contracts/" + id + "/certificate.pdf"))
                .body("certificate.verificationCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{16}"))
                .body("registrationPointName", equalTo("南宁市技术合同登记站"))
                .extract().path("certificate.verificationCode");
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then()
                .body("certificate.verificationPath", equalTo("/verify/" + number + "?code=" + code));

        Response pdf = given().auth().oauth2(SELLER).when().get("/contracts/" + id + "/certificate.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("inline;").contains(number);
        String text = text(pdf.asByteArray());
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(text).contains("技术合同认定登记证明", number, "广西大学", Orgs.GX_SUGAR_GROUP.name(),
                Orgs.GX_TECH_TRANSFER.name(), "技术转让（专利权转让）", "1,000,000.00 元", "800,000.00 元", today,
                "南宁市技术合同登记站", "有效");
        // the configured portal URL (the test profile's default) with the number and the code, printed in full
        assertThat(text.replaceAll("\\s", "")).contains("http://localhost:8080/verify/" + number + "?code=" + code);

        // the other parties, the registering point and the province's admin have it too
        for (String token : new String[] {BUYER, BROKER, REGISTRAR, PROVINCE}) {
            given().auth().oauth2(token).when().get("/contracts/" + id + "/certificate.pdf").then().statusCode(200);
        }
        // another point reads the filing but not its certificate, and is not shown the code
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/" + id + "/certificate.pdf")
                .then().statusCode(403).body("code", equalTo("NOT_REGISTERING_POINT"));
        given().auth().oauth2(LIUZHOU_REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("certificate", nullValue());
        given().auth().oauth2(OTHER_ENTERPRISE).when().get("/contracts/" + id + "/certificate.pdf")
                .then().statusCode(404).body("code", equalTo("CONTRACT_NOT_FOUND"));
        given().when().get("/contracts/" + id + "/certificate.pdf").then().statusCode(401);
    }

    @Test
    void anyoneWithNumberAndCodeVerifiesTheFactsAndNothingElse() {
        String id = Flows.accepted(db);
        String number = Flows.register(REGISTRAR, id);
        String code = given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .extract().path("certificate.verificationCode");

        Map<String, Object> facts = given().when().get("/public/certificates/" + number + "?code=" + code)
                .then().statusCode(200)
                .body("registrationNumber", equalTo(number))
                .body("contractType", equalTo("TRANSFER_PATENT"))
                .body("contractTypeLabel", equalTo("技术转让（专利权转让）"))
                .body("sellerName", equalTo("广西大学"))
                .body("buyerName", equalTo(Orgs.GX_SUGAR_GROUP.name()))
                .body("intermediaryName", equalTo(Orgs.GX_TECH_TRANSFER.name()))
                .body("totalContractAmount", equalTo("1000000.00"))
                .body("technologyTransactionAmount", equalTo("800000.00"))
                .body("registrationPointName", equalTo("南宁市技术合同登记站"))
                .body("status", equalTo("REGISTERED"))
                .body("statusLabel", equalTo("有效"))
                .extract().as(Map.class);
        // only the certificate's facts: no ids, no USCCs, no items, no code, no people
        assertThat(facts.keySet()).containsExactlyInAnyOrder("registrationNumber", "title", "contractType",
                "contractCategory", "contractTypeLabel", "sellerName", "buyerName", "intermediaryName",
                "totalContractAmount", "technologyTransactionAmount", "signedOn", "registeredOn",
                "registrationPointName", "ruleSetVersion", "status", "statusLabel", "amendmentNumber", "amendedOn",
                "deregisteredOn");
        assertThat(facts.toString()).doesNotContain(id, code, Orgs.GXU.uscc(), Orgs.GX_SUGAR_GROUP.uscc());
        // a code typed in lower case is the same code
        given().when().get("/public/certificates/" + number + "?code=" + code.toLowerCase())
                .then().statusCode(200);

        // a wrong code and an unknown number are the same 404; a code of another certificate opens nothing here
        String wrong = code.charAt(0) == 'A' ? "B" + code.substring(1) : "A" + code.substring(1);
        given().when().get("/public/certificates/" + number + "?code=" + wrong)
                .then().statusCode(404).body("code", equalTo("CERTIFICATE_NOT_FOUND"));
        given().when().get("/public/certificates/99450101999999?code=" + code)
                .then().statusCode(404).body("code", equalTo("CERTIFICATE_NOT_FOUND"));
        String other = Flows.accepted(db);
        String otherNumber = Flows.register(REGISTRAR, other);
        given().when().get("/public/certificates/" + otherNumber + "?code=" + code)
                .then().statusCode(404).body("code", equalTo("CERTIFICATE_NOT_FOUND"));
        // malformed is refused before any look-up
        given().when().get("/public/certificates/" + number).then().statusCode(400);
        given().when().get("/public/certificates/" + number + "?code=short").then().statusCode(400);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
