package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.local.PortalLogin;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 机构入驻 against the real Keycloak, in headless Chromium: a newcomer registers from the portal's 注册 (Keycloak's
 * registration form, then the privacy notice, accepted), files the application for its 百色 enterprise with its
 * 营业执照; 百色's admin opens it in the verification queue, opens the document and verifies it (confirmed first); the
 * directory writes the membership to Keycloak (its service account, the Admin REST API), so the newcomer, signed in
 * again, carries the organisation in its token (the portal's header shows it), the enterprise role, and is the
 * organisation's administrator on its own page.
 */
class OnboardingIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    @Test
    void aNewcomerSignsUpAppliesIsVerifiedByItsRegionAndItsTokenCarriesTheOrganisation() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String username = "newcomer." + suffix;
        String password = "Neu-" + UUID.randomUUID().toString().substring(0, 12);
        String uscc = uscc("91451002");
        String name = "百色芒果深加工科技有限公司" + suffix.substring(0, 4);
        Path licence = Files.createTempFile(Market.TARGET, "licence-", ".pdf");
        Files.writeString(licence, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.US_ASCII);

        try (Browser newcomer = new Browser("onboarding-newcomer"); Browser admin = new Browser("onboarding-admin")) {
            try {
                signUpAndApply(newcomer, username, password, uscc, name, licence);
                verifyAsTheRegionsAdmin(admin, name);
                signedInAgainCarriesTheOrganisation(newcomer, username, password, name);
                publishesAResult(username, password, uscc);
            } catch (Throwable failure) {
                failure.addSuppressed(new AssertionError("screenshots: " + newcomer.evidence("failed-onboarding")
                        + ", " + admin.evidence("failed-onboarding-admin")));
                throw failure;
            }
        }
    }

    private void signUpAndApply(Browser browser, String username, String password, String uscc, String name,
            Path licence) {
        WebDriver page = browser.desktop().driver();
        page.get(portal + "/");
        browser.waiting(PAGE).until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[data-testid=header-sign-up]"))).click();
        browser.waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(market.keycloak() + "/realms/techmarket/"));
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-register-form")));
        browser.screenshot("onboarding-keycloak-register");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("email")).sendKeys(username + "@demo.techmarket.gx.cn");
        page.findElement(By.id("firstName")).sendKeys("伟");
        page.findElement(By.id("lastName")).sendKeys("张");
        page.findElement(By.id("password")).sendKeys(password);
        page.findElement(By.id("password-confirm")).sendKeys(password);
        page.findElement(By.cssSelector("#kc-register-form [type=submit]")).click();

        // the privacy notice (个人信息保护法), accepted
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-accept")));
        assertThat(page.getPageSource()).contains("个人信息保护告知", "我们保存什么");
        browser.screenshot("onboarding-keycloak-privacy-notice");
        page.findElement(By.id("kc-accept")).click();

        // back on the portal: no organisation yet, so the application
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=onboarding-form]")));
        assertThat(page.getCurrentUrl()).startsWith(portal + "/onboarding");
        page.findElement(By.id("onboarding-uscc")).sendKeys(uscc);
        page.findElement(By.id("onboarding-name")).sendKeys(name);
        page.findElement(By.id("onboarding-region")).sendKeys("451002");
        page.findElement(By.id("onboarding-contact-name")).sendKeys("张伟");
        page.findElement(By.id("onboarding-contact-phone")).sendKeys("0776-2812345");
        page.findElement(By.id("onboarding-documents")).sendKeys(licence.toAbsolutePath().toString());
        browser.screenshot("onboarding-application-form");
        page.findElement(By.cssSelector("[data-testid=onboarding-submit]")).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=onboarding-pending]")));
        assertThat(page.findElement(By.cssSelector("[data-testid=onboarding-application]"))
                .getAttribute("data-status")).isEqualTo("PENDING");
    }

    private void verifyAsTheRegionsAdmin(Browser browser, String name) {
        WebDriver page = browser.desktop().driver();
        browser.signIn(market, "admin.baise");
        page.get(portal + "/onboarding/queue");
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.linkText(name))).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=application-document]")));
        assertThat(page.findElement(By.cssSelector("[data-testid=application-document]")).getText())
                .startsWith("licence-");
        browser.screenshot("onboarding-application-admin");
        page.findElement(By.cssSelector("[data-testid=application-verify]")).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=confirm-ok]"))).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=onboarding-queue]")));
        assertThat(page.findElements(By.linkText(name))).as("verified: out of the queue").isEmpty();
    }

    private void signedInAgainCarriesTheOrganisation(Browser browser, String username, String password,
            String name) {
        WebDriver page = browser.driver();
        // the directory tells Keycloak within seconds (MembershipSync); a new sign-in gets a token with org_id
        Awaitility.await("the newcomer's token carries " + name).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3)).ignoreExceptions().until(() -> {
                    page.get(portal + "/sign-out");
                    page.get(portal + "/home");
                    browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
                    page.findElement(By.id("username")).sendKeys(username);
                    page.findElement(By.id("password")).sendKeys(password);
                    page.findElement(By.id("kc-login")).click();
                    browser.waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(portal));
                    return page.findElements(By.id("home")).size() == 1
                            && page.findElement(By.id("org-name")).getText().trim().equals(name);
                });
        assertThat(page.findElement(By.id("home")).getAttribute("data-role")).contains("enterprise");
        page.get(portal + "/onboarding");
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=onboarding-membership]")));
        assertThat(page.findElement(By.cssSelector("[data-testid=onboarding-membership]")).getAttribute("data-role"))
                .isEqualTo("ORG_ADMIN");
        browser.screenshot("onboarding-member");
    }

    /**
     * The new organisation acts in the market: it publishes a result (the catalogue knows it from the directory's
     * OrganisationVerified, its kind and region included), and 百色's operator, whose sub-market it is in, approves it.
     */
    private void publishesAResult(String username, String password, String uscc) throws Exception {
        String token = new PortalLogin(market.keycloak(), market.url("portal")).accessToken(username, password);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", "芒果果皮果胶高效提取技术");
        result.put("summary", "以芒果加工副产物果皮为原料，酶法辅助提取高酯果胶，已建成中试线。");
        result.put("industry", "FOOD_PROCESSING");
        result.put("maturity", "PILOT");
        result.put("trl", 6);
        result.put("transferModes", List.of("LICENSE"));
        result.put("askingPrice", "300000.00");
        result.put("priceNegotiable", false);
        result.put("regionCode", "451000"); // a listing names its city; the holder is in 右江区 (451002)
        // the catalogue learns the organisation from the directory's event; the token may come a moment before it
        AtomicReference<Response> answer = new AtomicReference<>();
        Awaitility.await("the catalogue knows the new organisation").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    answer.set(RestAssured.given().baseUri(market.url("catalogue")).auth().oauth2(token)
                            .contentType(ContentType.JSON).accept(ContentType.JSON).body(result).post("/results"));
                    return !"ORGANISATION_NOT_VERIFIED".equals(answer.get().jsonPath().getString("code"));
                });
        Response created = answer.get();
        Api.expect(created, 201, "the onboarded organisation creates a result");
        assertThat(created.jsonPath().getString("holder.uscc")).isEqualTo(uscc);
        assertThat(created.jsonPath().getString("holder.kind")).as("the directory's kind").isEqualTo("ENTERPRISE");
        assertThat(created.jsonPath().getString("holder.region")).isEqualTo("451002");
        String id = created.jsonPath().getString("id");
        Api.expect(RestAssured.given().baseUri(market.url("catalogue")).auth().oauth2(token).accept(ContentType.JSON)
                .post("/results/" + id + "/submit"), 200, "the onboarded organisation submits its result");
        Api api = new Api(market);
        assertThat(api.post("admin.baise", "catalogue", "/results/" + id + "/approve", null, 200)
                .getString("status")).isEqualTo("PUBLISHED");
    }

    /** A fresh valid USCC starting with {@code first8} (GB 32100 check character). */
    private static String uscc(String first8) {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(first8);
        while (s.length() < 17) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(s.charAt(i)) * WEIGHTS[i];
        }
        return s.append(ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
