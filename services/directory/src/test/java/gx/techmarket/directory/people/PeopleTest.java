package gx.techmarket.directory.people;

import static io.restassured.RestAssured.given;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the people registers' tests share: bodies, tokens of people with accounts, a digest of the registers. */
abstract class PeopleTest extends DirectoryServiceTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A field code no other test uses, so that a draw's candidates are this test's experts only. */
    static String newField() {
        StringBuilder s = new StringBuilder("TEST_");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    static String newCertificate() {
        return "TEST-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase();
    }

    /** The Keycloak subject a test token of {@code username} carries. */
    static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String userToken(Role role, Party org, String username) {
        return Tokens.as(role, org).user(username, username).build();
    }

    static Map<String, Object> contact(String phone, String phoneVisibility, String email, String emailVisibility) {
        Map<String, Object> c = new HashMap<>();
        if (phone != null) {
            c.put("phone", phone);
        }
        c.put("phoneVisibility", phoneVisibility);
        if (email != null) {
            c.put("email", email);
        }
        c.put("emailVisibility", emailVisibility);
        return c;
    }

    static Map<String, Object> broker(String name, String agency, String certificate, List<String> fields,
            Map<String, Object> contact, String accountSubject) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("agencyUscc", agency);
        if (certificate != null) {
            b.put("certificateNumber", certificate);
        }
        b.put("trainingHours", 40);
        b.put("fields", fields);
        b.put("contact", contact);
        if (accountSubject != null) {
            b.put("accountSubject", accountSubject);
        }
        return b;
    }

    static Map<String, Object> expert(String name, String organisation, List<String> fields,
            List<Map<String, Object>> relations, String accountSubject) {
        Map<String, Object> e = new HashMap<>();
        e.put("name", name);
        e.put("organisationUscc", organisation);
        e.put("title", "教授");
        e.put("fields", fields);
        e.put("relations", relations);
        e.put("contact", contact("13900000000", "PRIVATE", "expert@demo.techmarket.gx.cn", "SIGNED_IN"));
        if (accountSubject != null) {
            e.put("accountSubject", accountSubject);
        }
        return e;
    }

    static Map<String, Object> relation(String uscc, String kind, String from, String to) {
        Map<String, Object> r = new HashMap<>();
        r.put("uscc", uscc);
        r.put("kind", kind);
        r.put("validFrom", from);
        if (to != null) {
            r.put("validTo", to);
        }
        return r;
    }

    /** Enters an expert as the province's admin; its id. */
    static String newExpert(Map<String, Object> body) {
        return given().auth().oauth2(PROVINCE).contentType("application/json").body(body)
                .when().post("/experts").then().statusCode(201).extract().path("id");
    }

    /** A digest of the people registers: equal before and after means nothing changed. */
    String peopleState() {
        return Db.single(db, """
                select md5(coalesce((select string_agg(b::text, '|' order by b.id) from broker b), '')
                    || coalesce((select string_agg(e::text, '|' order by e.id) from expert e), '')
                    || coalesce((select string_agg(r::text, '|' order by r.expert_id, r.position) from expert_relation r), '')
                    || (select count(*) from person_change)::text
                    || (select count(*) from panel)::text)""").toString();
    }
}
