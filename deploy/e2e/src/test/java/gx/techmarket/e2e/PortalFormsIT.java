package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One form as a user meets it, at 1366 px and at 390 px: the limits shown before typing, an error per field next to
 * it (a price typed together with 面议, no transfer mode), the language switch keeping the form and its errors, a
 * 2,000-character description saved and read back with a success message, and the confirmation dialog before an
 * irreversible step (提交审核): opened from the keyboard, closed with Escape and with 取消 without doing anything,
 * focus returned, then confirmed. axe-core on every page and dialog state; screenshots kept.
 */
class PortalFormsIT extends PortalIT {

    private static final Duration PAGE = Browser.PAGE;
    private static final Pattern RESULT_URL = Pattern.compile("/results/([0-9a-f-]{36})");
    private static final String SENTENCE = "以甘蔗渣为原料模压成型可降解餐具，耐热一百摄氏度，已完成中试并具备量产条件。";
    /** 2,000 characters: a realistic 成果简介, ten times what the form took before. */
    private static final String SUMMARY = SENTENCE.repeat(2000 / SENTENCE.length() + 1).substring(0, 2000);

    private Browser browser;
    private WebDriver page;

    @Test
    void aUniversityFillsTheResultFormAtDesktopAndPhoneWidth() throws Exception {
        try (Browser opened = new Browser("forms-uni.gxu")) {
            browser = opened;
            page = opened.driver();
            try {
                browser.signIn(market, "uni.gxu");
                browser.desktop();
                walk("desktop");
                browser.phone();
                walk("phone");
            } catch (Exception | AssertionError failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-forms")));
                throw failure;
            }
        }
    }

    /** 关键词 as a university types them: separated by a full-width comma and 、. */
    private static final String KEYWORDS = "蔗渣，可降解餐具、模压成型";

