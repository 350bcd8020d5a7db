package gx.techmarket.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.local.KeycloakLaunch;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 忘记密码 as a user does it: from the portal's sign-in, Keycloak's page in the market's theme (Chinese, the market's
 * name), the 忘记密码 link, the username typed, the reset mail read from the embedded mail server's mailbox (GreenMail's
 * REST API), its link followed, a new password set, and the user on the portal's home page, signed in; then signed out
 * and in again with the new password. The user is a throwaway one created through Keycloak's admin API, so the demo
 * users keep their password.
 */
class PasswordResetIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;
    private static final Pattern RESET_LINK = Pattern.compile("http://localhost:\\d+/realms/techmarket/login-actions/"
            + "action-token\\?\\S+");

    @Test
    void aForgottenPasswordIsResetThroughTheMailAndTheNewOneSignsIn() throws Exception {
        String username = "reset." + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@demo.techmarket.gx.cn";
        String newPassword = "Neu-" + UUID.randomUUID().toString().substring(0, 12);
        createUser(username, email, "Old-" + UUID.randomUUID());
        Mailbox mailbox = new Mailbox(market, email);
        assertThat(mailbox.mails()).as("nothing was sent to %s before the reset", email).isEmpty();

        try (Browser browser = new Browser("reset")) {
            try {
                walk(browser, username, email, mailbox, newPassword);
            } catch (Throwable failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-reset")));
                throw failure;
            }
        }
    }

    private void walk(Browser browser, String username, String email, Mailbox mailbox, String newPassword)
            throws Exception {
        WebDriver page = browser.desktop().driver();
        String realm = market.keycloak() + "/realms/techmarket/";

        page.get(portal + "/");
        browser.waiting(PAGE).until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
        browser.waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(realm));
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        // the market's sign-in page, in Chinese first
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(page.findElement(By.id("tm-market-name")).getText()).isEqualTo("广西网上技术市场2.0");
        assertThat(page.findElement(By.id("kc-page-title")).getText()).isEqualTo("用户登录");
        browser.screenshot("signin-keycloak-login-zh");
        browser.accessible("keycloak-login");
        // and on a phone: the bar stacks above the card, nothing wider than the screen
        browser.phone();
        assertThat(((Number) ((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(390);
        browser.screenshot("signin-keycloak-login-zh-phone");
        browser.accessible("keycloak-login-phone");
        browser.desktop();

        page.findElement(By.partialLinkText("忘记密码")).click();
        WebElement form = browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(
                By.id("kc-reset-password-form")));
        assertThat(page.findElement(By.id("kc-page-title")).getText()).isEqualTo("找回密码");
        browser.screenshot("signin-keycloak-forgot-password");
        browser.accessible("keycloak-forgot-password");
        form.findElement(By.id("username")).sendKeys(username);
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // back on the sign-in page, told the mail is on its way
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(page.findElement(By.className("kc-feedback-text")).getText()).contains("邮件已发出");

        AtomicReference<Mailbox.Mail> received = new AtomicReference<>();
        Awaitility.await("the reset mail to " + email + " in the embedded mail server's mailbox")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    List<Mailbox.Mail> mails = mailbox.mails();
                    if (mails.isEmpty()) {
                        return false;
                    }
                    received.set(mails.get(mails.size() - 1));
                    return true;
                });
        Mailbox.Mail mail = received.get();
        assertThat(mail.subject()).isEqualTo("重置密码");
        assertThat(mail.text()).as("the mail names the market").contains("广西网上技术市场2.0");
        Matcher link = RESET_LINK.matcher(mail.text());
        assertThat(link.find()).as("a reset link in:\n%s", mail.text()).isTrue();
        assertThat(link.group()).startsWith(market.keycloak());

        page.get(link.group());
        // the same browser continues its sign-in: Keycloak asks for the new password at once (another browser would
        // first be asked to confirm the link)
        // (an account created through the admin API is asked to accept the privacy notice at its first sign-in,
        // like every new account: the realm's default Terms and Conditions action; accepted when it comes)
        WebElement update = browser.waiting(PAGE).until(d -> {
            List<WebElement> forms = d.findElements(By.id("kc-passwd-update-form"));
            if (!forms.isEmpty()) {
                return forms.get(0);
            }
            acceptThePrivacyNoticeIfAsked(d);
            d.findElements(By.cssSelector("#kc-info-message a, #kc-content a")).stream().findFirst()
                    .ifPresent(WebElement::click);
            return null;
        });
        assertThat(page.findElement(By.id("kc-page-title")).getText()).isEqualTo("设置新密码");
        browser.screenshot("signin-keycloak-new-password");
        browser.accessible("keycloak-new-password");
        update.findElement(By.id("password-new")).sendKeys(newPassword);
        update.findElement(By.id("password-confirm")).sendKeys(newPassword);
        update.findElement(By.id("kc-submit")).click();

        WebElement home = browser.waiting(PAGE).until(d -> {
            acceptThePrivacyNoticeIfAsked(d);
            return d.findElements(By.id("home")).stream().findFirst().orElse(null);
        });
        assertThat(page.getCurrentUrl()).as("signed in, on the portal").startsWith(portal);
        assertThat(home.getAttribute("data-role")).contains("university");
        assertThat(page.findElement(By.id("org-name")).getText().trim()).isEqualTo("广西大学");

        // signed out, and in again with the new password
        page.findElement(By.id("sign-out")).click();
        browser.waiting(PAGE).until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        page.findElement(By.id("username")).sendKeys(email);
        page.findElement(By.id("password")).sendKeys(newPassword);
        page.findElement(By.id("kc-login")).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
        assertThat(page.findElement(By.id("org-name")).getText().trim()).isEqualTo("广西大学");
    }

    /**
     * A university user of 广西大学 with its own mailbox, created through Keycloak's admin API as the master realm's
     * bootstrap administrator (development only).
     */
    private void createUser(String username, String email, String password) {
        String admin = given().baseUri(market.keycloak()).contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username",
                        KeycloakLaunch.ADMIN_USER, "password", KeycloakLaunch.ADMIN_PASSWORD))
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        Response created = given().baseUri(market.keycloak()).auth().oauth2(admin).contentType(ContentType.JSON)
                // consented to the privacy notice already (like the demo users): a new account otherwise reads it
                // at its first sign-in (the realm's default Terms and Conditions action, ADR 0021)
                .body(Map.of("username", username, "email", email, "emailVerified", true, "enabled", true,
                        "firstName", "重置", "lastName", "测试", "requiredActions", List.of(),
                        "attributes", Map.of("org_id", List.of("124501004985024102"), "org_name", List.of("广西大学"),
                                "org_kind", List.of("university"), "org_region", List.of("450100")),
                        "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/admin/realms/techmarket/users");
        Api.expect(created, 201, "create the throwaway user " + username);
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        Map<String, Object> role = given().baseUri(market.keycloak()).auth().oauth2(admin)
                .get("/admin/realms/techmarket/roles/university").then().statusCode(200).extract().jsonPath()
                .getMap("");
        Api.expect(given().baseUri(market.keycloak()).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(List.of(Map.of("id", role.get("id"), "name", role.get("name"))))
                .post("/admin/realms/techmarket/users/" + id + "/role-mappings/realm"), 204,
                "give " + username + " the university role");
        System.out.println("PasswordResetIT: created " + username.toLowerCase(Locale.ROOT) + " (" + email + ")");
    }

    /** Keycloak's Terms and Conditions page (our 个人信息保护告知), accepted when it is the page shown. */
    private static void acceptThePrivacyNoticeIfAsked(WebDriver d) {
        List<WebElement> accept = d.findElements(By.id("kc-accept"));
        if (!accept.isEmpty()) {
            assertThat(d.getPageSource()).contains("个人信息保护告知");
            accept.get(0).click();
        }
    }
}
