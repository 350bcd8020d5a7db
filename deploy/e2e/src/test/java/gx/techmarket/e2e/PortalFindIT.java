package gx.techmarket.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18's find-and-match path clicked through the portal in headless Chromium, at 1366 and 390 px, with axe-core's
 * WCAG 2.1 AA checks and screenshots: 桂林电子科技大学 imports its 剑麻 (sisal) results from an .xlsx made here (a wrong
 * file first: the errors by row and column next to the upload, nothing imported; then the clean file: 22 drafts),
 * submits them and the operator publishes them (one on its page, the rest by the API); the operator makes this
 * month's 成果目录 of 桂林 on demand and its .xlsx and PDF answer; a visitor and a signed-in enterprise search (a result
 * with a 500+ character summary, highlighting, a facet narrowing the list with its count, the next page by cursor, a
 * one-character query; a 1,000-character query and Lucene syntax answered on the page, never a 500); 南宁桂糖糖业
 * publishes a demand, sees the result suggested with its reasons on the demand's page and on 匹配推荐, expresses its
 * interest from there; the university sees the conversation and answers.
 *
 * <p>Only the portal's documented hooks are used ({@code data-testid}, {@code data-id}). Its organisations
 * (uni.guet's results, ent.gxsugar2's demand) and the word 剑麻 appear in no other test's listings, so the searches'
 * counts are the test's own rows plus nothing; the assertions still only compare what the pages show with each
 * other.
 */
class PortalFindIT extends PortalIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Longer than {@link Browser#PAGE}: on the shared 2-core box a Keycloak sign-in can take over 30 s. */
    private static final Duration PAGE = Duration.ofSeconds(90);
    private static final Duration EVENTS = Duration.ofSeconds(90);
    private static final Pattern RESULT_LINK = Pattern.compile("/results/([0-9a-f-]{36})$");

    private static final String UNIVERSITY = "uni.guet"; // 桂林电子科技大学, 450300
    private static final String UNIVERSITY_NAME = "桂林电子科技大学";
    private static final String ENTERPRISE = "ent.gxsugar2"; // 南宁桂糖糖业有限公司, 450103
    private static final String ADMIN = "admin.gx";
    private static final String REGION = "450300";
    private static final String REGION_LABEL = "桂林市（450300）";
    private static final String KEYWORD = "剑麻";
    /** Words of the lead result's title: the lead among the first hits (剑麻 alone ranks the short summaries first). */
    private static final String LEAD_WORDS = "剑麻纤维可降解包装";
    /** The import sheet's headers, in the template's order (services/catalogue ResultSheet): columns A to P. */
    private static final List<String> HEADERS = List.of("成果名称", "成果简介", "所属行业", "技术成熟度", "技术就绪度",
            "转化方式", "意向价格（元）", "面议", "所属分市场", "知识产权", "完成人", "联系人", "联系电话", "电子邮箱",
            "联系方式公开范围", "关键词");
    /** The lead result's 关键词 as the sheet gives them, and as its page shows them. */
    private static final String LEAD_KEYWORDS = "剑麻纤维；可降解包装；聚乳酸";
    /** The other 21 results of the clean file: what else a university's sisal research offers. */
    private static final List<String> TOPICS = List.of("剑麻皂素提取与纯化", "剑麻纤维生物脱胶", "剑麻麻渣有机肥发酵",
            "剑麻组培快繁育苗", "剑麻纤维增强摩擦材料", "剑麻叶片机械剥麻", "剑麻加工废水厌氧处理", "剑麻纤维地毯织造",
            "剑麻钢丝绳芯制备", "剑麻斑马纹病绿色防控", "剑麻纤维增强水泥板", "剑麻果胶提取", "剑麻纤维制浆造纸",
            "剑麻坡地抗旱种植", "剑麻纤维热压复合板", "剑麻高强绳索编织", "剑麻叶渣生物质炭", "剑麻纳米纤维素制备",
            "剑麻纤维汽车内饰件", "剑麻纤维土工布", "剑麻叶渣青贮饲料");

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String leadTitle = "剑麻纤维可降解包装材料制备技术 " + tag;
    private final String demandTitle = "剑麻纤维可降解包装材料规模化生产技术需求 " + tag;
    private final List<String> steps = new ArrayList<>();
    private final Set<String> checked = new HashSet<>();
    private long t0;
    private long stepStart;
    private Browser browser;
    private WebDriver page;
    private Api api;
    private String current = "start";

