package gx.techmarket.directory.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.Uscc;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 评审专家库 and the panel draw through the API: avoidance, reproducibility, records and who reads them. */
@QuarkusTest
class ExpertPanelTest extends PeopleTest {

    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    static final String ENTERPRISE = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    @BeforeEach
    void organisationsAreVerified() {
        for (var o : List.of(Orgs.GXAS, Orgs.GUET, Orgs.GXU, Orgs.BAISE_BUREAU_OF_SCIENCE,
                Orgs.LIUZHOU_AUTO_PARTS)) {
            ensureVerified(o);
        }
    }

    /** A group three deep (top ← middle ← bottom); the party is the bottom. */
    record Group(String top, String middle, String bottom) {}

    static Group newGroup() {
        String top = verified(newUscc("450100"), "南宁测试集团有限公司", "ENTERPRISE", "450100", null);
        String middle = verified(newUscc("450100"), "南宁测试集团子公司", "ENTERPRISE", "450100", top);
        String bottom = verified(newUscc("450100"), "南宁测试集团孙公司", "ENTERPRISE", "450100", middle);
        return new Group(top, middle, bottom);
    }

    static Map<String, Object> panel(String field, int size, List<String> parties, Long seed) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("purpose", "REGISTRY_REVIEW");
        p.put("subjectId", "contract-" + field.toLowerCase());
        p.put("field", field);
        p.put("size", size);
        p.put("parties", parties);
        if (seed != null) {
            p.put("seed", seed);
        }
        return p;
    }

    @Test
    void aDrawAvoidsTheGroupAtAnyDepthAndDeclaredRelationsAndIsReproducibleFromItsSeed() {
        Group g = newGroup();
        String field = newField();
        String inGroup = newExpert(expert("集团专家", g.top(), List.of(field), List.of(), null));
        String consults = newExpert(expert("顾问专家", Orgs.GXAS.uscc(), List.of(field),
                List.of(relation(g.middle(), "CONSULTING", "2020-01-01", null)), null));
        String a = newExpert(expert("甲专家", Orgs.GXAS.uscc(), List.of(field), List.of(), null));
        String b = newExpert(expert("乙专家", Orgs.GUET.uscc(), List.of(field), List.of(), null));
        String c = newExpert(expert("丙专家", Orgs.GXU.uscc(), List.of(field, "SUGAR"), List.of(), null));
        String suspended = newExpert(expert("停用专家", Orgs.GXU.uscc(), List.of(field), List.of(), null));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "本年度暂停"))
                .when().post("/experts/" + suspended + "/suspend").then().statusCode(200);

        JsonPath first = JsonPath.from(given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(panel(field, 2, List.of(g.bottom()), 4242L))
                .when().post("/panels").then().statusCode(201)
                .body("seed", equalTo(4242)).body("candidates", equalTo(5)).body("eligible", equalTo(3))
                .body("drawn", hasSize(2)).body("requestedBy.organisation", equalTo(Orgs.GX_DEPT_OF_SCIENCE.uscc()))
                .extract().asString());
        assertThat(first.getList("drawn.expertId", String.class)).isSubsetOf(a, b, c);
        assertThat(first.getList("avoided.expertId", String.class)).containsExactlyInAnyOrder(inGroup, consults);
        assertThat(first.getString("avoided.find { it.expertId == '" + inGroup + "' }.reason"))
                .isEqualTo("ORGANISATION_AFFILIATED");
        assertThat(first.getString("avoided.find { it.expertId == '" + inGroup + "' }.relation"))
                .isEqualTo("ANCESTOR");
        assertThat(first.getString("avoided.find { it.expertId == '" + consults + "' }.reason"))
                .isEqualTo("DECLARED_RELATION");
        assertThat(first.getString("avoided.find { it.expertId == '" + consults + "' }.declaredKind"))
                .isEqualTo("CONSULTING");
        assertThat(first.getString("avoided[0].partyUscc")).isEqualTo(g.bottom());

        List<String> again = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(panel(field, 2, List.of(g.bottom()), 4242L))
                .when().post("/panels").then().statusCode(201).extract().path("drawn.expertId");
        assertThat(again).isEqualTo(first.getList("drawn.expertId", String.class));

        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(panel(field, 3, List.of(g.bottom()), null))
                .when().post("/panels").then().statusCode(201).body("seed", notNullValue())
                .body("drawn.expertId", org.hamcrest.Matchers.containsInAnyOrder(a, b, c));
    }

    @Test
    void tooFewEligibleExpertsIs409WithTheCountsAndRecordsNothing() {
        Group g = newGroup();
        String field = newField();
        newExpert(expert("集团专家", g.middle(), List.of(field), List.of(), null));
        newExpert(expert("独立专家", Orgs.GUET.uscc(), List.of(field), List.of(), null));
        long panels = Db.count(db, "select count(*) from panel");
        given().auth().oauth2(PROVINCE).contentType("application/json").header("Accept-Language", "en")
                .body(panel(field, 2, List.of(g.top()), 1L))
                .when().post("/panels").then().statusCode(409).body("code", equalTo("NOT_ENOUGH_EXPERTS"))
                .body("detail", containsString("A panel of 2 was asked for, but only 1 experts"))
                .body("detail", containsString("(2 active, 1 avoided"));
        assertThat(Db.count(db, "select count(*) from panel")).isEqualTo(panels);
    }

    @Test
    void aPanelIsReadByWhoAskedAndTheAdminsOfItsSubMarketOnly() {
        // a registration body of its own (the seed opens the fixtures' points: they are not entered here)
        String first17 = "12450100" + newUscc("450100").substring(8, 17);
        Party registry = new Party(verified(first17 + Uscc.checkCharacter(first17), "南宁市测试技术合同登记点",
                "REGISTRY", "450100", null), "南宁市测试技术合同登记点", OrgKind.REGISTRY, "450100", null);
        String registrar = Tokens.of(Role.REGISTRAR, registry);
        String field = newField();
        newExpert(expert("甲专家", Orgs.GXAS.uscc(), List.of(field), List.of(), null));
        String id = given().auth().oauth2(registrar).contentType("application/json")
                .body(panel(field, 1, List.of(), 7L))
                .when().post("/panels").then().statusCode(201).body("region", equalTo("450100"))
                .extract().path("id");
        given().auth().oauth2(registrar).when().get("/panels/" + id).then().statusCode(200)
                .body("seed", equalTo(7));
        given().auth().oauth2(PROVINCE).when().get("/panels/" + id).then().statusCode(200);
        given().auth().oauth2(BAISE_ADMIN).when().get("/panels/" + id).then().statusCode(404)
                .body("code", equalTo("PANEL_NOT_FOUND"));
        given().auth().oauth2(Tokens.as(Role.REGISTRAR, registry).user("registrar.other", "另一登记员")
                .build()).when().get("/panels/" + id).then().statusCode(404);
        given().auth().oauth2(registrar).when().get("/panels?purpose=REGISTRY_REVIEW&size=100").then()
                .statusCode(200).body("items.requestedBy.username", everyItem(equalTo(
                        JsonPath.from(given().auth().oauth2(registrar).when().get("/panels/" + id)
                                .asString()).getString("requestedBy.username"))));
        given().auth().oauth2(BAISE_ADMIN).when().get("/panels?subjectId=contract-" + field.toLowerCase()).then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(ENTERPRISE).contentType("application/json").body(panel(field, 1, List.of(), 7L))
                .when().post("/panels").then().statusCode(403);
        given().auth().oauth2(PROVINCE).when().get("/panels?sort=random").then().statusCode(400);
    }

    @Test
    void anExpertKeepsItsOwnContactAndRelationsWhichOthersDoNotSee() {
        String username = "expert.self." + newField().toLowerCase();
        String id = newExpert(expert("陆" + newField(), Orgs.GXAS.uscc(), List.of("SUGAR"),
                List.of(relation(Orgs.GX_SUGAR_GROUP.uscc(), "FORMER_EMPLOYER", "2012-03-01", "2024-06-30")),
                subjectOf(username)));
        String self = userToken(Role.EXPERT, Orgs.GXAS, username);
        given().auth().oauth2(self).contentType("application/json")
                .body(Map.of("relations", List.of(relation(Orgs.GUILIN_SUGAR.uscc(), "FAMILY", "2020-01-01", null))))
                .when().put("/experts/" + id + "/relations").then().statusCode(200)
                .body("relations.kind", contains("FAMILY")).body("contact.phone", equalTo("13900000000"))
                .body("actions", contains("set-contact", "set-relations", "history"));
        given().auth().oauth2(ENTERPRISE).when().get("/experts/" + id).then().statusCode(200)
                .body("relations", nullValue()).body("contact.phone", nullValue())
                .body("contact.email", equalTo("expert@demo.techmarket.gx.cn"));
        given().auth().oauth2(ENTERPRISE).contentType("application/json")
                .body(Map.of("relations", List.of()))
                .when().put("/experts/" + id + "/relations").then().statusCode(403)
                .body("code", equalTo("NOT_PERSON_KEEPER"));
        given().auth().oauth2(PROVINCE).when().get("/experts/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("declare-relations", "create"));
    }

    @Test
    void anExpertFindsItsOwnEntryByItsAccountAndAnAccountWithoutOneIsTold404() {
        String username = "expert.me." + newField().toLowerCase();
        String id = newExpert(expert("黎" + newField(), Orgs.GXAS.uscc(), List.of("SUGAR"), List.of(),
                subjectOf(username)));
        given().auth().oauth2(userToken(Role.EXPERT, Orgs.GXAS, username)).when().get("/experts/me")
                .then().statusCode(200).body("id", equalTo(id)).body("organisation.uscc", equalTo(Orgs.GXAS.uscc()))
                .body("accountSubject", equalTo(subjectOf(username)));
        // an expert account no entry is linked to, and a caller who is no expert
        given().auth().oauth2(userToken(Role.EXPERT, Orgs.GXAS, "expert.unlinked." + newField().toLowerCase()))
                .when().get("/experts/me").then().statusCode(404).body("code", equalTo("EXPERT_NOT_FOUND"));
        given().auth().oauth2(ENTERPRISE).when().get("/experts/me").then().statusCode(403);
    }

    @Test
    void anAdminEntersExpertsOfItsSubMarketOnly() {
        String before = peopleState();
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(expert("越权专家", Orgs.GXAS.uscc(), List.of("SUGAR"), List.of(), null))
                .when().post("/experts").then().statusCode(403).body("code", equalTo("NOT_PERSON_KEEPER"));
        given().auth().oauth2(ENTERPRISE).contentType("application/json")
                .body(expert("越权专家", Orgs.GXAS.uscc(), List.of("SUGAR"), List.of(), null))
                .when().post("/experts").then().statusCode(403);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(expert("期间倒置", Orgs.GXAS.uscc(), List.of("SUGAR"),
                        List.of(relation(Orgs.GUILIN_SUGAR.uscc(), "CONSULTING", "2024-01-01", "2023-01-01")), null))
                .when().post("/experts").then().statusCode(400)
                .body("code", equalTo("RELATION_ENDS_BEFORE_IT_STARTS"));
        assertThat(peopleState()).isEqualTo(before);
        String baiseExpert = verified(newUscc("451002"), "百色测试研究院", "INSTITUTE", "451002", null);
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json")
                .body(expert("百色专家", baiseExpert, List.of("ALUMINIUM"), List.of(), null))
                .when().post("/experts").then().statusCode(201).body("organisation.uscc", equalTo(baiseExpert));
    }
}
