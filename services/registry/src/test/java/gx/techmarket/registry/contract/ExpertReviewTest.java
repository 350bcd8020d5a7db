package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BUYER;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Topics;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.registry.review.DirectoryResource.PanelDraw;
import gx.techmarket.registry.review.FakeDirectory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Expert review of a large contract (技术交易额 ≥ 5,000,000.00), refusal with grounds (不予登记), and a correction
 * during review: the registry's side of each, with the directory's panel draw and expert look-up faked.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ExpertReviewTest {

    @Inject
    AgroalDataSource db;

    @Inject
    FakeDirectory directory;

    @Test
    void aFiveMillionContractIsRegisteredOnlyAfterEveryDrawnExpertGaveItsOpinion() {
        String id = Flows.acceptedLarge(db);
        // large: 30 working days, and no registration before review
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("technologyTransactionAmount", nullValue())
                .body("deadline.workingDays", equalTo(30))
                .body("actions", contains("return-for-correction", "start-review", "refuse", "assess"));
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(409)
                .body("code", equalTo("EXPERT_REVIEW_REQUIRED"));

        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reason", "LARGE", "field", "SUGAR", "size", 3, "seed", 42))
                .when().post("/contracts/" + id + "/start-review").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("review.reason", equalTo("LARGE"))
                .body("review.seed", equalTo(42))
                .body("review.experts.name", contains("陆建华", "李秀英", "周文斌"))
                .body("review.opinionsMissing", equalTo(3))
                .body("deadline.workingDays", equalTo(30))
                .body("actions", contains("return-for-correction", "refuse", "assess"));
        // the directory was asked for a registry review of this contract, avoiding its three parties
        PanelDraw draw = directory.drawsFor(id).get(0);
        assertThat(draw.purpose()).isEqualTo("REGISTRY_REVIEW");
        assertThat(draw.size()).isEqualTo(3);
        assertThat(draw.parties()).containsExactly(Orgs.GXU.uscc(), Orgs.GX_SUGAR_GROUP.uscc(),
                Orgs.GX_TECH_TRANSFER.uscc());

        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(409)
                .body("code", equalTo("EXPERT_OPINIONS_MISSING"));
        // an expert not drawn, and a registrar, give no opinion
        given().auth().oauth2(Flows.expert(4)).contentType("application/json").body(opinion("REGISTER"))
                .when().post("/contracts/" + id + "/opinions").then().statusCode(403).body("code", equalTo("NOT_ON_PANEL"));
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(opinion("REGISTER"))
                .when().post("/contracts/" + id + "/opinions").then().statusCode(403);

        given().auth().oauth2(Flows.expert(1)).when().get("/contracts/reviews/mine?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.actions", contains("opinions"));
        given().auth().oauth2(Flows.expert(4)).when().get("/contracts/reviews/mine?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        for (int i = 1; i <= 3; i++) {
            given().auth().oauth2(Flows.expert(i)).contentType("application/json")
                    .body(opinion(i == 3 ? "CORRECT" : "REGISTER"))
                    .when().post("/contracts/" + id + "/opinions").then().statusCode(200)
                    .body("review.opinionsMissing", equalTo(3 - i))
                    .body("actions", empty());
        }
        given().auth().oauth2(Flows.expert(1)).contentType("application/json").body(opinion("REFUSE"))
                .when().post("/contracts/" + id + "/opinions").then().statusCode(409)
                .body("code", equalTo("OPINION_ALREADY_GIVEN"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("review.experts.opinion.conclusion", contains("REGISTER", "REGISTER", "CORRECT"));
        // the parties do not learn who reviewed their contract
        given().auth().oauth2(SELLER).when().get("/contracts/" + id).then().statusCode(200)
                .body("review", nullValue());

        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("actions", contains("return-for-correction", "refuse", "register", "assess"));
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("technologyTransactionAmount", equalTo("5000000.00"))
                .body("deadline", nullValue());
        given().auth().oauth2(Flows.expert(1)).contentType("application/json").body(opinion("REGISTER"))
                .when().post("/contracts/" + id + "/opinions").then().statusCode(409);
    }

    @Test
    void aDrawnExpertReadsTheContractAndItsDocumentsAndNoOtherExpertDoes() {
        String id = Flows.acceptedLarge(db);
        Flows.startReview(id, 3);
        // expert 1 was drawn: the contract with the opinion it owes, and the signed contract the seller attached
        given().auth().oauth2(Flows.expert(1)).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("actions", contains("opinions"));
        String attachment = given().auth().oauth2(Flows.expert(1)).when().get("/contracts/" + id + "/attachments")
                .then().statusCode(200).body("actions", empty()).extract().path("items[0].id");
        given().auth().oauth2(Flows.expert(1)).when().get("/contracts/" + id + "/attachments/" + attachment)
                .then().statusCode(200);
        // expert 5 was not drawn: for it the contract and its documents do not exist
        given().auth().oauth2(Flows.expert(5)).when().get("/contracts/" + id).then().statusCode(404)
                .body("code", equalTo("CONTRACT_NOT_FOUND"));
        given().auth().oauth2(Flows.expert(5)).when().get("/contracts/" + id + "/attachments").then().statusCode(404);
    }

    @Test
    void tooFewExpertsDrawNothingAndChangeNothing() {
        String id = Flows.acceptedLarge(db);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reason", "LARGE", "field", "SUGAR", "size", 7))
                .when().post("/contracts/" + id + "/start-review").then().statusCode(409)
                .body("code", equalTo("NOT_ENOUGH_EXPERTS"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("review", nullValue());
        assertThat(Db.count(db, "select count(*) from review_panel where contract_id = ?", UUID.fromString(id)))
                .isZero();
        // only the handling point sends a contract to review, only with a valid size
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).contentType("application/json")
                .body(Map.of("reason", "LARGE", "field", "SUGAR"))
                .when().post("/contracts/" + id + "/start-review").then().statusCode(403);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reason", "LARGE", "field", "SUGAR", "size", 2))
                .when().post("/contracts/" + id + "/start-review").then().statusCode(400);
    }

    @Test
    void aRefusalNamesItsGroundsIsStampedAndIsFinal() {
        String id = Flows.accepted(db);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("grounds", List.of(), "explanation", "合同标的为设备买卖"))
                .when().post("/contracts/" + id + "/refuse").then().statusCode(400)
                .body("code", equalTo("REFUSAL_GROUNDS_REQUIRED"))
                .body("errors[0].field", equalTo("grounds"));
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).contentType("application/json")
                .body(refusal()).when().post("/contracts/" + id + "/refuse").then().statusCode(403);
        given().auth().oauth2(SELLER).contentType("application/json")
                .body(refusal()).when().post("/contracts/" + id + "/refuse").then().statusCode(403);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().body("status", equalTo("ACCEPTED"));

        given().auth().oauth2(REGISTRAR).contentType("application/json").body(refusal())
                .when().post("/contracts/" + id + "/refuse").then().statusCode(200)
                .body("status", equalTo("NOT_REGISTERED"))
                .body("refusal.grounds.code", contains("NOT_TECHNICAL_CONTRACT", "TITLE_CONTENT_MISMATCH"))
                .body("refusal.grounds.label", contains("不属于技术合同", "合同名称与内容不符"))
                .body("refusal.explanation", equalTo("合同标的为生产设备买卖，\n不属于技术合同。"))
                .body("refusal.stamp", equalTo("未予登记"))
                .body("deadline", nullValue())
                .body("actions", empty());
        given().auth().oauth2(BUYER).when().get("/contracts/" + id).then().statusCode(200)
                .body("refusal.stamp", equalTo("未予登记"));
        ConsumerRecord<String, String> event = Topics.await("registry.contracts.v1", Duration.ofSeconds(60),
                r -> id.equals(r.key()) && "registry.ContractRefused.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventSchemas.validate("registry.ContractRefused.v1", event.value())).isEmpty();
        JsonNode payload = EventJson.readTree(event.value());
        assertThat(payload.get("grounds").toString()).isEqualTo("[\"NOT_TECHNICAL_CONTRACT\",\"TITLE_CONTENT_MISMATCH\"]");
        assertThat(payload.get("registrationPoint").get("uscc").asText()).isEqualTo(Orgs.NANNING_REGISTRY.uscc());
        assertThat(payload.get("explanation").asText()).isEqualTo("合同标的为生产设备买卖，\n不属于技术合同。");
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(refusal())
                .when().post("/contracts/" + id + "/refuse").then().statusCode(409);
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register").then().statusCode(409);
    }

    @Test
    void aContractReturnedDuringReviewComesBackToTheSamePanel() {
        String id = Flows.acceptedLarge(db);
        Flows.startReview(id, 3);
        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reasons", List.of("请补充技术成果鉴定材料")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(200)
                .body("status", equalTo("NEEDS_CORRECTION")).body("deadline", nullValue());
        given().auth().oauth2(SELLER).contentType("application/json").body(Flows.fiveMillion())
                .when().post("/contracts/" + id + "/resubmit").then().statusCode(200)
                .body("status", equalTo("RESUBMITTED"))
                .body("deadline.workingDays", equalTo(30));
        Flows.startReview(id, 3);
        assertThat(directory.drawsFor(id)).hasSize(1);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("review.experts.size()", equalTo(3));
    }

    private static Map<String, Object> opinion(String conclusion) {
        return Map.of("conclusion", conclusion, "opinion", "技术方案完整，交易额与技术内容相符。\n同意提交登记。");
    }

    private static Map<String, Object> refusal() {
        return Map.of("grounds", List.of("NOT_TECHNICAL_CONTRACT", "TITLE_CONTENT_MISMATCH"),
                "explanation", "合同标的为生产设备买卖，\n不属于技术合同。");
    }
}