    @Test
    void resultsAreImportedFoundMatchedAndAnsweredThroughThePortal() throws Exception {
        t0 = System.nanoTime();
        stepStart = t0;
        api = new Api(market);
        try (Browser b = new Browser("find")) {
            browser = b;
            page = b.driver();
            page.manage().timeouts().pageLoadTimeout(PAGE);
            try {
                walk();
            } catch (Exception | AssertionError failure) {
                failure.addSuppressed(new AssertionError("during " + current + "; screenshot: "
                        + b.evidence("failed-find")));
                throw failure;
            }
        } finally {
            String timings = String.join("; ", steps);
            market.timing("PortalFindIT: " + timings);
            System.out.println("PortalFindIT steps: " + timings);
        }
    }

    private void walk() throws Exception {
        // 1. the university imports: a wrong file first, then the clean one; the drafts are submitted and published
        List<String> ids = importResults();
        String lead = ids.get(0);
        for (String id : ids) {
            api.post(UNIVERSITY, "catalogue", "/results/" + id + "/submit", null, 200);
        }
        for (String id : ids.subList(1, ids.size())) {
            api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200);
        }
        step("1 the other " + (ids.size() - 1) + " drafts submitted and approved by the API");

        // 2. the operator approves the lead result on its page and makes this month's 成果目录 of 桂林
        signIn(ADMIN);
        page.get(portal + "/results/" + lead);
        detailOf("result-detail", lead, "SUBMITTED");
        submit("result-approve");
        detailOf("result-detail", lead, "PUBLISHED");
        step("2 " + ADMIN + " published the lead result on its page");
        edition();
        signOut();
        step("2 the edition of " + REGION + " made, its .xlsx and PDF downloaded");

        // 3. a visitor searches on the public front
        publicSearch(lead, ids);
        step("3 the public front's search");

        // 4. the enterprise's demand, published; searched signed in; its suggestions; 表达意向 from them
        awaitKnownToMatching(lead);
        String demand = publishDemand();
        step("4 " + ENTERPRISE + "'s demand published");
        signIn(ENTERPRISE);
        signedInSearch(lead);
        step("4 the signed-in search");
        String interest = expressInterest(demand, lead);
        signOut();
        step("4 " + ENTERPRISE + " saw the suggestion with its reasons and expressed its interest");

