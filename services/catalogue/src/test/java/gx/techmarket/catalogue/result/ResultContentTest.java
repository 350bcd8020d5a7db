package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.Requests.GUET;
import static gx.techmarket.catalogue.result.Requests.GXU;
import static gx.techmarket.catalogue.result.Requests.contact;
import static gx.techmarket.catalogue.result.Requests.patent;
import static gx.techmarket.platform.listing.testing.Operators.PROVINCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A result's full content: its rights with kind and status, its contacts shown to each reader only as each allows,
 * its 完成人 in order, its 关键词 searched; the rights reach {@code ResultPublished}, the contacts and people do not.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultContentTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void contactsAreShownToEachReaderOnlyAsEachAllows() {
        Map<String, Object> body = Requests.result("蔗渣低温连续澄清成套技术", "糖厂澄清工段的低温连续澄清工艺与控制。",
                "SUGAR", "450100");
        body.put("contacts", List.of(contact("韦工", "0771-3232123", null, "PUBLIC"),
                contact("黄老师", "13912345678", "huang@gxu.edu.cn", "SIGNED_IN"),
                contact("李教授", "13812345678", null, "ON_REQUEST")));
        body.put("inventors", List.of(Map.of("name", "李华", "affiliation", "广西大学"), Map.of("name", "黄明")));
        String id = published(body);

        given().auth().oauth2(GXU).when().get("/results/" + id).then().statusCode(200)
                .body("contacts.name", contains("韦工", "黄老师", "李教授"))
                .body("inventors.name", contains("李华", "黄明"))
                .body("inventors[0].affiliation", equalTo("广西大学"));
        given().auth().oauth2(PROVINCE).when().get("/results/" + id).then().statusCode(200)
                .body("contacts.name", contains("韦工", "黄老师", "李教授"));
        given().auth().oauth2(GUET).when().get("/results/" + id).then().statusCode(200)
                .body("contacts.name", contains("韦工", "黄老师"))
                .body("contacts[1].email", equalTo("huang@gxu.edu.cn"));
        given().when().get("/public/results/" + id).then().statusCode(200)
                .body("contacts.name", contains("韦工"))
                .body("inventors.name", contains("李华", "黄明"));
        given().queryParam("q", "低温连续澄清").when().get("/public/results").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.contacts.name", contains("韦工"));
    }

    @Test
    void keywordsAreKeptAndSearchedWithTheInventors() {
        Map<String, Object> body = Requests.result("甘蔗叶青贮饲料调制技术", "把收获后的蔗梢和叶片切碎压实，添加乳酸菌发酵。",
                "SUGAR", "450100");
        body.put("keywords", List.of(" 蔗叶饲料 ", "反刍动物"));
        body.put("inventors", List.of(Map.of("name", "覃振邦")));
        String id = published(body);

        given().auth().oauth2(GUET).when().get("/results/" + id).then().statusCode(200)
                .body("keywords", contains("蔗叶饲料", "反刍动物"));
        given().queryParam("q", "反刍动物").when().get("/public/results").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().queryParam("q", "覃振邦").when().get("/public/results").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));

        Map<String, Object> twice = Requests.mango();
        twice.put("keywords", List.of("芒果", " 芒果"));
        given().auth().oauth2(GXU).contentType("application/json").body(twice).when().post("/results")
                .then().statusCode(400).body("code", equalTo("DUPLICATE_ITEM"))
                .body("errors[0].field", equalTo("keywords"));
    }

    @Test
    void anEnglishTitleAndSummaryAreKeptAndShownOnThePublicFront() {
        Map<String, Object> body = Requests.result("甘蔗渣生物法制浆技术", "以蔗渣为原料的生物法制浆工艺。", "SUGAR", "450100");
        body.put("titleEn", " Biological pulping of sugarcane bagasse ");
        body.put("summaryEn", "A biological pulping process for bagasse,\nready for a pilot line.");
        String id = published(body);

        given().when().get("/public/results/" + id).then().statusCode(200)
                .body("title", equalTo("甘蔗渣生物法制浆技术"))
                .body("titleEn", equalTo("Biological pulping of sugarcane bagasse"))
                .body("summaryEn", equalTo("A biological pulping process for bagasse,\nready for a pilot line."));

        Map<String, Object> tooLong = Requests.mango();
        tooLong.put("titleEn", "x".repeat(201));
        given().auth().oauth2(GXU).contentType("application/json").body(tooLong).when().post("/results")
                .then().statusCode(400).body("errors[0].field", equalTo("titleEn"));
        Map<String, Object> blank = Requests.mango();
        blank.put("titleEn", "  ");
        String none = given().auth().oauth2(GXU).contentType("application/json").body(blank).when().post("/results")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(GXU).when().get("/results/" + none).then().statusCode(200)
                .body("titleEn", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void rightsAreKeptWithKindAndStatusAndPublished() {
        Map<String, Object> body = Requests.result("糖厂澄清工段智能控制系统", "澄清工段pH与加灰量的在线控制软件与装置。",
                "SUGAR", "450100");
        body.put("patents", List.of(patent("ZL202320123456.1", "UTILITY_MODEL", "GRANTED"),
                Map.of("number", "2023SR0456789", "kind", "SOFTWARE_COPYRIGHT", "status", "GRANTED",
                        "title", "糖厂澄清工段控制软件V1.0"),
                patent("CN202410654321.2", "INVENTION", "PENDING")));
        body.put("titleEn", "Intelligent control of the clarification section of sugar mills");
        String id = published(body);

        given().auth().oauth2(GUET).when().get("/results/" + id).then().statusCode(200)
                .body("patents.number", contains("ZL202320123456.1", "2023SR0456789", "CN202410654321.2"))
                .body("patents.kind", contains("UTILITY_MODEL", "SOFTWARE_COPYRIGHT", "INVENTION"))
                .body("patents.status", contains("GRANTED", "GRANTED", "PENDING"))
                .body("patents[1].title", equalTo("糖厂澄清工段控制软件V1.0"));

        ConsumerRecord<String, String> event = Topics.await("catalogue.results.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "catalogue.ResultPublished.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("catalogue.ResultPublished.v1", event.value())).isEmpty();
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("patentNumbers")).hasSize(1);
        assertThat(payload.get("patentNumbers").get(0).asText()).isEqualTo("ZL202320123456.1");
        assertThat(payload.get("patents")).hasSize(3);
        assertThat(payload.get("patents").get(2).get("status").asText()).isEqualTo("PENDING");
        // the English title travels with the publication (open data, the China–ASEAN platform); none stated, none sent
        assertThat(payload.get("titleEn").asText())
                .isEqualTo("Intelligent control of the clarification section of sugar mills");
        assertThat(payload.has("summaryEn")).isFalse();
        assertThat(event.value()).doesNotContain("13912345678").doesNotContain("contacts").doesNotContain("inventors");
    }

    @Test
    void aRightWhoseKindDoesNotMatchItsNumberIsRefusedAndNothingIsStored() throws SQLException {
        long before = rows();
        Map<String, Object> body = Requests.mango();
        body.put("patents", List.of(patent("ZL202320123456.1", "INVENTION", "GRANTED")));
        given().auth().oauth2(GXU).contentType("application/json").body(body).header("Accept-Language", "zh-CN")
                .when().post("/results")
                .then().statusCode(400).body("code", equalTo("PATENT_KIND_MISMATCH"))
                .body("errors[0].field", equalTo("patents[0].kind"));
        Map<String, Object> noMeans = Requests.mango();
        noMeans.put("contacts", List.of(contact("韦工", null, null, "PUBLIC")));
        given().auth().oauth2(GXU).contentType("application/json").body(noMeans).when().post("/results")
                .then().statusCode(400).body("code", equalTo("CONTACT_WITHOUT_MEANS"))
                .body("errors[0].field", equalTo("contacts[0]"));
        Map<String, Object> badPhone = Requests.mango();
        badPhone.put("contacts", List.of(contact("韦工", "12345", "not-an-address", "PUBLIC")));
        given().auth().oauth2(GXU).contentType("application/json").body(badPhone).when().post("/results")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        assertThat(rows()).isEqualTo(before);
    }

    private static String published(Map<String, Object> body) {
        String id = ResultLifecycleTest.create(GXU, body);
        given().auth().oauth2(GXU).when().post("/results/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().post("/results/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private long rows() throws SQLException {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from result")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
