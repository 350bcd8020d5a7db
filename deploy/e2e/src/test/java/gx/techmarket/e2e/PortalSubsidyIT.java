package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Subsidies in the portal, in headless Chromium (issue 16): an enterprise sees why it got nothing, clause by clause
 * — the rule, the facts with their source and the one that failed — and an operator finds the programme's budget,
 * granted, paid and remaining on the programme's page. Both pages pass axe (WCAG 2.1 AA).
 */
class PortalSubsidyIT extends PortalIT {

    private static final Duration PAGE = Duration.ofSeconds(90);
    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String SELLER = "uni.gxu";
    private static final String REGISTRAR = "registrar.nanning";
    private static final String BUYER = "ent.guilinsugar"; // 桂林桂糖制糖, not affiliated with 广西大学
    private static final String BUYER_USCC = "91450300MA5KC7Q12L";
    private static final String ADMIN = "admin.gx";
    private static final String PROVINCE_PROGRAMME = "RESULT_TRANSFORMATION_POST_SUBSIDY";

    private Browser browser;
    private WebDriver page;

    @Test
    void anEnterpriseSeesWhyItGotNothingAndTheOperatorSeesTheProgrammesBudget() throws Exception {
        Api api = new Api(market);
        LocalDate today = LocalDate.now(CHINA);
        // 技术交易额 50,000.00: below the province's minimum of 100,000.00 for the buyer's post-subsidy
        String number = registered(api, today, "甘蔗糖蜜酒精废液处理技术秘密转让合同", "50000.00");
        await("the buyer's refusal of " + number).atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.list(api.get(BUYER, "subsidy", "/entitlements/refusals/mine?size=100", 200), "items")
                        .stream().anyMatch(r -> number.equals(r.get("registrationNumber"))
                                && PROVINCE_PROGRAMME.equals(r.get("programmeCode"))));

        try (Browser opened = new Browser("subsidy-explained")) {
            browser = opened.desktop();
            page = browser.driver();
            signIn(BUYER);
            page.get(portal + "/subsidy");
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("subsidy-hub")));
            browser.accessible("subsidy-hub");
            page.get(portal + "/subsidy/refusals");
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("refusals")));
            WebElement row = waiting().until(d -> d.findElements(By.cssSelector("[data-testid=refusal-row]")).stream()
                    .filter(r -> r.getText().contains(number) && r.findElement(testid("refusal-reason"))
                            .getAttribute("data-reason").equals("BELOW_MINIMUM"))
                    .findFirst().orElse(null));
            browser.accessible("subsidy-refusals");
            row.findElement(testid("refusal-open")).click();

            WebElement detail = waiting().until(ExpectedConditions.presenceOfElementLocated(testid("refusal-detail")));
            List<WebElement> steps = detail.findElements(testid("explanation-step"));
            assertThat(steps).as("the refusal's clauses").hasSizeGreaterThanOrEqualTo(3);
            WebElement failed = steps.stream().filter(s -> "NOT_MET".equals(s.getAttribute("data-outcome")))
                    .findFirst().orElseThrow(() -> new AssertionError("no clause failed: " + detail.getText()));
            assertThat(failed.getAttribute("data-code")).isEqualTo("minimumBasis");
            assertThat(failed.findElement(testid("explanation-text")).getText())
                    .contains("50,000.00").contains("100,000.00").contains("低于");
            assertThat(steps).as("the facts the refusal rests on, with their source")
                    .anySatisfy(s -> assertThat(s.getAttribute("data-source")).isEqualTo("DIRECTORY"))
                    .anySatisfy(s -> assertThat(s.getAttribute("data-source")).isEqualTo("CONTRACT"));
            assertThat(detail.findElement(testid("refusal-reason")).getText()).isNotBlank();
            browser.accessible("subsidy-refusal");
            browser.screenshot("subsidy-refusal");

            signOut();
            signIn(ADMIN);
            page.get(portal + "/subsidy/programmes/" + PROVINCE_PROGRAMME + "/" + today.getYear());
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("programme-detail")));
            assertThat(text("programme-code")).contains(PROVINCE_PROGRAMME);
            assertThat(text("programme-budget")).contains("元");
            assertThat(text("programme-remaining")).contains("元");
            assertThat(page.findElements(testid("programme-close"))).as("the province may close its programme")
                    .isNotEmpty();
            browser.accessible("subsidy-programme");
            browser.screenshot("subsidy-programme");
        }
    }

    /** A 转让 contract from 广西大学 to the buyer, filed, accepted and registered at 南宁; its registration number. */
    private static String registered(Api api, LocalDate today, String title, String total) {
        Map<String, Object> filing = new LinkedHashMap<>();
        filing.put("contractType", "TRANSFER_TECHNICAL_SECRET");
        filing.put("title", title);
        filing.put("subject", title.replace("合同", ""));
        filing.put("description", "本合同约定" + title.replace("合同", "") + "的具体内容、技术指标、履行期限和验收标准，"
                + "双方对技术成果的权属、保密义务和违约责任作了明确约定。");
        filing.put("signedOn", today.toString());
        filing.put("totalContractAmount", total);
        filing.put("nonTechnicalItems", List.of());
        filing.put("counterparty", Map.of("uscc", BUYER_USCC));
        filing.put("inventorRewardShare", "70.00");
        filing.put("details", Map.of());
        String id = api.post(SELLER, "registry", "/contracts", filing, 201).getString("id");
        api.attachMissing(SELLER, id);
        api.post(SELLER, "registry", "/contracts/" + id + "/submit", Map.of("totalContractAmount", total,
                "nonTechnicalItems", List.of(), "signedOn", today.toString()), 200);
        api.post(REGISTRAR, "registry", "/contracts/" + id + "/accept", null, 200);
        return api.post(REGISTRAR, "registry", "/contracts/" + id + "/register", null, 200)
                .getString("registrationNumber");
    }

    private void signIn(String user) {
        page.get(portal + "/home");
        browser.typeCredentials(market, user);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
    }

    private void signOut() {
        page.findElement(By.id("sign-out")).click();
        waiting().until(d -> d.getCurrentUrl().startsWith(portal) && !d.findElements(By.id("landing")).isEmpty());
    }

    private WebDriverWait waiting() {
        return browser.waiting(PAGE);
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private String text(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(testid(id))).getText().trim();
    }
}
