package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 评审任务, the expert scoring page, in headless Chromium (issue 17): a 糖业 challenge of 广西桂糖 is built through the
 * API up to its panel (two universities bid, both qualified, three experts drawn who are affiliated with neither the
 * demander nor a bidder); then each drawn expert signs in with the demo login, finds the challenge from the home
 * tile, sees the method and the bids, and scores each bid through its form (confirmed in its dialog). Until the last
 * expert has scored nobody sees the ranking; after, the expert's page links to it and it follows the scores.
 */
class PortalScoringIT extends PortalIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Longer than {@link Browser#PAGE}: on the shared 2-core box a Keycloak sign-in can take over 30 s. */
    private static final Duration PAGE = Duration.ofSeconds(90);

    private static final String DEMANDER = "ent.gxsugar"; // 广西桂糖集团, 450100
    private static final String FIRST = "uni.gxu"; // 广西大学
    private static final String SECOND = "uni.guet"; // 桂林电子科技大学
    private static final String ADMIN = "admin.gx";

    private WebDriver page;
    private Browser browser;

    @Test
    void eachDrawnExpertScoresThroughTheScoringPageAndTheRankingAppearsAfterTheLast() throws Exception {
        Api api = new Api(market);
        List.of(DEMANDER, FIRST, SECOND, ADMIN).forEach(market::token);
        ScoringSteps steps = new ScoringSteps(api);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String demandId = steps.publishedDemand(DEMANDER, ADMIN, "糖蜜发酵废液资源化利用 " + tag, LocalDate.now(CHINA));
        Instant deadline = Instant.now().plusSeconds(12); // publication and two bids: about 2 s (4 s on a loaded CI)
        String challengeId = steps.publishedChallenge(ADMIN, demandId, deadline);
        String firstBid = steps.bid(FIRST, challengeId, "420000.00");
        String secondBid = steps.bid(SECOND, challengeId, "380000.00");
        long wait = Duration.between(Instant.now(), deadline).toMillis() + 1_000;
        if (wait > 0) {
            Thread.sleep(wait); // the one fixed wait: the bidding deadline is real time
        }
        List<String> experts = steps.qualifiedAndPanelDrawn(ADMIN, challengeId, firstBid, secondBid);

        try (Browser b = new Browser("scoring")) {
            browser = b;
            page = b.driver();
            page.manage().timeouts().pageLoadTimeout(PAGE);
            try {
                for (int e = 0; e < experts.size(); e++) {
                    boolean last = e == experts.size() - 1;
                    scoreAs(experts.get(e), challengeId, Map.of(firstBid, new String[] {"90", "88"},
                            secondBid, new String[] {"70.5", "75"}), e == 0);
                    if (!last) {
                        assertThat(find("scoring").getAttribute("data-all-scored")).isEqualTo("false");
                        api.refused(api.as(DEMANDER, "bidding").get("/challenges/" + challengeId + "/ranking"), 403,
                                "SCORES_SEALED", "the ranking before every expert scored");
                    } else {
                        rankingFollowsTheScores(firstBid, secondBid);
                    }
                    signOut();
                }
            } catch (Exception | AssertionError failure) {
                failure.addSuppressed(new AssertionError("screenshot: " + b.evidence("failed-scoring")));
                throw failure;
            }
        }
        JsonPath ranking = api.get(DEMANDER, "bidding", "/challenges/" + challengeId + "/ranking", 200);
        assertThat(ranking.getList("ranking.bidId")).containsExactly(firstBid, secondBid);
        assertThat(ranking.getList("ranking[0].sheets")).hasSize(3);
    }

    /** One expert: the home tile, the list, the challenge's page, a form per bid, each confirmed. */
    private void scoreAs(String expert, String challengeId, Map<String, String[]> scores, boolean checkPages) {
        browser.desktop().signIn(market, expert);
        WebElement tile = present("scoring-tile");
        assertThat(Integer.parseInt(tile.getAttribute("data-count"))).as(expert + "'s challenges to score")
                .isPositive();
        tile.click();
        WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=assignment-row][data-id='" + challengeId + "']")));
        assertThat(row.findElement(testid("assignment-left")).getText().trim()).isEqualTo("2");
        if (checkPages) {
            browser.accessible("scoring-assignments");
        }
        row.findElement(testid("assignment-link")).click();
        present("scoring");
        assertThat(page.findElements(testid("method-criterion"))).hasSize(2);
        assertThat(page.findElements(testid("score-bid"))).hasSize(2);
        assertThat(page.findElements(testid("own-sheet"))).as("no scores of the other experts").isEmpty();
        if (checkPages) {
            browser.accessible("scoring");
            browser.screenshot("scoring");
        }
        for (Map.Entry<String, String[]> bid : scores.entrySet()) {
            WebElement section = page.findElement(By.cssSelector("[data-testid=score-bid][data-id='" + bid.getKey()
                    + "']"));
            WebElement form = section.findElement(testid("score-form"));
            form.findElement(testid("score-input-1")).sendKeys(bid.getValue()[0]);
            form.findElement(testid("score-input-2")).sendKeys(bid.getValue()[1]);
            form.findElement(testid("score-comment")).sendKeys("技术路线清晰，团队经验充分。");
            submitting(form.findElement(testid("score-submit")));
            WebElement scored = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid=score-bid][data-id='" + bid.getKey() + "'] [data-testid=own-sheet]")));
            assertThat(scored.getText()).contains(bid.getValue()[0].contains(".") ? bid.getValue()[0]
                    : bid.getValue()[0] + ".00");
            assertThat(page.findElements(By.cssSelector("[data-testid=score-bid][data-id='" + bid.getKey()
                    + "'] [data-testid=score-form]"))).as("scored once: no form again").isEmpty();
            assertThat(page.findElements(testid("problem"))).extracting(p -> p.getAttribute("data-code"))
                    .as("problems after scoring").isEmpty();
        }
    }

    /** The last expert's page says every score is in and links to the ranking, which follows the scores. */
    private void rankingFollowsTheScores(String firstBid, String secondBid) {
        assertThat(find("scoring").getAttribute("data-all-scored")).isEqualTo("true");
        present("scoring-all-scored");
        find("ranking-link").click();
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> found = d.findElements(testid("ranked-row"));
            return found.size() == 2 ? found : null;
        });
        assertThat(rows.get(0).getAttribute("data-id")).isEqualTo(firstBid);
        assertThat(rows.get(1).getAttribute("data-id")).isEqualTo(secondBid);
        assertThat(rows.get(0).findElement(testid("ranked-total")).getText().trim()).matches("\\d+\\.\\d{2}");
        browser.accessible("ranking");
        browser.screenshot("ranking");
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

    private WebElement find(String id) {
        return page.findElement(testid(id));
    }

    private WebElement present(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(testid(id)));
    }

    /** Clicks a form's button, confirms its dialog, and waits until the page it posted from is gone. */
    private void submitting(WebElement button) {
        JavascriptExecutor js = (JavascriptExecutor) page;
        js.executeScript("document.documentElement.setAttribute('data-e2e-posted-from', 'yes');");
        button.click();
        List<WebElement> confirm = page.findElements(By.cssSelector("dialog[open] [data-testid=confirm-ok]"));
        assertThat(confirm).as("the scores are confirmed in a dialog first").hasSize(1);
        confirm.get(0).click();
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-e2e-posted-from');")));
    }
}
