package gx.techmarket.directory.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.directory.DirectoryServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A group is a tree of any depth: its parent must be a verified organisation, and no change may close a cycle. */
@QuarkusTest
class ParentTreeTest extends DirectoryServiceTest {

    @Test
    void aParentBelowAtAnyDepthIsRefusedAndNothingChanges() {
        String group = verified(newUscc("450100"), "广西糖业控股集团有限公司", "ENTERPRISE", "450100", null);
        String subsidiary = verified(newUscc("450300"), "桂林糖业有限公司", "ENTERPRISE", "450300", group);
        String mill = verified(newUscc("450321"), "阳朔糖厂有限公司", "ENTERPRISE", "450321", subsidiary);

        given().auth().oauth2(PROVINCE).when().get("/organisations/" + group)
                .then().statusCode(200).body("subsidiaries.uscc", contains(subsidiary));
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + mill)
                .then().statusCode(200).body("parentName", equalTo("桂林糖业有限公司"));

        String before = state();
        given().auth().oauth2(PROVINCE).header("Accept-Language", "en").contentType("application/json")
                .body(edit("广西糖业控股集团有限公司", "450100", mill))
                .when().put("/organisations/" + group)
                .then().statusCode(409).body("code", equalTo("PARENT_CYCLE"))
                .body("errors[0].field", equalTo("parentUscc"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(edit("广西糖业控股集团有限公司", "450100", group))
                .when().put("/organisations/" + group)
                .then().statusCode(409).body("code", equalTo("PARENT_CYCLE"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aParentMovesWithinTheTreeAndTheChangeIsPublished() {
        String group = verified(newUscc("450200"), "柳州机械集团有限公司", "ENTERPRISE", "450200", null);
        String other = verified(newUscc("450200"), "柳州装备集团有限公司", "ENTERPRISE", "450200", null);
        String plant = verified(newUscc("450202"), "柳州铸造有限公司", "ENTERPRISE", "450202", group);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(edit("柳州铸造有限公司", "450202", other))
                .when().put("/organisations/" + plant).then().statusCode(200).body("parentUscc", equalTo(other));
        assertThat(events("directory.OrganisationChanged.v1", plant)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getList("changed", String.class)).containsExactly("parentUscc");
            assertThat(json.getString("organisation.parentUscc")).isEqualTo(other);
        });
        // and leaves the group: the top of a tree of its own
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(edit("柳州铸造有限公司", "450202", null))
                .when().put("/organisations/" + plant).then().statusCode(200);
        assertThat(events("directory.OrganisationChanged.v1", plant)).hasSize(2).last()
                .satisfies(payload -> assertThat(JsonPath.from(payload).getString("organisation.parentUscc")).isNull());
    }

    @Test
    void aParentMustBeKnownAndVerified() {
        String applied = newUscc("450100");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(applied, "南宁申请中集团", "ENTERPRISE", "450100", null))
                .when().post("/organisations").then().statusCode(201);
        String before = state();
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(newUscc("450100"), "南宁子公司", "ENTERPRISE", "450100", newUscc("450100")))
                .when().post("/organisations").then().statusCode(400).body("code", equalTo("PARENT_NOT_FOUND"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(newUscc("450100"), "南宁子公司", "ENTERPRISE", "450100", applied))
                .when().post("/organisations").then().statusCode(409).body("code", equalTo("PARENT_NOT_VERIFIED"));
        String self = newUscc("450100");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(self, "自己的上级", "ENTERPRISE", "450100", self))
                .when().post("/organisations").then().statusCode(409).body("code", equalTo("PARENT_CYCLE"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aSubsidiaryOfASuspendedParentIsNotVerified() {
        String parent = verified(newUscc("450400"), "梧州集团有限公司", "ENTERPRISE", "450400", null);
        String child = newUscc("450400");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(child, "梧州子公司", "ENTERPRISE", "450400", parent))
                .when().post("/organisations").then().statusCode(201);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "停业整顿"))
                .when().post("/organisations/" + parent + "/suspend").then().statusCode(200);
        String before = state();
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + child + "/verify")
                .then().statusCode(409).body("code", equalTo("PARENT_NOT_VERIFIED"));
        assertThat(state()).isEqualTo(before);
        assertThat(eventTypes(child)).isEmpty();
    }

    private static Map<String, Object> edit(String name, String region, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "ENTERPRISE");
        body.put("region", region);
        body.put("parentUscc", parent);
        return body;
    }
}
