package gx.techmarket.directory;

import static io.restassured.RestAssured.given;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.directory.infra.MutableClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.security.Uscc;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one application boot every Quarkus test of the module shares: the same resources, the same test clock. */
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "directory"),
        scope = TestResourceScope.MATCHING_RESOURCES)
public abstract class DirectoryServiceTest {

    /** The province's operator: the directory's anchor, held verified from the first start. */
    protected static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    protected AgroalDataSource db;

    @Inject
    protected MutableClock clock;

    /** A fresh, valid USCC of an enterprise registered in {@code region}, unknown to the directory. */
    protected static String newUscc(String region) {
        StringBuilder s = new StringBuilder("91").append(region);
        for (int i = 0; i < 9; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.append(Uscc.checkCharacter(s.toString())).toString();
    }

    /** The body of a new organisation. */
    protected static Map<String, Object> organisation(String uscc, String name, String kind, String region,
            String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("uscc", uscc);
        body.put("name", name);
        body.put("kind", kind);
        body.put("region", region);
        if (parent != null) {
            body.put("parentUscc", parent);
        }
        return body;
    }

    /** Enters and verifies an organisation as the province's operator; its USCC. */
    protected static String verified(String uscc, String name, String kind, String region, String parent) {
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(uscc, name, kind, region, parent))
                .when().post("/organisations").then().statusCode(201);
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/verify").then().statusCode(200);
        return uscc;
    }

    /** Makes sure a fixture organisation is in the directory, verified (it may be there from an earlier test). */
    protected static void ensureVerified(Party p) {
        int status = given().auth().oauth2(PROVINCE).when().get("/organisations/" + p.uscc()).then().extract()
                .statusCode();
        if (status == 404) {
            given().auth().oauth2(PROVINCE).contentType("application/json")
                    .body(organisation(p.uscc(), p.name(), p.kind().name(), p.region(), p.parentUscc()))
                    .when().post("/organisations").then().statusCode(201);
        }
        String state = given().auth().oauth2(PROVINCE).when().get("/organisations/" + p.uscc()).then()
                .statusCode(200).extract().path("status");
        if (!state.equals("VERIFIED")) {
            given().auth().oauth2(PROVINCE).when().post("/organisations/" + p.uscc() + "/verify").then()
                    .statusCode(200);
        }
    }

    /** The payloads of the events of {@code type} (e.g. directory.OrganisationVerified.v1) about {@code uscc}, in order. */
    protected List<String> events(String type, String uscc) {
        return Db.column(db, "select payload::text from outbox where type = ? and aggregateid = ? order by seq",
                type, uscc).stream().map(Object::toString).toList();
    }

    /** Every event about {@code uscc}, as type names, in order. */
    protected List<String> eventTypes(String uscc) {
        return Db.column(db, "select type from outbox where aggregateid = ? order by seq", uscc).stream()
                .map(Object::toString).toList();
    }

    /** A digest of the directory's own tables: equal before and after means nothing changed. */
    protected String state() {
        return Db.single(db, """
                select md5(coalesce((select string_agg(t::text, '|' order by t.uscc) from organisation t), '')
                    || coalesce((select string_agg(q::text, '|' order by q.id) from qualification q), '')
                    || coalesce((select string_agg(p::text, '|' order by p.uscc) from registration_point p), '')
                    || (select count(*) from organisation_change)::text
                    || (select count(*) from outbox)::text)""").toString();
    }
}
