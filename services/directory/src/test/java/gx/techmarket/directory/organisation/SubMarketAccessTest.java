package gx.techmarket.directory.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.Uscc;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin acts on the organisations of its sub-market only: its organisation's region in the directory. */
@QuarkusTest
class SubMarketAccessTest extends DirectoryServiceTest {

    static final String BAISE = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @BeforeEach
    void baiseBureauIsVerified() {
        ensureVerified(Orgs.BAISE_BUREAU_OF_SCIENCE);
    }

    @Test
    void aCityAdminEntersAndVerifiesTheOrganisationsOfItsCityAndCounties() {
        String uscc = newUscc("451002");
        given().auth().oauth2(BAISE).contentType("application/json")
                .body(organisation(uscc, "百色芒果科技有限公司", "ENTERPRISE", "451002", null))
                .when().post("/organisations").then().statusCode(201);
        given().auth().oauth2(BAISE).when().post("/organisations/" + uscc + "/verify").then().statusCode(200);
        given().auth().oauth2(BAISE).when().get("/organisations?status=APPLIED&size=100")
                .then().statusCode(200).body("items.region", everyItem(startsWith("4510")));
    }

    @Test
    void aCityAdminActingOutsideItsCityIsRefusedAndNothingChanges() {
        String nanning = newUscc("450100");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(nanning, "南宁甘蔗机械有限公司", "ENTERPRISE", "450100", null))
                .when().post("/organisations").then().statusCode(201);
        String before = state();

        given().auth().oauth2(BAISE).contentType("application/json")
                .body(organisation(newUscc("450300"), "桂林新材料有限公司", "ENTERPRISE", "450300", null))
                .when().post("/organisations").then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(BAISE).contentType("application/json")
                .body(organisation(newUscc("440300"), "深圳某科技有限公司", "ENTERPRISE", "440300", null))
                .when().post("/organisations").then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        // an application of another city is not even visible to it
        given().auth().oauth2(BAISE).when().post("/organisations/" + nanning + "/verify")
                .then().statusCode(404).body("code", equalTo("ORGANISATION_NOT_FOUND"));
        assertThat(state()).isEqualTo(before);

        given().auth().oauth2(PROVINCE).when().post("/organisations/" + nanning + "/verify").then().statusCode(200);
        String verifiedBefore = state();
        given().auth().oauth2(BAISE).contentType("application/json").body(Map.of("reason", "越权停用"))
                .when().post("/organisations/" + nanning + "/suspend")
                .then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(BAISE).contentType("application/json")
                .body(Map.of("name", "改名", "kind", "ENTERPRISE", "region", "450100"))
                .when().put("/organisations/" + nanning)
                .then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        assertThat(state()).isEqualTo(verifiedBefore);
    }

    @Test
    void aCityAdminCannotMoveAnOrganisationOutOfItsCity() {
        String uscc = newUscc("451000");
        given().auth().oauth2(BAISE).contentType("application/json")
                .body(organisation(uscc, "百色铝业研究所", "INSTITUTE", "451000", null))
                .when().post("/organisations").then().statusCode(201);
        String before = state();
        given().auth().oauth2(BAISE).contentType("application/json")
                .body(Map.of("name", "百色铝业研究所", "kind", "INSTITUTE", "region", "450100"))
                .when().put("/organisations/" + uscc)
                .then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theProvinceAloneEntersOrganisationsOutsideGuangxi() {
        String shenzhen = newUscc("440300");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(shenzhen, "深圳市南山糖业科技有限公司", "ENTERPRISE", "440305", null))
                .when().post("/organisations").then().statusCode(201).body("regionName", equalTo("南山区"));
    }

    @Test
    void anAdminWhoseOrganisationTheDirectoryDoesNotHoldVerifiedActsForNobody() {
        String guilinBureau = "11450300MA5KQ2T8X" + Uscc.checkCharacter("11450300MA5KQ2T8X");
        String token = Tokens.of(Role.ADMIN, new Party(guilinBureau, "桂林市科学技术局", OrgKind.GOVERNMENT, "450300",
                null));
        String before = state();
        given().auth().oauth2(token).contentType("application/json")
                .body(organisation(newUscc("450300"), "桂林新材料有限公司", "ENTERPRISE", "450300", null))
                .when().post("/organisations").then().statusCode(403).body("code", equalTo("ORGANISATION_NOT_VERIFIED"));
        given().auth().oauth2(token).when().get("/organisations").then().statusCode(403)
                .body("code", equalTo("ORGANISATION_NOT_VERIFIED"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aSuspendedBureausAdminActsNoMore() {
        String bureau = verified("11450900MA5KQ2T8X" + Uscc.checkCharacter("11450900MA5KQ2T8X"), "玉林市科学技术局",
                "GOVERNMENT", "450900", null);
        String admin = Tokens.of(Role.ADMIN, new Party(bureau, "玉林市科学技术局", OrgKind.GOVERNMENT, "450900", null));
        given().auth().oauth2(admin).contentType("application/json")
                .body(organisation(newUscc("450902"), "玉林机械有限公司", "ENTERPRISE", "450902", null))
                .when().post("/organisations").then().statusCode(201);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "机构改革"))
                .when().post("/organisations/" + bureau + "/suspend").then().statusCode(200);
        given().auth().oauth2(admin).contentType("application/json")
                .body(organisation(newUscc("450902"), "玉林机械二厂有限公司", "ENTERPRISE", "450902", null))
                .when().post("/organisations").then().statusCode(403).body("code", equalTo("ORGANISATION_NOT_VERIFIED"));
    }
}
