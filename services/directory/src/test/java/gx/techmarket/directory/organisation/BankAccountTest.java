package gx.techmarket.directory.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account payments go to: given by the organisation, verified by its admin, unverified again when it changes. */
@QuarkusTest
class BankAccountTest extends DirectoryServiceTest {

    @Test
    void anAccountIsUnverifiedUntilAnAdminVerifiesItAndAgainAfterEveryChange() {
        ensureVerified(Orgs.LIUZHOU_AUTO_PARTS);
        String uscc = verified(newUscc("451200"), "河池有色金属研究有限公司", "ENTERPRISE", "451200", null);
        String member = Tokens.of(Role.ENTERPRISE, new Party(uscc, "河池有色金属研究有限公司", OrgKind.ENTERPRISE,
                "451200", null));
        given().auth().oauth2(member).contentType("application/json").body(account("6222021234567890123"))
                .when().put("/organisations/" + uscc + "/bank-account")
                .then().statusCode(200).body("bankAccount.verified", equalTo(false))
                .body("bankAccount.accountNumber", equalTo("6222021234567890123"))
                .body("actions", not(hasItem("verify-bank-account")));
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + uscc)
                .then().body("actions", hasItem("verify-bank-account"));
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/bank-account/verify")
                .then().statusCode(200).body("bankAccount.verified", equalTo(true));

        String before = state();
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/bank-account/verify")
                .then().statusCode(409).body("code", equalTo("BANK_ACCOUNT_ALREADY_VERIFIED"));
        given().auth().oauth2(member).when().post("/organisations/" + uscc + "/bank-account/verify")
                .then().statusCode(403);
        // another organisation's user sees the organisation but neither its account nor may change it
        String stranger = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        given().auth().oauth2(stranger).when().get("/organisations/" + uscc)
                .then().statusCode(200).body("bankAccount", nullValue());
        given().auth().oauth2(stranger).contentType("application/json").body(account("6222020000000000001"))
                .when().put("/organisations/" + uscc + "/bank-account")
                .then().statusCode(403).body("code", equalTo("NOT_ORGANISATION_MEMBER"));
        // the same account again changes nothing
        given().auth().oauth2(member).contentType("application/json").body(account("6222021234567890123"))
                .when().put("/organisations/" + uscc + "/bank-account")
                .then().statusCode(200).body("bankAccount.verified", equalTo(true));
        assertThat(state()).isEqualTo(before);

        given().auth().oauth2(member).contentType("application/json").body(account("6222029876543210987"))
                .when().put("/organisations/" + uscc + "/bank-account")
                .then().statusCode(200).body("bankAccount.verified", equalTo(false));
        given().auth().oauth2(member).when().get("/organisations/" + uscc + "/history")
                .then().statusCode(200).body("items[0].action", equalTo("set-bank-account"))
                .body("items[0].before.accountNumber", equalTo("6222021234567890123"))
                .body("items[0].before.verified", equalTo(true))
                .body("items[0].after.accountNumber", equalTo("6222029876543210987"))
                .body("items[0].after.verified", equalTo(false));
        given().auth().oauth2(stranger).when().get("/organisations/" + uscc + "/history")
                .then().statusCode(403).body("code", equalTo("NOT_ORGANISATION_MEMBER"));
    }

    private static Map<String, Object> account(String number) {
        return Map.of("bankName", "中国工商银行河池分行", "accountNumber", number, "accountName", "河池有色金属研究有限公司");
    }
}
