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

    @Test
    void adminsReadOnlyVerifiedAccountsOfVerifiedOrganisationsForPayments() {
        String verifiedAccount = verified(newUscc("451000"), "百色拨付测试甲有限公司", "ENTERPRISE", "451000", null);
        String unverifiedAccount = verified(newUscc("451000"), "百色拨付测试乙有限公司", "ENTERPRISE", "451000", null);
        String noAccount = verified(newUscc("450100"), "南宁拨付测试丙有限公司", "ENTERPRISE", "450100", null);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(account("6222021111222233334"))
                .when().put("/organisations/" + verifiedAccount + "/bank-account").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + verifiedAccount + "/bank-account/verify")
                .then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(account("6222025555666677778"))
                .when().put("/organisations/" + unverifiedAccount + "/bank-account").then().statusCode(200);

        // a 柳州 admin pays a 百色 payee too (a voucher provider of another city): any admin reads verified accounts
        ensureVerified(Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
        ensureVerified(Orgs.LIUZHOU_AUTO_PARTS);
        String liuzhou = Tokens.of(Role.ADMIN, Orgs.LIUZHOU_BUREAU_OF_SCIENCE);
        given().auth().oauth2(liuzhou).queryParam("uscc", verifiedAccount, unverifiedAccount, noAccount,
                        newUscc("450100"), verifiedAccount)
                .when().get("/organisations/bank-accounts")
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].uscc", equalTo(verifiedAccount))
                .body("[0].name", equalTo("百色拨付测试甲有限公司"))
                .body("[0].accountNumber", equalTo("6222021111222233334"))
                .body("[0].bankName", equalTo("中国工商银行河池分行"))
                .body("[0].verifiedAt", not(nullValue()));
        // nobody else, and nothing for a malformed or missing list
        String member = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        given().auth().oauth2(member).queryParam("uscc", verifiedAccount).when().get("/organisations/bank-accounts")
                .then().statusCode(403);
        given().auth().oauth2(PROVINCE).queryParam("uscc", "91450100MA5K3B2L5X").when()
                .get("/organisations/bank-accounts").then().statusCode(400);
        given().auth().oauth2(PROVINCE).when().get("/organisations/bank-accounts").then().statusCode(400);
    }

    private static Map<String, Object> account(String number) {
        return Map.of("bankName", "中国工商银行河池分行", "accountNumber", number, "accountName", "河池有色金属研究有限公司");
    }
}
