package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 我的揭榜, the bidder's workbench, clicked through in headless Chromium by 广西大学 (uni.gxu) on two challenges of
 * 广西桂糖集团's demands the operator published through the API: on the first (a day to its deadline) the university
 * bids through the challenge page, attaches a PDF on its bid's page, sees the bid invalidated by the operator's edit
 * (API) with the link to what changed, reconfirms it on the current version and then withdraws it; on the second (a
 * deadline half a minute ahead, so it is bid on first and the rest overlaps the wait) it bids, and after the real
 * deadline, the evaluation, the award and the
 * 揭榜协议 (API, {@link ChallengeSteps}) it reports the first milestone on the agreement page reached from its bid.
 * Only the portal's {@code data-testid}/{@code data-id}/{@code data-status} hooks are used.
 */
class PortalBidderIT extends PortalIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration PAGE = Duration.ofSeconds(90);
    private static final Duration EVENTS = Duration.ofSeconds(60);

    private static final String BIDDER = "uni.gxu"; // 广西大学
    private static final String BIDDER_NAME = "广西大学";
    private static final String DEMANDER = "ent.gxsugar"; // 广西桂糖集团, not affiliated with 广西大学
    private static final String ADMIN = "admin.gx";

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final List<String> steps = new ArrayList<>();
    private final Set<String> checked = new HashSet<>();
    private long t0;
    private long stepStart;
    private Api api;
    private Browser browser;
    private WebDriver page;
    private String current = "start";

    @Test
    void theBidderBidsReconfirmsWithdrawsAndReportsAMilestoneFromItsWorkbench() throws Exception {
        t0 = System.nanoTime();
        stepStart = t0;
        api = new Api(market);
        try (Browser b = new Browser("bidder")) {
            browser = b;
            page = b.driver();
            page.manage().timeouts().pageLoadTimeout(PAGE);
            try {
                walk();
            } catch (Exception | AssertionError failure) {
                failure.addSuppressed(new AssertionError("during " + current + "; screenshot: "
                        + b.evidence("failed-bidder")));
                throw failure;
            }
        } finally {
            String timings = String.join("; ", steps);
            market.timing("PortalBidderIT: " + timings);
            System.out.println("PortalBidderIT steps: " + timings);
        }
    }

    private void walk() throws Exception {
        List.of(BIDDER, DEMANDER, ADMIN).forEach(market::token);
        LocalDate today = LocalDate.now(CHINA);
        String editedDemand = publishDemand(today, "糖厂蔗渣锅炉烟气余热回收 " + tag);
        String awardedDemand = publishDemand(today, "制糖滤泥资源化利用 " + tag);
        for (String demand : List.of(editedDemand, awardedDemand)) {
            await("bidding learns the published demand").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                    .until(() -> api.as(ADMIN, "bidding").get("/demands/" + demand).statusCode() == 200);
        }
        String edited = publishChallenge(editedDemand, Instant.now().plus(Duration.ofDays(1)));
        Instant deadline = Instant.now().plusSeconds(30); // its bid comes first, about 7 s after (14 s on a loaded CI)
        String awarded = publishChallenge(awardedDemand, deadline);
        step("two challenges published through the API");

        // the bid that wins, first: its deadline is near
        signIn(BIDDER);
        String winningBid = bid(awarded, "300000.00");
        step("bid on the challenge to be awarded");
        String editedBid = bid(edited, "280000.00");
        step("bid on the challenge to be edited");

        // my bids: both, with their counts; the bid's page takes a PDF
        page.get(portal + "/bids/mine");
        present("my-bids");
        assertThat(myBidRow(winningBid).getAttribute("data-status")).isEqualTo("SUBMITTED");
        assertThat(myBidRow(editedBid).getText()).contains(BIDDER_NAME, "280,000.00 元");
        accessibleOnce("my-bids");
        myBidRow(editedBid).findElement(testid("my-bid-open")).click();
        detailOf("my-bid-detail", editedBid, "SUBMITTED");
        Path pdf = Files.createDirectories(Market.TARGET.resolve("bidder")).resolve("plan-" + tag + ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        find("bid-document-file").sendKeys(pdf.toAbsolutePath().toString());
        submit("bid-document-submit");
        detailOf("my-bid-detail", editedBid, "SUBMITTED");
        assertThat(find("bid-documents").getText()).contains("plan-" + tag + ".pdf");
        step("the bid's page took a PDF");

        // the operator edits the challenge (API): the bid is invalidated; the page says so and links the differences
        edit(edited);
        page.get(portal + "/bids/" + editedBid);
        detailOf("my-bid-detail", editedBid, "INVALIDATED");
        assertThat(find("bid-version-diff").getAttribute("href"))
                .endsWith("/challenges/" + edited + "/versions/diff?from=1&to=2");
        submit("reconfirm-bid");
        present("my-bids");
        assertThat(myBidRow(editedBid).getAttribute("data-status")).isEqualTo("RECONFIRMED");
        assertThat(api.get(BIDDER, "bidding", "/bids/" + editedBid, 200).getString("status")).isEqualTo("RECONFIRMED");
        step("invalidated by the edit, reconfirmed on the workbench");

        submitting(myBidRow(editedBid).findElement(testid("withdraw-bid")));
        present("my-bids");
        assertThat(myBidRow(editedBid).getAttribute("data-status")).isEqualTo("WITHDRAWN");
        assertThat(myBidRow(editedBid).findElements(testid("withdraw-bid"))).isEmpty();
        page.get(portal + "/bids/mine?status=WITHDRAWN");
        present("my-bids");
        assertThat(myBidRow(editedBid)).isNotNull();
        step("withdrawn on the workbench");

        // after the real deadline: qualification, panel, scores, award and 揭榜协议 through the API
        long wait = Duration.between(Instant.now(), deadline).toMillis() + 1_000;
        if (wait > 0) {
            current = "waiting for the bidding deadline";
            Thread.sleep(wait); // the one fixed wait: the bidding deadline is real time
        }
        step("the deadline passed (waited " + Math.max(0, wait / 1000) + " s)");
        ChallengeSteps challengeSteps = new ChallengeSteps(api);
        challengeSteps.evaluate(ADMIN, awarded, winningBid);
        assertThat(api.post(DEMANDER, "bidding", "/challenges/" + awarded + "/award", Map.of("bidId", winningBid), 200)
                .getString("status")).isEqualTo("AWARDED");
        challengeSteps.agree(BIDDER, DEMANDER, awarded, "300000.00", "200000.00", "100000.00", "20000.00",
                "40000.00");
        step("evaluated, awarded and agreed through the API");

        // the won bid leads to the agreement, where the first milestone is reported
        page.get(portal + "/bids/mine?status=SELECTED");
        present("my-bids");
        myBidRow(winningBid).findElement(testid("my-bid-open")).click();
        detailOf("my-bid-detail", winningBid, "SELECTED");
        click("bid-agreement");
        detailOf("agreement-detail", awarded, "SIGNED");
        assertThat(text("agreement-province-support")).isEqualTo("60,000.00 元");
        type("milestone-summary", "小试完成，余热回收率达到设计值。");
        submit("milestone-report-submit");
        detailOf("agreement-detail", awarded, "SIGNED");
        assertThat(find("milestone-report").getText()).contains("小试完成");
        JsonPath agreement = api.get(DEMANDER, "bidding", "/challenges/" + awarded + "/agreement", 200);
        assertThat(agreement.getString("milestones[0].status")).isEqualTo("REPORTED");
        assertThat(api.get(DEMANDER, "bidding", "/challenges/" + awarded, 200).getString("status"))
                .isEqualTo("MILESTONE_CHECK");
        step("the first milestone reported on the agreement page");
        signOut();
    }

    // ---------------------------------------------------------------------------------------------- the API

    private String publishDemand(LocalDate today, String title) {
        Map<String, Object> demand = new LinkedHashMap<>();
        demand.put("title", title);
        demand.put("problem", "蔗渣锅炉排烟温度高，需要一套可在榨季连续运行的余热回收方案。");
        demand.put("industry", "SUGAR");
        demand.put("budgetMin", "200000.00");
        demand.put("budgetMax", "500000.00");
        demand.put("deadline", today.plusDays(60).toString());
        demand.put("regionCode", "450100");
        demand.put("cooperationModes", List.of("COMMISSIONED_DEVELOPMENT"));
        String id = api.post(DEMANDER, "demand", "/demands", demand, 201).getString("id");
        api.post(DEMANDER, "demand", "/demands/" + id + "/submit", null, 200);
        api.post(ADMIN, "demand", "/demands/" + id + "/approve", null, 200);
        return id;
    }

    private String publishChallenge(String demandId, Instant deadline) {
        String id = api.post(ADMIN, "bidding", "/challenges", Map.of("demandId", demandId, "deadline",
                deadline.toString()), 201).getString("id");
        new ChallengeSteps(api).method(ADMIN, id);
        assertThat(api.post(ADMIN, "bidding", "/challenges/" + id + "/publish", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    /** The operator's edit of the published challenge: a new version; the bid on it is invalidated. */
    private void edit(String challengeId) {
        JsonPath challenge = api.get(ADMIN, "bidding", "/challenges/" + challengeId, 200);
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("title", challenge.getString("title"));
        revision.put("problem", "蔗渣锅炉排烟温度高，需要一套可在榨季连续运行、排烟温度降至 120 ℃ 以下的余热回收方案。");
        revision.put("deadline", challenge.getString("deadline"));
        revision.put("reason", "明确排烟温度指标。");
        api.as(ADMIN, "bidding").body(revision).put("/challenges/" + challengeId).then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------- the browser

    /** A bid through the challenge page's form (confirmed in its dialog); the bid's id from the workbench. */
    private String bid(String challengeId, String price) {
        page.get(portal + "/challenges/" + challengeId);
        detailOf("challenge-detail", challengeId, "PUBLISHED");
        present("bid-form");
        type("bid-price-input", price);
        type("bid-plan-summary", "余热锅炉改造与热管换热器方案，分三期实施。");
        type("bid-duration-months", "18");
        type("bid-team-name-0", "李明");
        type("bid-team-title-0", "教授");
        type("bid-team-role-0", "项目负责人");
        submit("bid-submit");
        detailOf("challenge-detail", challengeId, "PUBLISHED");
        JsonPath mine = api.get(BIDDER, "bidding", "/challenges/" + challengeId + "/bids", 200);
        List<String> ids = mine.getList("items.id", String.class);
        assertThat(ids).as("the bidder's own bid").hasSize(1);
        return ids.get(0);
    }

    private WebElement myBidRow(String bidId) {
        List<WebElement> found = page.findElements(By.cssSelector("#my-bids [data-testid=my-bid-row][data-id='"
                + bidId + "']"));
        assertThat(found).as("bid " + bidId + " on 我的揭榜").hasSize(1);
        return found.get(0);
    }

    private void signIn(String user) {
        current = user + " signs in";
        page.get(portal + "/home");
        browser.typeCredentials(market, user);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
        current = user;
    }

    private void signOut() {
        page.findElement(By.id("sign-out")).click();
        waiting().until(d -> d.getCurrentUrl().startsWith(portal) && !d.findElements(By.id("landing")).isEmpty());
    }

    private org.openqa.selenium.support.ui.WebDriverWait waiting() {
        return browser.waiting(PAGE);
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private WebElement find(String id) {
        return page.findElement(testid(id));
    }

    private WebElement present(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(testid(id)));
    }

    private String text(String id) {
        return find(id).getText().trim();
    }

    private void click(String id) {
        waiting().until(ExpectedConditions.elementToBeClickable(testid(id))).click();
    }

    private void submit(String id) {
        submitting(waiting().until(ExpectedConditions.elementToBeClickable(testid(id))));
    }

    /** Clicks a form's button, confirms its dialog if it asks, and waits until the page posted from is gone. */
    private void submitting(WebElement button) {
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

    private void type(String id, String value) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(value);
    }

    /** Waits for the detail page of this item in this state, with no problem shown; axe once per page and state. */
    private void detailOf(String main, String id, String status) {
        By selector = By.cssSelector("main[data-testid=" + main + "][data-id='" + id + "']");
        try {
            waiting().until(d -> {
                List<WebElement> found = d.findElements(selector);
                return !found.isEmpty() && status.equals(found.get(0).getAttribute("data-status"));
            });
        } catch (RuntimeException timeout) {
            List<WebElement> found = page.findElements(selector);
            throw new AssertionError(main + " " + id + " is not " + status + " but "
                    + (found.isEmpty() ? "not shown" : found.get(0).getAttribute("data-status")) + "; problems: "
                    + page.findElements(testid("problem")).stream()
                            .map(p -> p.getAttribute("data-code") + " " + p.getText()).toList(), timeout);
        }
        assertThat(page.findElements(testid("problem"))).extracting(p -> p.getAttribute("data-code") + " "
                + p.getText()).as("problems on " + main).isEmpty();
        accessibleOnce(main + "-" + status);
    }

    private void accessibleOnce(String name) {
        if (checked.add(name)) {
            browser.accessible("bidder-" + name);
            browser.screenshot("bidder-" + name);
        }
    }

    private void step(String what) {
        long now = System.nanoTime();
        steps.add(String.format(Locale.ROOT, "%s: %.1f s (at %.1f s)", what, (now - stepStart) / 1e9,
                (now - t0) / 1e9));
        stepStart = now;
        current = "after " + what;
        System.out.println("PortalBidderIT: " + steps.get(steps.size() - 1));
    }
}
