package gx.techmarket.directory.people;

import static io.restassured.RestAssured.given;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.Endpoint;
import java.util.List;
import java.util.Map;

/**
 * The people registers' state-changing endpoints for the directory's bad-input kit (BadInputTest), with fixtures
 * made through the API so that each valid control request succeeds.
 */
public final class PeopleBadInput extends PeopleTest {

    private PeopleBadInput() {}

    /** Call with the directory's organisation fixtures verified (GX_TECH_TRANSFER, GXAS). */
    public static List<Endpoint> endpoints() {
        String province = PROVINCE;
        String agency = Orgs.GX_TECH_TRANSFER.uscc();
        String gxttc = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
        String broker = newBroker(gxttc, agency);
        String toSuspend = newBroker(gxttc, agency);
        String suspended = newBroker(gxttc, agency);
        given().auth().oauth2(gxttc).contentType("application/json").body(Map.of("reason", "调离"))
                .when().post("/brokers/" + suspended + "/suspend").then().statusCode(200);
        String field = newField();
        String expert = newExpert(expert("坏输入专家", Orgs.GXAS.uscc(), List.of(field), List.of(), null));
        String expertToSuspend = newExpert(expert("坏输入停用专家", Orgs.GXAS.uscc(), List.of("SUGAR"), List.of(),
                null));
        String expertSuspended = newExpert(expert("坏输入恢复专家", Orgs.GXAS.uscc(), List.of("SUGAR"), List.of(),
                null));
        given().auth().oauth2(province).contentType("application/json").body(Map.of("reason", "暂停"))
                .when().post("/experts/" + expertSuspended + "/suspend").then().statusCode(200);

        String contact = "{\"phone\": \"0771-5612345\", \"phoneVisibility\": \"PUBLIC\", "
                + "\"email\": \"bad.input@demo.techmarket.gx.cn\", \"emailVisibility\": \"SIGNED_IN\"}";
        String brokerBody = "{\"name\": \"坏输入经理人\", \"agencyUscc\": \"" + agency + "\", "
                + "\"certificateNumber\": \"" + newCertificate() + "\", \"trainingHours\": 32, "
                + "\"fields\": [\"SUGAR\"], \"contact\": " + contact + ", "
                + "\"accountSubject\": \"" + subjectOf("bad.input." + field.toLowerCase()) + "\"}";
        String relations = "[{\"uscc\": \"" + Orgs.GX_SUGAR_GROUP.uscc() + "\", \"kind\": \"FORMER_EMPLOYER\", "
                + "\"validFrom\": \"2015-01-01\", \"validTo\": \"2024-06-30\"}]";
        String expertBody = "{\"name\": \"坏输入专家\", \"organisationUscc\": \"" + Orgs.GXAS.uscc() + "\", "
                + "\"title\": \"研究员\", \"fields\": [\"" + field + "\"], \"relations\": " + relations + ", "
                + "\"contact\": " + contact + "}";
        return List.of(
                Endpoint.body("POST", "/brokers", "/brokers", gxttc, brokerBody),
                Endpoint.body("PUT", "/brokers/{id}", "/brokers/" + broker, gxttc,
                        brokerBody.replace("坏输入经理人", "坏输入经理人甲")
                                .replace(subjectOf("bad.input." + field.toLowerCase()),
                                        subjectOf("bad.input.edit." + field.toLowerCase()))
                                .replaceFirst("\"certificateNumber\": \"[^\"]+\"",
                                        "\"certificateNumber\": \"" + newCertificate() + "\"")),
                Endpoint.body("PUT", "/brokers/{id}/contact", "/brokers/" + broker + "/contact", gxttc, contact),
                Endpoint.body("POST", "/brokers/{id}/suspend", "/brokers/" + toSuspend + "/suspend", gxttc,
                        "{\"reason\": \"离职\"}"),
                Endpoint.bodyless("POST", "/brokers/{id}/reactivate", "/brokers/" + suspended + "/reactivate",
                        gxttc),
                Endpoint.body("POST", "/experts", "/experts", province, expertBody),
                Endpoint.body("PUT", "/experts/{id}", "/experts/" + expert, province,
                        expertBody.replace("研究员", "副研究员")),
                Endpoint.body("PUT", "/experts/{id}/contact", "/experts/" + expert + "/contact", province, contact),
                Endpoint.body("PUT", "/experts/{id}/relations", "/experts/" + expert + "/relations", province,
                        "{\"relations\": " + relations + "}"),
                Endpoint.body("POST", "/experts/{id}/suspend", "/experts/" + expertToSuspend + "/suspend",
                        province, "{\"reason\": \"本年度暂停\"}"),
                Endpoint.bodyless("POST", "/experts/{id}/reactivate", "/experts/" + expertSuspended + "/reactivate",
                        province),
                Endpoint.body("POST", "/panels", "/panels", province,
                        "{\"purpose\": \"CHALLENGE_EVALUATION\", \"subjectId\": \"challenge-1\", \"field\": \""
                                + field + "\", \"size\": 1, \"parties\": [\"" + Orgs.SHENZHEN_ROBOTICS.uscc()
                                + "\"], \"seed\": 20261205}"));
    }

    private static String newBroker(String token, String agency) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(broker("坏输入" + newField(), agency, null, List.of("SUGAR"),
                        contact(null, "PUBLIC", null, "PUBLIC"), null))
                .when().post("/brokers").then().statusCode(201).extract().path("id");
    }
}
