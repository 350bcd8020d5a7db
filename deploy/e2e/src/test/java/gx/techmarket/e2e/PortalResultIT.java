package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The first slice of the path clicked through the portal: a university's user writes a result in the portal's form,
 * saves and submits it; the province's operator opens it and approves it. The catalogue's own API then shows the
 * result published with what was typed, to the fen.
 */
class PortalResultIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;
    private static final Pattern RESULT_URL = Pattern.compile("/results/([0-9a-f-]{36})");

    @Test
    void aUniversityPublishesAResultThroughThePortal() throws Exception {
        String title = "蔗渣基可降解餐具成型工艺 " + UUID.randomUUID().toString().substring(0, 8);
        String id;
        try (Browser browser = new Browser("result-uni.gxu")) {
            id = evidenceOnFailure(browser, "result-university", () -> {
                WebDriver page = browser.driver();
                browser.signIn(market, "uni.gxu");
                page.findElement(By.cssSelector("[data-testid=result-create-link]")).click();
                browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=result-create-form]")));
                page.findElement(By.cssSelector("[data-testid=result-title]")).sendKeys(title);
                page.findElement(By.cssSelector("[data-testid=result-summary]"))
                        .sendKeys("以甘蔗渣为原料模压成型可降解餐具，已完成中试。");
                new Select(page.findElement(By.cssSelector("[data-testid=result-industry]"))).selectByValue("SUGAR");
                new Select(page.findElement(By.cssSelector("[data-testid=result-maturity]"))).selectByValue("PILOT");
                page.findElement(By.cssSelector("[data-testid=result-trl]")).sendKeys("6");
                page.findElement(By.cssSelector("[data-testid=result-mode-TRANSFER]")).click();
                page.findElement(By.cssSelector("[data-testid=result-mode-LICENSE]")).click();
                page.findElement(By.cssSelector("[data-testid=result-asking-price]")).sendKeys("880000.50");
                new Select(page.findElement(By.cssSelector("[data-testid=result-region]"))).selectByValue("450100");
                page.findElement(By.cssSelector("[data-testid=result-save]")).click();

                browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=result-submit]")));
                Matcher m = RESULT_URL.matcher(page.getCurrentUrl());
                assertThat(m.find()).as("the saved draft's page: " + page.getCurrentUrl()).isTrue();
                String resultId = m.group(1);
                assertThat(api().get("uni.gxu", "catalogue", "/results/" + resultId, 200).getString("status"))
                        .isEqualTo("DRAFT");
                page.findElement(By.cssSelector("[data-testid=result-submit]")).click();
                confirmInDialog(browser);
                browser.waiting(PAGE).until(d -> "SUBMITTED".equals(
                        api().get("uni.gxu", "catalogue", "/results/" + resultId, 200).getString("status")));
                return resultId;
            });
        }

        try (Browser browser = new Browser("result-admin.gx")) {
            evidenceOnFailure(browser, "result-admin", () -> {
                WebDriver page = browser.driver();
                browser.signIn(market, "admin.gx");
                assertThat(page.findElement(By.cssSelector("[data-testid=result-review-queue]")).getText())
                        .as("the operator's review queue").contains(title);
                page.get(portal + "/results/" + id);
                browser.waiting(PAGE).until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[data-testid=result-approve]"))).click();
                confirmInDialog(browser);
                browser.waiting(PAGE).until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("[data-testid=result-approve]")));
                return id;
            });
        }

        JsonPath published = api().get("admin.gx", "catalogue", "/results/" + id, 200);
        assertThat(published.getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.getString("title")).isEqualTo(title);
        assertThat(Api.money(published.getString("askingPrice"))).isEqualByComparingTo("880000.50");
        assertThat(published.getList("transferModes", String.class)).containsExactlyInAnyOrder("TRANSFER", "LICENSE");
        assertThat(published.getString("holder.uscc")).isEqualTo("124501004985024102");
    }

    private Api api() {
        return new Api(market);
    }

    /** An irreversible step asks first in its dialog (PortalFormsIT checks the dialog itself): confirm it. */
    private static void confirmInDialog(Browser browser) {
        browser.waiting(PAGE).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("dialog[open] [data-testid=confirm-ok]"))).click();
    }

    private interface Step {
        String run() throws Exception;
    }

    private static String evidenceOnFailure(Browser browser, String name, Step step) throws Exception {
        try {
            return step.run();
        } catch (Exception | AssertionError failure) {
            failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-" + name)));
            throw failure;
        }
    }
}
