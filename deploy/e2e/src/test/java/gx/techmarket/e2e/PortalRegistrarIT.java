package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registrar's main path in headless Chromium (issue 15): 广西大学 files a 技术开发（委托） contract with 桂林桂糖制糖
 * chosen in the directory picker, attaches the signed contract and files it; the 南宁 registrar finds it in the
 * workbench's queue, accepts it (the deadline appears), and registers it (the certificate is offered); a second
 * filing is refused with two grounds from the checklist and carries the stamp 未予登记. axe-core on each page.
 */
class PortalRegistrarIT extends PortalIT {

    private static final Duration PAGE = Duration.ofSeconds(90);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String SELLER = "uni.gxu";
    private static final String REGISTRAR = "registrar.nanning";
    private static final String BUYER_USCC = "91450300MA5KC7Q12L";
    private static final String BUYER_NAME = "桂林桂糖制糖有限公司";

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private Browser browser;
    private WebDriver page;

    @Test
    void theRegistrarAcceptsRegistersAndRefusesFilingsInTheWorkbench() throws Exception {
        try (Browser opened = new Browser("registrar-path")) {
            browser = opened.desktop();
            page = browser.driver();
            try {
                String registered = file("蔗糖清洁生产工艺委托开发合同 " + tag, "300,000.00");
                String refused = file("蔗渣饲料配方委托开发合同 " + tag, "120,000.00");

                signIn(REGISTRAR);
                page.get(portal + "/registrations/queue");
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("registration-workbench")));
                browser.accessible("registrar-queue");
                browser.screenshot("registrar-queue");
                queueRow(registered).findElement(testid("filing-link")).click();
                detailOf(registered, "SUBMITTED");
                submit("contract-accept");
                detailOf(registered, "ACCEPTED");
                WebElement deadline = find("contract-deadline");
                assertThat(deadline.getAttribute("data-due-on")).as("due date in working days")
                        .isGreaterThan(LocalDate.now(CHINA).toString());
                assertThat(page.findElements(testid("attachment-row"))).as("the signed contract").hasSize(1);
                browser.accessible("registrar-accepted");
                browser.screenshot("registrar-accepted");
                submit("contract-register");
                detailOf(registered, "REGISTERED");
                assertThat(text("contract-registration-number")).matches("\\d{12,16}");
                assertThat(text("contract-technology-transaction-amount")).isEqualTo("300,000.00 元");
                assertThat(find("contract-certificate").getAttribute("href"))
                        .endsWith("/registrations/" + registered + "/certificate.pdf");

                page.get(portal + "/registrations/queue");
                queueRow(refused).findElement(testid("filing-link")).click();
                detailOf(refused, "SUBMITTED");
                submit("contract-accept");
                detailOf(refused, "ACCEPTED");
                find("refuse-ground-SUBJECT_UNCLEAR").click();
                find("refuse-ground-PRICE_UNCLEAR").click();
                type("refuse-explanation", "标的与价款约定不明确");
                submit("contract-refuse-submit");
                detailOf(refused, "NOT_REGISTERED");
                assertThat(text("contract-stamp")).isEqualTo("未予登记");
                assertThat(page.findElements(testid("refusal-ground"))).extracting(g -> g.getAttribute("data-code"))
                        .containsExactlyInAnyOrder("SUBJECT_UNCLEAR", "PRICE_UNCLEAR");
                browser.accessible("registrar-refused");
                browser.screenshot("registrar-refused");
                signOut();
            } catch (Throwable failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + browser.evidence("failed-registrar-path")));
                throw failure;
            }
        }
    }

    /** 广西大学 files a commissioned development contract with its signed contract attached; its id. */
    private String file(String title, String total) throws Exception {
        signIn(SELLER);
        page.get(portal + "/registrations/new");
        waiting().until(ExpectedConditions.presenceOfElementLocated(testid("filing-form")));
        browser.accessible("filing-new");
        new Select(find("filing-type")).selectByValue("DEVELOPMENT_COMMISSIONED");
        type("filing-title", title);
        type("filing-subject", "蔗糖清洁生产工艺研究开发");
        type("filing-description", "受托方研究开发蔗糖清洁生产新工艺并交付工艺包。");
        setValue("filing-signed-on", LocalDate.now(CHINA).minusDays(3).toString());
        type("filing-total", total);
        type("details-deliverable", "蔗糖清洁生产工艺包及中试报告");
        find("counterparty-source-directory").click();
        type("counterparty-query", BUYER_USCC);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "[data-testid=counterparty-options] [role=option][data-uscc='" + BUYER_USCC + "']"))).click();
        assertThat(text("counterparty-chosen")).contains(BUYER_NAME);
        submit("filing-save");
        String id = detail("DRAFT");

        Path pdf = Files.createTempFile("signed-contract", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        new Select(find("attachment-kind")).selectByValue("SIGNED_CONTRACT");
        find("attachment-file").sendKeys(pdf.toAbsolutePath().toString());
        submit("attachment-upload");
        detailOf(id, "DRAFT");
        assertThat(page.findElements(testid("attachment-row"))).hasSize(1);

        submit("contract-submit");
        detailOf(id, "SUBMITTED");
        signOut();
        return id;
    }

    private WebElement queueRow(String id) {
        List<WebElement> rows = page.findElements(By.cssSelector(
                "#registration-queue-list [data-testid=filing-row][data-id='" + id + "']"));
        assertThat(rows).as("filing " + id + " in the registrar's queue").hasSize(1);
        return rows.get(0);
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

    private String detail(String status) {
        WebElement detail = waiting().until(d -> {
            List<WebElement> problems = d.findElements(testid("problem"));
            if (!problems.isEmpty()) {
                throw new AssertionError("refused: " + problems.get(0).getAttribute("data-code") + " "
                        + problems.get(0).getText());
            }
            List<WebElement> found = d.findElements(By.cssSelector("main[data-testid=contract-detail]"));
            return found.isEmpty() ? null : found.get(0);
        });
        assertThat(detail.getAttribute("data-status")).isEqualTo(status);
        return detail.getAttribute("data-id");
    }

    private void detailOf(String id, String status) {
        By selector = By.cssSelector("main[data-testid=contract-detail][data-id='" + id + "']");
        waiting().until(d -> {
            List<WebElement> found = d.findElements(selector);
            return !found.isEmpty() && status.equals(found.get(0).getAttribute("data-status"));
        });
        assertThat(page.findElements(testid("problem"))).extracting(p -> p.getAttribute("data-code") + " "
                + p.getText()).as("problems on the contract's page").isEmpty();
    }

    /** Clicks a button that posts, confirms its dialog if it asks, and waits for the next page. */
    private void submit(String id) {
        WebElement button = waiting().until(ExpectedConditions.elementToBeClickable(testid(id)));
        JavascriptExecutor js = (JavascriptExecutor) page;
        js.executeScript("document.documentElement.setAttribute('data-e2e-posted-from', 'yes');");
        button.click();
        List<WebElement> confirm = page.findElements(By.cssSelector("dialog[open] [data-testid=confirm-ok]"));
        if (!confirm.isEmpty()) {
            confirm.get(0).click();
        }
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-e2e-posted-from');")));
    }

    private WebDriverWait waiting() {
        return browser.waiting(PAGE);
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private WebElement find(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(testid(id)));
    }

    private String text(String id) {
        return find(id).getText().trim();
    }

    private void type(String id, String value) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(value);
    }

    private void setValue(String id, String value) {
        WebElement input = find(id);
        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
