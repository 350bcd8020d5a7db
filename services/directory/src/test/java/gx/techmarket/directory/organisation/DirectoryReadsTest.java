package gx.techmarket.directory.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The directory picker: verified organisations for anyone signed in, applications only for their operators. */
@QuarkusTest
class DirectoryReadsTest extends DirectoryServiceTest {

    @Test
    void aUserFindsVerifiedOrganisationsByNameOrUsccAndNeverAnApplication() {
        ensureVerified(Orgs.GX_TECH_TRANSFER);
        String enterprise = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
        String verified = verified(newUscc("450100"), "南宁邕江糖机有限公司", "ENTERPRISE", "450100", null);
        String applied = newUscc("450100");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(applied, "南宁邕江糖机申请有限公司", "ENTERPRISE", "450100", null))
                .when().post("/organisations").then().statusCode(201);

        given().auth().oauth2(enterprise).queryParam("q", "邕江糖机").when().get("/organisations")
                .then().statusCode(200).body("items.uscc", contains(verified)).body("total", equalTo(1));
        given().auth().oauth2(enterprise).queryParam("q", verified.substring(0, 12).toLowerCase())
                .when().get("/organisations")
                .then().statusCode(200).body("items.uscc", hasItem(verified));
        given().auth().oauth2(enterprise).when().get("/organisations/" + applied)
                .then().statusCode(404).body("code", equalTo("ORGANISATION_NOT_FOUND"));
        given().auth().oauth2(enterprise).queryParam("status", "APPLIED").when().get("/organisations")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(PROVINCE).queryParam("q", "邕江糖机").when().get("/organisations")
                .then().statusCode(200).body("items.uscc", contains(verified, applied));
        given().auth().oauth2(enterprise).when().get("/organisations/" + verified)
                .then().statusCode(200).body("actions", equalTo(java.util.List.of())).body("bankAccount",
                        org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aRegionFindsItsCountiesAndAKindItsOwn() {
        String county = verified(newUscc("450881"), "桂平市木材加工有限公司", "ENTERPRISE", "450881", null);
        given().auth().oauth2(PROVINCE).queryParam("region", "450800").queryParam("size", "100")
                .when().get("/organisations")
                .then().statusCode(200).body("items.uscc", hasItem(county))
                .body("items.region", everyItem(org.hamcrest.Matchers.startsWith("4508")));
        given().auth().oauth2(PROVINCE).queryParam("region", "450000").queryParam("kind", "UNIVERSITY")
                .queryParam("size", "100").when().get("/organisations")
                .then().statusCode(200).body("items.uscc", not(hasItem(county)))
                .body("items.kind", everyItem(equalTo("UNIVERSITY")));
    }

    @Test
    void badFiltersAndOrdersAre400AndAnUnknownUsccIs404() {
        for (String query : new String[] {"sort=popular", "kind=COMPANY", "status=DELETED", "region=450199",
                "region=45010", "size=0", "page=-1", "sort=name&sort=uscc"}) {
            given().auth().oauth2(PROVINCE).when().get("/organisations?" + query)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(PROVINCE).when().get("/organisations?sort=newest").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().get("/organisations/91450100MA5K3B2L5X")
                .then().statusCode(404).body("code", equalTo("ORGANISATION_NOT_FOUND"));
        given().auth().oauth2(PROVINCE).when().get("/organisations/not-a-uscc/history")
                .then().statusCode(404).body("code", equalTo("ORGANISATION_NOT_FOUND"));
    }
}
