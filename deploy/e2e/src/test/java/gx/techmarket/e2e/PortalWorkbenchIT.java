package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's workbench signed in, on a desktop (1366 px) and a phone (390 px): the counts of what waits, each
 * linking to its full list; the list page with its pager; axe-core's WCAG 2.1 AA rules on each page; at 390 px no
 * horizontal scroll (document.documentElement.scrollWidth ≤ 390); screenshots under target/screenshots.
 */
class PortalWorkbenchIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;

    @ParameterizedTest(name = "{0}'s workbench")
    @CsvSource({
        "uni.gxu,           university, my-results",
        "ent.gxsugar,       enterprise, my-demands",
        "broker.gxttc,      broker,     my-contracts",
        "registrar.nanning, registrar,  registration-queue",
        "expert.gxas,       expert,     latest-results",
        "admin.gx,          admin,      result-review-queue",
    })
    void eachRoleSeesItsWorkbenchOnADesktopAndAPhone(String username, String role, String list) throws Exception {
        try (Browser browser = new Browser("workbench-" + username)) {
            try {
                browser.desktop().signIn(market, username);
                for (String size : List.of("desktop", "phone")) {
                    if (size.equals("phone")) {
                        browser.phone();
                    }
                    walk(browser, username, role, list, size);
                }
            } catch (Throwable failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-" + username)));
                throw failure;
            }
        }
    }

    private void walk(Browser browser, String username, String role, String list, String size) {
        WebDriver page = browser.driver();

        page.get(portal + "/home");
        WebElement home = browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
        assertThat(home.getAttribute("data-role")).contains(role);
        assertThat(page.findElements(By.cssSelector("[data-testid=problem], [data-testid=service-unavailable]")))
                .extracting(WebElement::getText).as(username + "'s workbench sections the portal could not load")
                .isEmpty();
        WebElement count = page.findElement(By.cssSelector("[data-testid=count-" + list + "]"));
        String counted = count.getAttribute("data-count");
        assertThat(counted).as("the count of " + list).matches("\\d+");
        check(browser, "workbench-" + username + "-" + size, size);

        count.click();
        browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("work-list")));
        assertThat(page.findElement(By.id("work-list")).getAttribute("data-list")).isEqualTo(list);
        assertThat(page.findElements(By.cssSelector("[data-testid=problem], [data-testid=service-unavailable]")))
                .extracting(WebElement::getText).as(list + " could not load").isEmpty();
        int rows = page.findElements(By.cssSelector("#" + list + " [data-testid$=-row]")).size();
        WebElement pager = page.findElement(By.cssSelector("#" + list + " [data-testid=pager]"));
        long total = Long.parseLong(pager.getAttribute("data-total"));
        assertThat(total).as(list + ": the workbench's count is the list's total")
                .isEqualTo(Long.parseLong(counted));
        if (rows > 0) {
            assertThat(pager.findElement(By.cssSelector("[data-testid=pager-range]")).getText())
                    .as(list + ": the range shown").isEqualTo("1–" + rows + " / " + total);
        }
        check(browser, "worklist-" + username + "-" + size, size);
    }

    /** axe-core, no horizontal scroll on the phone, a screenshot. */
    private void check(Browser browser, String name, String size) {
        browser.accessible(name);
        if (size.equals("phone")) {
            // no horizontal page scroll: the page is never wider than the viewport the phone window got (390 px
            // when Chromium honours the size; a headless Chromium window may stay at least 500 px wide)
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
            Number viewport = (Number) js.executeScript("return document.documentElement.clientWidth");
            assertThat(scroll.intValue()).as(name + ": no horizontal scroll on the phone (viewport " + viewport + " px)")
                    .isLessThanOrEqualTo(Math.max(390, viewport.intValue()));
        }
        browser.screenshot(name);
    }
}
