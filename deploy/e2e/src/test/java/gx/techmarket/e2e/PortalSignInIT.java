package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.local.DemoUsers;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person at the portal in headless Chromium: the portal sends them to the real Keycloak login page, in the market's
 * theme (its name, mark and blue, Chinese first, English one click away and back), they sign in there, land on their role's home page with their organisation's name, switch to English and back, sign out and are
 * on the landing page again, where a protected page sends them back to Keycloak. Written against the portal's
 * documented hooks ({@code main#landing} with {@code #sign-in}, {@code main#home[data-role]}, {@code #org-name},
 * {@code #lang-en}, {@code #lang-zh}, {@code #sign-out}, {@code <html lang>}).
 */
class PortalSignInIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({
        // the other roles (admin, broker, registrar) sign in on the same Keycloak page in PortalPathIT
        "uni.gxu,           university, 广西大学",
        "ent.guilinsugar,   enterprise, 桂林桂糖制糖有限公司",
        "expert.gxas,       expert,     广西科学院",
    })
    void signsInSeesTheRoleHomeSwitchesLanguageAndSignsOut(String username, String role, String organisation)
            throws Exception {
        try (Browser browser = new Browser(username)) {
            try {
                walk(browser, username, role, organisation);
            } catch (Throwable failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-" + username)));
                throw failure;
            }
        }
    }

    private void walk(Browser browser, String username, String role, String organisation) {
        WebDriver page = browser.driver();
        String realm = market.keycloak() + "/realms/techmarket/";

        page.get(portal + "/");
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("landing")));
        assertThat(page.findElements(By.id("sign-out"))).as("nobody is signed in yet").isEmpty();
        // the portal's Content-Security-Policy allows no inline style: its header is coloured by /css/portal.css
        assertThat(page.findElement(By.tagName("header")).getCssValue("background-color"))
                .as("the stylesheet applied under the Content-Security-Policy").isEqualTo("rgba(11, 79, 138, 1)");
        page.findElement(By.id("sign-in")).click();
        theMarketsSignInPageSwitchesLanguage(browser, username);
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        page.findElement(By.id("kc-login")).click();

        WebElement home = browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
        assertThat(page.getCurrentUrl()).as("back on the portal").startsWith(portal);
        assertThat(home.getTagName()).isEqualTo("main");
        List<String> roles = Arrays.asList(home.getAttribute("data-role").trim().split("\\s+"));
        assertThat(roles).as("data-role of %s's home", username).contains(role);
        assertThat(page.findElement(By.id("org-name")).getText().trim()).isEqualTo(organisation);
        String homeUrl = page.getCurrentUrl();
        String chinese = home.getText();
        assertThat(chinese).as("the home page speaks Chinese first").containsPattern("\\p{IsHan}");
        assertThat(lang(page)).startsWith("zh");
        // every section of the home page came from its service with the user's token
        assertThat(page.findElements(By.cssSelector("[data-testid=problem], [data-testid=service-unavailable]")))
                .extracting(WebElement::getText).as("sections the portal could not load").isEmpty();

        page.findElement(By.id("lang-en")).click();
        browser.waiting(PAGE).until(d -> lang(d).startsWith("en"));
        String english = browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("home")))
                .getText();
        assertThat(english).as("the home page in English").isNotEqualTo(chinese).containsPattern("[A-Za-z]{4,}");
        assertThat(page.findElement(By.id("home")).getAttribute("data-role")).contains(role);

        page.findElement(By.id("lang-zh")).click();
        browser.waiting(PAGE).until(d -> lang(d).startsWith("zh"));
        assertThat(page.findElement(By.id("org-name")).getText().trim()).isEqualTo(organisation);

        page.findElement(By.id("sign-out")).click();
        browser.waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(portal) && !d.findElements(By.id("landing"))
                .isEmpty());
        assertThat(page.findElements(By.id("sign-out"))).as("signed out").isEmpty();
        assertThat(page.findElements(By.id("sign-in"))).as("the landing page offers to sign in again").hasSize(1);

        // signed out at Keycloak too: the home page asks for the password again
        page.get(homeUrl);
        browser.waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(realm));
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
    }

    /**
     * Keycloak's login page in the market's theme: the market's name and mark, Chinese first; its language links
     * switch to English and back (Keycloak keeps the sign-in going: the links carry the login flow's own URL).
     */
    private void theMarketsSignInPageSwitchesLanguage(Browser browser, String username) {
        WebDriver page = browser.driver();
        String realm = market.keycloak() + "/realms/techmarket/";
        browser.waiting(PAGE).until(d -> d.getCurrentUrl().startsWith(realm));
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        assertThat(page.getCurrentUrl()).as("the real Keycloak authorization endpoint of the portal client, with PKCE")
                .contains("/protocol/openid-connect/auth").contains("client_id=techmarket-portal")
                .contains("code_challenge=");
        assertThat(lang(page)).isEqualTo("zh-cn");
        assertThat(page.findElement(By.id("tm-market-name")).getText()).isEqualTo("广西网上技术市场2.0");
        assertThat(page.findElement(By.cssSelector("#kc-header img.tm-logo")).getAttribute("src")).endsWith("/logo.svg");
        assertThat(page.findElement(By.id("kc-page-title")).getText()).isEqualTo("用户登录");
        assertThat(page.findElements(By.partialLinkText("忘记密码"))).as("忘记密码 offered").hasSize(1);
        // the market's blue, from the theme's stylesheet
        assertThat(page.findElement(By.id("kc-header")).getCssValue("background-color"))
                .isEqualTo("rgba(11, 79, 138, 1)");
        assertThat(page.findElement(By.id("kc-lang-zh-CN")).getAttribute("aria-current")).isEqualTo("true");

        page.findElement(By.id("kc-lang-en")).click();
        browser.waiting(PAGE).until(d -> lang(d).equals("en"));
        assertThat(page.findElement(By.id("tm-market-name")).getText())
                .isEqualTo("Guangxi Online Technology Market 2.0");
        assertThat(page.findElement(By.id("kc-page-title")).getText()).isEqualTo("Sign in");
        assertThat(page.findElements(By.partialLinkText("Forgot password"))).hasSize(1);
        assertThat(page.findElement(By.id("kc-lang-en")).getAttribute("aria-current")).isEqualTo("true");
        browser.screenshot("signin-keycloak-login-en-" + username);
        browser.accessible("keycloak-login-en");

        page.findElement(By.id("kc-lang-zh-CN")).click();
        browser.waiting(PAGE).until(d -> lang(d).equals("zh-cn"));
        assertThat(page.findElement(By.id("kc-page-title")).getText()).isEqualTo("用户登录");
        browser.screenshot("signin-keycloak-login-zh-" + username);
    }

    private static String lang(WebDriver driver) {
        String lang = driver.findElement(By.tagName("html")).getAttribute("lang");
        return lang == null ? "" : lang.toLowerCase(java.util.Locale.ROOT);
    }
}