        // 5. the university sees the conversation and answers
        signIn(UNIVERSITY);
        answer(interest);
        signOut();
        step("5 " + UNIVERSITY + " answered the expression of interest");
    }

    // ------------------------------------------------------------------------------------------------- import

    private List<String> importResults() throws IOException {
        List<List<String>> clean = new ArrayList<>();
        List<String> lead = new ArrayList<>(row(leadTitle, longSummary(), "新材料", "中试", "6", "转让；许可",
                "600000.00", REGION_LABEL, "韦明（桂林电子科技大学）；李华（桂林电子科技大学）", "韦工", "0773-2290123",
                "登录用户可见"));
        lead.set(HEADERS.indexOf("关键词"), LEAD_KEYWORDS);
        clean.add(lead);
        String[] maturities = {"小试", "中试", "产业化"};
        for (int i = 0; i < TOPICS.size(); i++) {
            String topic = TOPICS.get(i);
            clean.add(row(topic + "技术 " + tag, "桂林电子科技大学研究团队围绕" + topic + "开展研究，形成成套工艺与装备方案，"
                    + "可在广西剑麻主产区推广应用，带动剑麻产业链延伸。", i % 2 == 0 ? "现代农业" : "新材料",
                    maturities[i % 3], Integer.toString(4 + i % 4), "转让", (100000 + i * 10000) + ".00", REGION_LABEL,
                    "", "", "", ""));
        }
        List<List<String>> wrong = new ArrayList<>();
        wrong.add(row("剑麻纤维脱胶废液回用技术 " + tag, "脱胶废液经膜分离后回用，节水六成。", "新材料", "中试", "5", "转让",
                "300000.00", REGION_LABEL, "", "", "", ""));
        wrong.add(row("", "缺少成果名称的一行。", "新材料", "中试", "5", "转让", "300000.00", REGION_LABEL, "", "", "", ""));
        wrong.add(row("行业填错的成果 " + tag, "所属行业不在下拉列表中。", "钢铁", "中试", "5", "转让", "300000.00",
                REGION_LABEL, "", "", "", ""));
        wrong.add(row("价格填错的成果 " + tag, "意向价格有三位小数。", "新材料", "中试", "5", "转让", "300000.125",
                REGION_LABEL, "", "", "", ""));
        Path wrongFile = workbook("results-wrong-" + tag, wrong);
        Path cleanFile = workbook("results-clean-" + tag, clean);

        signIn(UNIVERSITY);
        home();
        click("result-import-link");
        present("import-form");
        accessibleOnce("import-page");

        // the wrong file: refused as a whole, each error by row and column next to the file field
        upload(wrongFile);
        WebElement refusal = present("import-refusal");
        assertThat(refusal.getAttribute("data-code")).isEqualTo("IMPORT_ROWS_INVALID");
        assertThat(find("import-file").getAttribute("aria-describedby")).isEqualTo("import-errors");
        assertThat(refusal.getAttribute("id")).isEqualTo("import-errors");
        assertThat((Boolean) js().executeScript("return arguments[0].closest('form') === arguments[1].closest('form');",
                refusal, find("import-file"))).as("the errors are shown in the upload's form").isTrue();
        List<String> cells = new ArrayList<>();
        for (WebElement error : refusal.findElements(By.cssSelector("[data-testid=import-row-errors] tbody tr"))) {
            cells.add(error.getAttribute("data-row") + error.getAttribute("data-column"));
            assertThat(error.findElements(By.tagName("td")).get(3).getText()).as("the message of " + cells)
                    .isNotBlank().matches(".*\\p{IsHan}.*");
        }
        assertThat(cells).as("the wrong rows' cells (the header is row 1)").contains("3A", "4C", "5G")
                .allMatch(c -> c.startsWith("3") || c.startsWith("4") || c.startsWith("5"));
        accessibleOnce("import-refused");
        browser.phone();
        assertFits("import-refused");
        // on a phone every table is a list of cards: each cell says which column it is
        assertThat(page.findElements(By.cssSelector("[data-testid=import-row-errors] tbody td")))
                .extracting(td -> td.getAttribute("data-label")).allSatisfy(l -> assertThat(l).isNotBlank());
        browser.accessible("find-import-refused-phone");
        browser.screenshot("find-import-refused-phone");
        browser.desktop();
        assertThat(api.get(UNIVERSITY, "catalogue", "/results/mine?size=100", 200).getList("items.title"))
                .as("nothing of the wrong file imported").doesNotContain(wrong.get(0).get(0));
        step("1 " + UNIVERSITY + "'s wrong file refused with " + cells.size() + " errors by row and column");

        // the clean file: 22 drafts, the lead first
        upload(cleanFile);
        WebElement imported = present("import-result");
        assertThat(imported.getAttribute("data-already")).isEqualTo("false");
        assertThat(page.findElements(By.cssSelector("[data-testid=import-refusal], [data-testid=problem]"))).isEmpty();
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (WebElement link : imported.findElements(By.cssSelector("[data-testid=import-drafts] a"))) {
            Matcher m = RESULT_LINK.matcher(link.getAttribute("href"));
            assertThat(m.find()).as(link.getAttribute("href")).isTrue();
            ids.add(m.group(1));
            titles.add(link.getText().trim());
        }
        assertThat(titles).hasSize(clean.size()).contains(leadTitle);
        accessibleOnce("import-done");
        // the drafts in the holder's order: the lead (row 2) first
        int leadAt = titles.indexOf(leadTitle);
        ids.add(0, ids.remove(leadAt));
        // the lead's page shows the imported contact, inventors and the whole summary
        page.get(portal + "/results/" + ids.get(0));
        detailOf("result-detail", ids.get(0), "DRAFT");
        assertThat(text("result-summary")).isEqualTo(longSummary());
        assertThat(text("result-keywords")).isEqualTo(LEAD_KEYWORDS.replace('；', '、'));
        signOut();
        step("1 " + UNIVERSITY + " imported " + ids.size() + " results from the clean file");
        return ids;
    }

    private void upload(Path file) {
        find("import-file").sendKeys(file.toString());
        submit("import-upload");
    }

    /** A row of the import sheet: the form's fields in the template's order, 面议 否, no IP, no e-mail, no 关键词. */
    private static List<String> row(String title, String summary, String industry, String maturity, String trl,
            String modes, String price, String region, String inventors, String contact, String phone,
            String visibility) {
        return List.of(title, summary, industry, maturity, trl, modes, price, "否", region, "", inventors, contact,
                phone, "", visibility, "");
    }

    /** The lead result's summary: over 500 Chinese characters, as a real one is. */
    private static String longSummary() {
        String text = "广西是我国剑麻主产区，剑麻纤维强度高、耐腐蚀，但长期主要用于绳索和地毯，附加值低。"
                + "本成果以剑麻纤维为增强体、以木薯淀粉和聚乳酸为基体，开发了可降解包装材料的成套制备技术。"
                + "首先采用生物酶与温和碱处理相结合的脱胶工艺，去除果胶和木质素，纤维残胶率降至百分之三以下，"
                + "同时保持纤维的长度与强度；其次通过硅烷偶联剂对纤维表面进行改性，提高纤维与基体的界面结合；"
                + "再以模压和热压两种方式成型，可生产缓冲衬垫、果蔬托盘、快递填充物和电子产品内衬等制品。"
                + "经检测，制品的抗压强度比同类纸浆模塑制品高约四成，吸水后强度保持率达到百分之七十五，"
                + "在自然堆肥条件下一百八十天内降解率超过百分之九十，符合国家关于可降解塑料制品的相关标准要求。"
                + "项目在桂林建成年产五百吨的中试线，连续运行半年，产品合格率稳定在百分之九十六以上，"
                + "吨产品综合能耗较传统发泡塑料工艺降低约三成，原料成本与纸浆模塑相当。"
                + "技术已申请发明专利三件，形成企业标准草案一项，培养技术骨干十余名。"
                + "本成果适用于剑麻加工企业、包装材料企业和农产品流通企业，可采用技术转让或许可方式合作，"
                + "成果持有单位可提供工艺包、设备选型、人员培训和投产调试等全过程技术服务，"
                + "协助企业在六至九个月内建成规模化生产线，并可根据用户产品需要开发专用配方与模具。"
                + "推广应用后，每万吨剑麻纤维可替代约一万五千吨一次性发泡塑料包装，减少白色污染，"
                + "并为剑麻种植户带来稳定的纤维收购渠道，带动地方剑麻产业提质增效。";
        assertThat(text.length()).as("the long summary's characters").isGreaterThan(500);
        return text;
    }

    /** An .xlsx of one sheet named as the template's (数据): the headers, then the rows, every cell a text. */
    private static Path workbook(String name, List<List<String>> rows) throws IOException {
        Path file = Files.createDirectories(Market.TARGET.resolve("find")).resolve(name + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("数据");
            List<List<String>> all = new ArrayList<>();
            all.add(HEADERS);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = all.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (!values.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    // ----------------------------------------------------------------------------------------------- editions

    private void edition() throws IOException {
        String period = YearMonth.now(CHINA).toString();
        page.get(portal + "/editions/manage");
        present("edition-form");
        accessibleOnce("edition-manage");
        click("edition-kind-results");
        setValue("edition-period-input", period);
        select("edition-scope-input", REGION);
        submit("edition-make");
        WebElement edition = waiting().until(ExpectedConditions.presenceOfElementLocated(
                testid("edition-results-" + period + "-" + REGION)));
        assertThat(page.findElements(testid("problem"))).extracting(WebElement::getText).isEmpty();
        accessibleOnce("editions");
        String xlsx = edition.findElement(testid("edition-xlsx")).getAttribute("href");
        String pdf = edition.findElement(testid("edition-pdf")).getAttribute("href");

        Response sheet = given().redirects().follow(false).get(xlsx);
        assertThat(sheet.statusCode()).as("GET " + xlsx).isEqualTo(200);
        byte[] bytes = sheet.asByteArray();
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    texts.add(format.formatCellValue(cell));
                }
            }
        }
        assertThat(texts).as("the 成果目录's cells").anySatisfy(t -> assertThat(t).contains(leadTitle))
                .anySatisfy(t -> assertThat(t).contains(TOPICS.get(0) + "技术 " + tag));
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith(UNIVERSITY_NAME));

        Response document = given().redirects().follow(false).get(pdf);
        assertThat(document.statusCode()).as("GET " + pdf).isEqualTo(200);
        assertThat(document.contentType()).startsWith("application/pdf");
        assertThat(new String(document.asByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    // ------------------------------------------------------------------------------------------------- search

    private void publicSearch(String lead, List<String> ids) {
        // the catalogue's index follows its commits (ResultPublished, within 2 s): the search waits for all of them
        current = "the public front's search";
        await("the imported results in the search").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    page.get(portal + "/market/results?q=" + encode(KEYWORD));
                    return total() >= ids.size();
                });

        // from the front page's box: the lead (its summary over 500 characters) found and highlighted
        page.get(portal + "/");
        present("front-search-q").sendKeys(LEAD_WORDS);
        submit("front-search-submit");
        present("market-search");
        WebElement hit = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#search-results [data-testid=public-result-row][data-id='" + lead + "']")));
        assertThat(hit.findElements(By.cssSelector(".hit-title mark"))).as("highlighted words in the lead's title")
                .isNotEmpty();
        assertThat(hit.findElements(By.cssSelector("[data-testid=public-result-summary] mark")))
                .as("highlighted words in the lead's long summary").isNotEmpty();
        accessibleOnce("market-search");

        // all results of the keyword: the next page by cursor
        page.get(portal + "/market/results?q=" + encode(KEYWORD));
        present("public-results");
        int total = total();
        assertThat(total).as("results of " + KEYWORD).isGreaterThanOrEqualTo(ids.size());
        List<String> first = hitIds();
        assertThat(first).hasSize(20);
        assertThat(find("pager-range").getText()).startsWith("1–20 / ");
        page.findElements(By.cssSelector("[data-testid=public-result-row] mark")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted word on the page"));
        accessibleOnce("market-results");
        browser.phone();
        assertFits("market-results");
        browser.accessible("find-market-results-phone");
        browser.screenshot("find-market-results-phone");
        browser.desktop();
        submit("search-next");
        assertThat(find("pager-range").getText()).startsWith("21–");
        List<String> second = hitIds();
        assertThat(second).as("the second page").isNotEmpty().doesNotContainAnyElementsOf(first);
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(both).as("the two pages hold every imported result").containsAll(ids);
        step("3 " + total + " results of " + KEYWORD + " on two pages by cursor");

        // a facet narrows the list to its count
        WebElement pilot = find("facet-maturity-PILOT");
        int pilotCount = count(pilot);
        assertThat(pilotCount).isPositive().isLessThan(total);
        pilot.click();
        submit("search-facets-apply");
        assertThat(total()).as("the total once filtered by 中试").isEqualTo(pilotCount);
        assertThat(find("facet-maturity-PILOT").isSelected()).isTrue();
        assertThat(hitIds()).hasSize(Math.min(pilotCount, 20)).contains(lead);
        for (WebElement facts : page.findElements(By.cssSelector("[data-testid=public-result-row] .hit-facts"))) {
            assertThat(facts.getText()).contains("中试");
        }
        accessibleOnce("market-results-filtered");
        browser.screenshot("find-market-results-filtered");

        // a one-character query
        page.get(portal + "/market/results?q=" + encode("麻"));
        present("public-results");
        assertThat(total()).as("results of 麻").isGreaterThanOrEqualTo(ids.size());
        assertThat(page.findElements(By.cssSelector("[data-testid=public-result-row] mark"))).extracting(
                WebElement::getText).anySatisfy(m -> assertThat(m).contains("麻"));

        // a problem in plain words that no result says as a whole: the results with some of its words, marked
        // (ADR 0036)
        page.get(portal + "/market/results?q=" + encode(KEYWORD + "种植户收入太低怎么办"));
        present("search-partial");
        assertThat(page.findElements(By.cssSelector("[data-testid=public-result-row][data-partial=true]")))
                .as("partial hits").isNotEmpty();
        assertThat(page.findElements(testid("partial-match"))).isNotEmpty();

        // bad input: the answer on the page next to the words, with the catalogue's status, never a 500
        String tooLong = "剑麻纤维".repeat(250);
        String longUrl = portal + "/market/results?q=" + encode(tooLong);
        assertThat(plain(longUrl).statusCode()).as("GET of a 1,000-character query")
                .isEqualTo(400);
        page.get(longUrl);
        WebElement error = present("problem");
        assertThat(error.getAttribute("data-code")).isEqualTo("QUERY_TOO_LONG");
        assertThat(error.getAttribute("id")).isEqualTo("q-error");
        assertThat(error.getText()).matches(".*\\p{IsHan}.*");
        assertThat(find("public-filter-q").getAttribute("aria-describedby")).isEqualTo("q-error");
        assertThat(find("public-filter-q").getAttribute("aria-invalid")).isEqualTo("true");
        accessibleOnce("market-results-refused");
        String lucene = "title:剑麻 AND (summary:纤维 OR \"包装\"~2)^3 -地毯 * ?";
        String luceneUrl = portal + "/market/results?q=" + encode(lucene);
        assertThat(plain(luceneUrl).statusCode()).as("GET of Lucene syntax")
                .isEqualTo(200);
        page.get(luceneUrl);
        present("public-total");
        assertThat(page.findElements(testid("problem"))).isEmpty();
        assertThat(find("public-filter-q").getAttribute("value")).isEqualTo(lucene);
    }

    private void signedInSearch(String lead) {
        current = ENTERPRISE + " searches";
        home();
        find("home-search-q").sendKeys(LEAD_WORDS);
        submit("home-search-submit");
        present("public-results");
        assertThat(page.getCurrentUrl()).contains("/market/results");
        assertThat(page.findElements(By.id("sign-out"))).as("still signed in").isNotEmpty();
        assertThat(total()).isPositive();
        assertThat(page.findElements(testid("facet-industry-NEW_MATERIALS"))).isNotEmpty();
        assertThat(page.findElements(By.cssSelector("[data-testid=public-result-row] mark"))).isNotEmpty();
        accessibleOnce("market-results-signed-in");
        WebElement link = page.findElement(By.cssSelector("[data-testid=public-result-row][data-id='" + lead
                + "'] [data-testid=public-result-link]"));
        assertThat(link.getText()).isEqualTo(leadTitle);
    }

    // ------------------------------------------------------------------------------------------ match, interest

    /** The matching service learns a result from ResultPublished: a demand published before would not see it. */
    private void awaitKnownToMatching(String result) {
        current = "awaiting the result in the matching service";
        await("the matching service knows the lead result").atMost(EVENTS).pollInterval(Duration.ofMillis(500))
                .until(() -> api.as(ENTERPRISE, "matching").get("/listings/" + result + "/interest")
                        .statusCode() == 200);
    }

    private String publishDemand() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", demandTitle);
        body.put("problem", "我司拟利用广西剑麻纤维生产可降解包装材料（缓冲衬垫、果蔬托盘），替代一次性发泡塑料，"
                + "需要剑麻纤维脱胶、表面改性与模压成型的成套制备技术，要求已完成中试。");
        body.put("industry", "NEW_MATERIALS");
        body.put("budgetMin", "300000.00");
        body.put("budgetMax", "1000000.00");
        body.put("deadline", LocalDate.now(CHINA).plusDays(60).toString());
        body.put("regionCode", "450100");
        body.put("cooperationModes", List.of("TRANSFER"));
        String id = api.post(ENTERPRISE, "demand", "/demands", body, 201).getString("id");
        api.post(ENTERPRISE, "demand", "/demands/" + id + "/submit", null, 200);
        api.post(ADMIN, "demand", "/demands/" + id + "/approve", null, 200);
        return id;
    }

    private String expressInterest(String demand, String lead) {
        current = ENTERPRISE + " awaits the suggestions on the demand's page";
        WebElement suggestion = await("the lead result suggested on the demand's page").atMost(EVENTS)
                .pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                    page.get(portal + "/demands/" + demand);
                    detailOf("demand-detail", demand, "PUBLISHED");
                    return page.findElement(By.cssSelector("[data-testid=demand-matches] "
                            + "[data-testid=match-suggestion][data-id='" + lead + "']"));
                }, s -> s != null);
        assertThat(suggestion.findElement(testid("match-suggestion-title")).getText()).isEqualTo(leadTitle);
        assertThat(Integer.parseInt(suggestion.getAttribute("data-score"))).isBetween(1, 100);
        List<String> reasons = suggestion.findElements(testid("match-reason")).stream().map(WebElement::getText)
                .toList();
        assertThat(reasons).as("the reasons in plain language").isNotEmpty()
                .allSatisfy(r -> assertThat(r).matches(".*\\p{IsHan}.*"));
        accessibleOnce("demand-matches");
        browser.phone();
        assertFits("demand-matches");
        browser.accessible("find-demand-matches-phone");
        browser.screenshot("find-demand-matches-phone");
        browser.desktop();

        // 匹配推荐: the same suggestion under the demand
        page.get(portal + "/matches");
        WebElement match = present("matches").findElement(By.cssSelector("[data-testid=match-row][data-id='" + demand
                + "']"));
        WebElement same = match.findElement(By.cssSelector("[data-testid=match-suggestion][data-id='" + lead + "']"));
        assertThat(same.findElements(testid("match-reason"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(reasons);
        accessibleOnce("matches");

        // 表达意向 from the suggestion
        same.findElement(testid("match-express-interest")).click();
        present("interest-form");
        assertThat(text("interest-listing")).contains(leadTitle);
        accessibleOnce("interest-start");
        find("interest-message").sendKeys("我司有意引进剑麻纤维包装材料技术，请介绍中试线运行情况和许可条件。");
        submit("interest-send");
        WebElement conversation = present("interest");
        String id = conversation.getAttribute("data-id");
        assertThat(conversation.getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(text("interest-listing-link")).isEqualTo(leadTitle);
        assertThat(page.findElements(testid("interest-text"))).extracting(WebElement::getText)
                .contains("我司有意引进剑麻纤维包装材料技术，请介绍中试线运行情况和许可条件。");
        accessibleOnce("interest-sent");
        // the suggestion now leads to the open conversation
        page.get(portal + "/demands/" + demand);
        detailOf("demand-detail", demand, "PUBLISHED");
        assertThat(page.findElement(By.cssSelector("[data-testid=demand-matches] [data-testid=match-suggestion]"
                + "[data-id='" + lead + "'] [data-testid=match-open-interest]")).getAttribute("href"))
                .endsWith("/interests/" + id);
        return id;
    }

    private void answer(String interest) {
        current = UNIVERSITY + " answers";
        page.get(portal + "/interests?role=received");
        WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=interest-row][data-id='" + interest + "']")));
        assertThat(row.getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(row.getText()).contains(leadTitle).contains("南宁桂糖糖业有限公司");
        accessibleOnce("interests-received");
        browser.phone();
        assertFits("interests-received");
        browser.accessible("find-interests-received-phone");
        browser.screenshot("find-interests-received-phone");
        browser.desktop();
        row.findElement(By.cssSelector("a[href='/interests/" + interest + "']")).click();
        WebElement conversation = present("interest");
        assertThat(conversation.getAttribute("data-id")).isEqualTo(interest);
        assertThat(conversation.getAttribute("data-side")).isEqualTo("OWNER");
        String reply = "欢迎来桂林考察中试线，可提供工艺包与培训。";
        find("interest-text-input").sendKeys(reply);
        submit("interest-write");
        waiting().until(d -> d.findElements(testid("interest-text")).stream().anyMatch(t -> t.getText().equals(reply)));
        assertThat(page.findElements(testid("interest-entry"))).hasSizeGreaterThanOrEqualTo(2);
        accessibleOnce("interest-answered");
        assertThat(api.get(ENTERPRISE, "matching", "/interests/" + interest, 200).getList("messages.text"))
                .as("the enterprise's side of the conversation").contains(reply);
    }

    // ---------------------------------------------------------------------------------------------- the browser

    private int total() {
        return Integer.parseInt(find("public-total").getAttribute("data-total"));
    }

    private List<String> hitIds() {
        return page.findElements(testid("public-result-row")).stream().map(r -> r.getAttribute("data-id")).toList();
    }

    /** A facet option's count, shown beside its checkbox. */
    private static int count(WebElement checkbox) {
        String shown = checkbox.findElement(By.xpath("ancestor::label[1]")).findElement(By.className("count"))
                .getText().trim();
        assertThat(shown).as("an exact count").matches("\\d+");
        return Integer.parseInt(shown);
    }

    /** No page is wider than the phone's screen. */
    private void assertFits(String name) {
        Long width = (Long) js().executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as(() -> name + " at 390 px: its width (screenshot "
                + browser.screenshot("find-" + name + "-too-wide") + ")").isLessThanOrEqualTo(Browser.PHONE.getWidth());
    }

    /** A GET of an address as written (RestAssured would encode its %-escapes once more), not following redirects. */
    private static Response plain(String url) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get(url);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) page;
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

    private void home() {
        page.get(portal + "/home");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("home")));
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

    /**
     * Clicks a form's button (or a link) and waits until the page it was on is gone (the answer or the redirect's
     * page).
     */
    private void submit(String id) {
        WebElement button = waiting().until(ExpectedConditions.elementToBeClickable(testid(id)));
        js().executeScript("document.documentElement.setAttribute('data-e2e-posted-from', 'yes');");
        button.click();
        // an irreversible step asks first in its dialog (PortalFormsIT checks the dialog itself): confirm it
        List<WebElement> confirm = page.findElements(By.cssSelector("dialog[open] [data-testid=confirm-ok]"));
        if (!confirm.isEmpty()) {
            confirm.get(0).click();
        }
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(js().executeScript(
                "return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-e2e-posted-from');")));
    }

    private void select(String id, String value) {
        new Select(find(id)).selectByValue(value);
    }

    /** date, month and datetime-local inputs: typing depends on the browser's locale, so the value is set directly. */
    private void setValue(String id, String value) {
        WebElement input = find(id);
        js().executeScript("arguments[0].value = arguments[1];", input, value);
        assertThat(input.getAttribute("value")).isEqualTo(value);
    }

    /** Waits for the detail page of this item in this state, with no problem shown. */
    private void detailOf(String main, String id, String status) {
        By selector = By.cssSelector("main[data-testid=" + main + "][data-id='" + id + "']");
        waiting().until(d -> {
            List<WebElement> found = d.findElements(selector);
            return !found.isEmpty() && status.equals(found.get(0).getAttribute("data-status"));
        });
        assertThat(page.findElements(testid("problem"))).extracting(p -> p.getAttribute("data-code") + " "
                + p.getText()).as("problems on " + main).isEmpty();
        accessibleOnce(main + "-" + status);
    }

    /** axe-core on each kind of page the path reaches, once per page and state, with its screenshot kept. */
    private void accessibleOnce(String name) {
        if (checked.add(name)) {
            browser.accessible("find-" + name);
            browser.screenshot("find-" + name);
        }
    }

    private void step(String what) {
        long now = System.nanoTime();
        steps.add(String.format(Locale.ROOT, "%s: %.1f s (at %.1f s)", what, (now - stepStart) / 1e9,
                (now - t0) / 1e9));
        stepStart = now;
        current = "after " + what;
        System.out.println("PortalFindIT: " + steps.get(steps.size() - 1));
    }
}
