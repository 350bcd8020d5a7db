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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 统计分析 in the portal, in headless Chromium (issue 19): a contract registered at 南宁 reaches the operator's
 * dashboard, whose charts ECharts draws from their tables (the Content-Security-Policy lets nothing else run); the
 * operator drills from the province into 南宁 and into the contracts behind a row, and reads 南宁's counties on a 390-px
 * phone without sideways scrolling; anyone reads the year's 市场统计 on the public front at both widths, naming nobody.
 * The pages pass axe (WCAG 2.1 AA). (A city operator's scope: StatisticsIT.)
 */
class PortalStatisticsIT extends PortalIT {

    private static final Duration PAGE = Duration.ofSeconds(90);
    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String SELLER = "uni.gxu";
    private static final String REGISTRAR = "registrar.nanning";
    private static final String BUYER_USCC = "91450300MA5KC7Q12L"; // 桂林桂糖制糖
    private static final String ADMIN = "admin.gx";

    private Browser browser;
    private WebDriver page;

    @Test
    void theOperatorSeesTheMarketInChartsAndTablesAndDrillsDownToTheContracts() throws Exception {
        Api api = new Api(market);
        LocalDate today = LocalDate.now(CHINA);
        String number = registered(api, today, "蔗渣纤维素提取技术秘密转让合同", "260000.00");
        await("the statistics hear of " + number).atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.list(api.get(ADMIN, "statistics", "/statistics/contracts/list?size=100", 200),
                        "items").stream().anyMatch(c -> number.equals(c.get("registrationNumber"))));

        try (Browser opened = new Browser("statistics")) {
            browser = opened.desktop();
            page = browser.driver();
            signIn(ADMIN);
            page.findElement(testid("nav-statistics")).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("statistics")));
            drawn(5);
            assertThat(page.findElements(By.cssSelector("[data-testid=chart-places] canvas"))).as("a canvas")
                    .isNotEmpty();
            WebElement nanning = row("places", "450100");
            assertThat(nanning.getText()).contains("南宁市");
            assertThat(page.findElement(testid("excel-places")).getAttribute("href")).contains("contracts.xlsx?by=city");
            // the province's operators set targets here; the wide tables (subsidies, brokers) fit the page
            assertThat(page.findElements(testid("target-form"))).as("the province's target form").isNotEmpty();
            Number wide = (Number) ((JavascriptExecutor) page)
                    .executeScript("return document.documentElement.scrollWidth");
            Number desk = (Number) ((JavascriptExecutor) page)
                    .executeScript("return document.documentElement.clientWidth");
            assertThat(wide.intValue()).as("no sideways scrolling on the desktop").isLessThanOrEqualTo(desk.intValue());
            browser.accessible("statistics");
            browser.screenshot("statistics-desktop");

            // into the city: its counties
            nanning.findElement(testid("row-places-drill")).click();
            waiting().until(d -> d.getCurrentUrl().contains("region=450100"));
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("table-places")));
            assertThat(page.findElement(By.tagName("h1")).getText()).contains("南宁市");
            drawn(3);
            // into the contracts behind the city's first row
            page.findElements(testid("row-places-contracts")).get(0).click();
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("statistics-contracts")));
            waiting().until(d -> !d.findElements(By.cssSelector("[data-testid=contract-row][data-number='" + number
                    + "']")).isEmpty() || !d.findElements(testid("pager-next")).isEmpty());
            browser.accessible("statistics-contracts");
        }

        try (Browser opened = new Browser("statistics-phone")) {
            browser = opened.phone();
            page = browser.driver();
            signIn(ADMIN);
            page.get(portal + "/statistics?region=450100");
            waiting().until(ExpectedConditions.presenceOfElementLocated(testid("statistics")));
            drawn(3);
            assertThat(row("places", "450100").getText()).as("南宁, as precise as the directory has it").contains("南宁市");
            Number scroll = (Number) ((JavascriptExecutor) page)
                    .executeScript("return document.documentElement.scrollWidth");
            Number width = (Number) ((JavascriptExecutor) page)
                    .executeScript("return document.documentElement.clientWidth");
            assertThat(scroll.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(width.intValue());
            browser.accessible("statistics-phone");
            browser.screenshot("statistics-phone");
        }

        // 市场统计 on the public front, without signing in, at both widths: aggregates only
        for (boolean phone : List.of(false, true)) {
            try (Browser opened = new Browser("public-statistics")) {
                browser = phone ? opened.phone() : opened.desktop();
                page = browser.driver();
                page.get(portal + "/market/statistics");
                waiting().until(ExpectedConditions.presenceOfElementLocated(testid("public-statistics")));
                drawn(2);
                assertThat(Long.parseLong(page.findElement(testid("public-contracts-count")).getText().trim()))
                        .isPositive();
                assertThat(page.getPageSource()).doesNotContain(number).doesNotContain("广西大学");
                Number scroll = (Number) ((JavascriptExecutor) page)
                        .executeScript("return document.documentElement.scrollWidth");
                Number width = (Number) ((JavascriptExecutor) page)
                        .executeScript("return document.documentElement.clientWidth");
                assertThat(scroll.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(width.intValue());
                browser.accessible("public-statistics");
                browser.screenshot(phone ? "public-statistics-phone" : "public-statistics-desktop");
            }
        }
    }

    /** At least {@code charts} charts drawn by the module (figure[data-drawn]), with their canvas. */
    private void drawn(int charts) {
        waiting().until(d -> d.findElements(By.cssSelector("figure[data-drawn=true] canvas")).size() >= charts);
    }

    private WebElement row(String table, String key) {
        return waiting().until(d -> d.findElements(By.cssSelector("[data-testid=row-" + table + "][data-key='" + key
                + "']")).stream().findFirst().orElse(null));
    }

    /** A 转让 contract from 广西大学 to 桂林桂糖, filed, accepted and registered at 南宁; its registration number. */
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

    private WebDriverWait waiting() {
        return browser.waiting(PAGE);
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }
}