    private void walk(String width) {
        String title = "蔗渣基可降解餐具 " + width + " " + UUID.randomUUID().toString().substring(0, 8);

        // the empty form: every limit shown before typing
        page.get(portal + "/results/new");
        present("result-create-form");
        assertThat(text("counter-title")).isEqualTo("0 / 200");
        assertThat(text("counter-summary")).isEqualTo("0 / 5000");
        look("forms-new-" + width);

        // two mistakes: a price with 面议, and no transfer mode
        find("result-title").sendKeys(title);
        setText("result-summary", SUMMARY);
        assertThat(text("counter-summary")).isEqualTo("2000 / 5000");
        find("result-keywords").sendKeys(KEYWORDS);
        new Select(find("result-maturity")).selectByValue("PILOT");
        find("result-asking-price").sendKeys("880050.50");
        find("result-price-negotiable").click();
        submit("result-save");
        present("problem");
        assertNextTo("askingPrice", "面议");
        assertNextTo("transferModes", "必填");
        assertThat(text("problem-fields")).contains("挂牌价格", "转化方式");
        assertThat(find("result-title").getAttribute("value")).isEqualTo(title);
        look("forms-errors-" + width);

        // the language switch keeps what was typed, and the errors, now in English
        switchLanguage("lang-en");
        browser.waiting(PAGE).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(find("result-title").getAttribute("value")).isEqualTo(title);
        assertThat(find("result-summary").getAttribute("value")).isEqualTo(SUMMARY);
        assertThat(find("result-asking-price").getAttribute("value")).isEqualTo("880050.50");
        assertThat(find("result-keywords").getAttribute("value")).isEqualTo(KEYWORDS);
        assertNextTo("askingPrice", "negotiable");
        assertThat(text("problem-fields")).contains("Asking price", "Transfer modes");
        look("forms-english-" + width);
        switchLanguage("lang-zh");
        browser.waiting(PAGE).until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(find("result-summary").getAttribute("value")).isEqualTo(SUMMARY);

        // corrected and saved: the 2,000 characters read back exactly, and a success message
        find("result-price-negotiable").click();
        find("result-mode-TRANSFER").click();
        submit("result-save");
        present("result-submit");
        Matcher saved = RESULT_URL.matcher(page.getCurrentUrl());
        assertThat(saved.find()).as("the saved draft's page: " + page.getCurrentUrl()).isTrue();
        String id = saved.group(1);
        assertThat(text("flash")).contains("已保存");
        assertThat(text("result-summary")).isEqualTo(SUMMARY);
        assertThat(text("result-keywords")).isEqualTo("蔗渣、可降解餐具、模压成型");
        assertThat(new Api(market).get("uni.gxu", "catalogue", "/results/" + id, 200).getString("summary"))
                .isEqualTo(SUMMARY);
        look("forms-saved-" + width);

        // 提交审核 asks first: from the keyboard, Escape closes it, focus comes back, nothing is done
        WebElement submitButton = find("result-submit");
        ((JavascriptExecutor) page).executeScript("arguments[0].focus();", submitButton);
        submitButton.sendKeys(Keys.ENTER);
        WebElement dialog = openDialog();
        assertThat(dialog.getText()).contains("提交审核", title, "880,050.50 元", "捌拾捌万零伍拾元伍角");
        look("forms-confirm-" + width);
        page.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waiting(PAGE).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
        assertThat(page.switchTo().activeElement().getAttribute("data-testid")).as("focus returned")
                .isEqualTo("result-submit");
        // 取消 does nothing either
        find("result-submit").click();
        openDialog().findElement(By.cssSelector("[data-testid=confirm-cancel]")).click();
        browser.waiting(PAGE).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("dialog[open]"), 0));
        assertThat(new Api(market).get("uni.gxu", "catalogue", "/results/" + id, 200).getString("status"))
                .as("nothing done before the confirmation").isEqualTo("DRAFT");

        // confirmed: done, and said so
        find("result-submit").click();
        openDialog().findElement(By.cssSelector("[data-testid=confirm-ok]")).click();
        // the page posted from may go stale while it is being read: look again
        browser.waiting(PAGE).ignoring(StaleElementReferenceException.class).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-testid=result-detail]"), "data-status", "SUBMITTED"));
        assertThat(text("flash")).contains("已提交审核");
        assertThat(new Api(market).get("uni.gxu", "catalogue", "/results/" + id, 200).getString("status"))
                .isEqualTo("SUBMITTED");
        look("forms-submitted-" + width);
    }

    /** The error of one field: shown, and pointed at by its input (aria-describedby) when it has one input. */
    private void assertNextTo(String field, String says) {
        WebElement error = find("error-" + field);
        assertThat(error.isDisplayed()).as("the error of " + field + " is shown").isTrue();
        assertThat(error.getText()).contains(says);
        java.util.List<WebElement> input = page.findElements(By.id(field));
        if (!input.isEmpty()) {
            assertThat(input.get(0).getAttribute("aria-describedby")).as("the input of " + field
                    + " points at its error").contains(error.getAttribute("id"));
        }
    }

    /** The header's language link (behind a menu on a narrow layout, the link itself is what is pressed). */
    private void switchLanguage(String id) {
        WebElement link = page.findElement(By.id(id));
        if (link.isDisplayed()) {
            link.click();
        } else {
            ((JavascriptExecutor) page).executeScript("arguments[0].click();", link);
        }
    }

    private WebElement openDialog() {
        return browser.waiting(PAGE).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("dialog[open][data-testid=confirm-dialog]")));
    }

    private void look(String name) {
        browser.accessible(name);
        browser.screenshot(name);
    }

    /** Sets a long text at once (typing 2,000 characters key by key takes minutes) and tells the page it changed. */
    private void setText(String testid, String value) {
        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", find(testid), value);
    }

    /** Clicks a form's button and waits until the page it posted from is gone. */
    private void submit(String testid) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        js.executeScript("document.documentElement.setAttribute('data-e2e-posted-from', 'yes');");
        find(testid).click();
        browser.waiting(PAGE).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-e2e-posted-from');")));
    }

    private WebElement present(String testid) {
        return browser.waiting(PAGE).until(ExpectedConditions.presenceOfElementLocated(testid(testid)));
    }

    private WebElement find(String testid) {
        return page.findElement(testid(testid));
    }

    private String text(String testid) {
        return find(testid).getText().trim();
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }
}
