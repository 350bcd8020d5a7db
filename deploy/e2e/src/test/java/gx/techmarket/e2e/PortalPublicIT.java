package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The market as an anonymous visitor meets it, on a desktop (1366 px) and a phone (390 px): the public home with its
 * latest results, search, and a published result's own page with the invitation to sign in. axe-core's WCAG 2.1 AA
 * rules on each page, no horizontal scroll on the phone, screenshots kept under target/screenshots.
 */
class PortalPublicIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;
    private static final String TITLE = "木薯淀粉废渣制备可降解包装材料技术";

    @Test
    void anonymousVisitorBrowsesTheMarket() throws Exception {
        String resultId = publishedResult();
        try (Browser browser = new Browser("public")) {
            try {
                for (String size : List.of("desktop", "phone")) {
                    if (size.equals("desktop")) {
                        browser.desktop();
                    } else {
                        browser.phone();
                    }
                    walk(browser, size, resultId);
                }
            } catch (Throwable failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-public")));
                throw failure;
            }
        }
    }

    private void walk(Browser browser, String size, String resultId) {
        WebDriver page = browser.driver();

        page.get(portal + "/");
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("landing")));
        assertThat(page.findElements(By.id("sign-in"))).as("a visitor is invited to sign in").hasSize(1);
        assertThat(page.findElement(By.cssSelector("[data-testid=footer-host]")).getText())
                .contains("广西壮族自治区科学技术厅");
        assertThat(page.findElements(By.cssSelector("[data-testid=problem], [data-testid=service-unavailable]")))
                .extracting(WebElement::getText).as("parts of the public home the portal could not load").isEmpty();
        assertThat(page.findElements(By.cssSelector("#front-results [data-testid=public-result-link]")))
                .as("the latest published results").isNotEmpty();
        check(browser, "public-home-" + size);

        page.findElement(By.cssSelector("[data-testid=front-search-q]")).sendKeys("木薯");
        page.findElement(By.cssSelector("[data-testid=front-search-submit]")).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("market-search")));
        assertThat(page.findElements(By.cssSelector("#search-results [data-testid=public-result-row][data-id='"
                + resultId + "']"))).as("the result found by its keyword").hasSize(1);
        check(browser, "public-search-" + size);

        page.findElement(By.cssSelector("#search-results [data-testid=public-result-row][data-id='" + resultId
                + "'] [data-testid=public-result-link]")).click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("public-result")));
        assertThat(page.findElement(By.cssSelector("[data-testid=public-result-title]")).getText()).isEqualTo(TITLE);
        assertThat(page.findElement(By.cssSelector("[data-testid=public-result-price]")).getText())
                .contains("860,000.00 元", "86 万元");
        assertThat(page.findElement(By.cssSelector("[data-testid=public-sign-in]")).getAttribute("href"))
                .endsWith("/results/" + resultId);
        check(browser, "public-result-" + size);
    }

    /** axe-core, no horizontal scroll at 390 px, a screenshot. */
    private void check(Browser browser, String name) {
        browser.accessible(name);
        Number scroll = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.clientWidth");
        assertThat(scroll.intValue()).as(name + ": no horizontal scroll").isLessThanOrEqualTo(width.intValue());
        browser.screenshot(name);
    }

    /** A result published through the services' API, so the public front has something of its own to show. */
    private String publishedResult() {
        Api api = new Api(market);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", TITLE);
        result.put("summary", "以木薯淀粉加工废渣为原料，经改性与发泡制备可降解缓冲包装材料，已建成中试线。");
        result.put("industry", "NEW_MATERIALS");
        result.put("maturity", "PILOT");
        result.put("trl", 6);
        result.put("transferModes", List.of("TRANSFER"));
        result.put("askingPrice", "860000.00");
        result.put("priceNegotiable", false);
        result.put("patents", List.of());
        result.put("regionCode", "450100");
        JsonPath created = api.post("uni.gxu", "catalogue", "/results", result, 201);
        String id = created.getString("id");
        api.post("uni.gxu", "catalogue", "/results/" + id + "/submit", null, 200);
        api.post("admin.gx", "catalogue", "/results/" + id + "/approve", null, 200);
        return id;
    }
}
