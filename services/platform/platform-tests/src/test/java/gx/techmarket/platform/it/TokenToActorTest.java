package gx.techmarket.platform.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

@ProbeTest
class TokenToActorTest {

    @Test
    void shouldMapTheTokensClaimsToAnActorWithItsOrganisation() {
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.GUILIN_SUGAR).user("ent.guilinsugar", "王芳").build())
                .when().get("/probe/me")
                .then().statusCode(200)
                .body("username", equalTo("ent.guilinsugar"))
                .body("displayName", equalTo("王芳"))
                .body("roles", containsInAnyOrder("ENTERPRISE"))
                .body("organisation.uscc", equalTo("91450300MA5KC7Q12L"))
                .body("organisation.name", equalTo("桂林桂糖制糖有限公司"))
                .body("organisation.kind", equalTo("ENTERPRISE"))
                .body("organisation.region", equalTo("450300"))
                .body("organisation.parentUscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()));
    }

    @Test
    void anOrganisationWithoutAParentHasNone() {
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE))
                .when().get("/probe/me")
                .then().statusCode(200)
                .body("organisation.region", equalTo("451000"))
                .body("organisation.parentUscc", nullValue());
    }

    @Test
    void shouldKeepOnlyTheMarketsRolesAndAllOfThem() {
        given().auth().oauth2(Tokens.withRoles(List.of(Role.UNIVERSITY, Role.EXPERT), Orgs.GUET)
                        .claim("realm_access", java.util.Map.of("roles",
                                List.of("university", "expert", "offline_access", "default-roles-techmarket")))
                        .build())
                .when().get("/probe/me")
                .then().statusCode(200)
                .body("roles", containsInAnyOrder("UNIVERSITY", "EXPERT"));
    }

    @Test
    void aTokenWithoutAnOrganisationIsRefused() {
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.GUILIN_SUGAR).withoutClaim("org_id").build())
                .when().get("/probe/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("ORGANISATION_CLAIMS_INVALID"));
    }

    @Test
    void aTokenWithAWrongUsccCheckCharacterIsRefused() {
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.GUILIN_SUGAR).claim("org_id", "91450300MA5KC7Q12M").build())
                .when().get("/probe/me")
                .then().statusCode(403)
                .body("code", equalTo("ORGANISATION_CLAIMS_INVALID"));
    }

    @Test
    void theOrganisationsFactsAreTheDirectorysNotTheTokensClaims() {
        // a user (or a misconfigured realm) claiming another kind, region and parent changes nothing
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.GUILIN_SUGAR).claim("org_kind", "university")
                        .claim("org_region", "450100").withoutClaim("org_parent").claim("org_name", "别的名字").build())
                .when().get("/probe/me")
                .then().statusCode(200)
                .body("organisation.name", equalTo("桂林桂糖制糖有限公司"))
                .body("organisation.kind", equalTo("ENTERPRISE"))
                .body("organisation.region", equalTo("450300"))
                .body("organisation.parentUscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()));
    }

    @Test
    void anOrganisationTheDirectoryHasNotVerifiedIsRefused() {
        // a valid USCC, but no verified organisation in the directory (platform/testing's FixtureOrganisations knows only Orgs)
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.GUILIN_SUGAR).claim("org_id", "91450100MA5W1C8P3F")
                        .build())
                .header("Accept-Language", "en")
                .when().get("/probe/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("ORGANISATION_NOT_VERIFIED"))
                .body("detail", startsWith("The organisation of your account (USCC 91450100MA5W1C8P3F) has not been"
                        + " verified in the directory"));
    }
}
