package gx.techmarket.catalogue.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultSearchTest {

    static final String HOLDER = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String READER = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);

    String mango;
    String redMud;
    String sugar;
    String draftMango;

    @BeforeEach
    void publishACatalogueOnce() {
        if (mango != null) {
            return;
        }
        mango = publish("芒果保鲜与冷链物流技术", "延长芒果货架期的气调保鲜方法。", "MODERN_AGRICULTURE", "451000");
        redMud = publish("赤泥提铁与建材化利用", "从赤泥中回收铁精矿，尾渣制砖。", "ALUMINIUM", "451000");
        sugar = publish("甘蔗制糖废蜜综合利用", "制糖副产物糖蜜发酵生产酵母。", "SUGAR", "450300");
        draftMango = create("芒果酒酿造工艺（草稿）", "芒果发酵酿酒。", "FOOD_PROCESSING", "450100");
    }

    @Test
    void twoCharacterChineseWordsFindTheResultsThatContainThem() {
        search(Map.of("q", "芒果")).body("items.id", hasItem(mango)).body("items.id", not(hasItems(redMud, sugar)));
        search(Map.of("q", "赤泥")).body("items.id", hasItem(redMud)).body("items.id", not(hasItems(mango, sugar)));
        search(Map.of("q", "制糖")).body("items.id", hasItem(sugar)).body("items.id", not(hasItems(mango, redMud)));
    }

    @Test
    void theSummaryIsSearchedToo() {
        search(Map.of("q", "糖蜜")).body("items.id", hasItem(sugar));
        search(Map.of("q", "铁精矿")).body("items.id", hasItem(redMud));
    }

    @Test
    void draftsNeverAppear() {
        search(Map.of("q", "芒果酒")).body("items.id", not(hasItem(draftMango)));
    }

    @Test
    void filtersNarrowTheResults() {
        search(Map.of("q", "芒果", "region", "450300")).body("items.id", not(hasItem(mango)));
        search(Map.of("industry", "ALUMINIUM")).body("items.industry", everyItem(equalTo("ALUMINIUM")))
                .body("items.id", hasItem(redMud));
        search(Map.of("region", "450300")).body("items.regionCode", everyItem(equalTo("450300")));
    }

    @Test
    void aQueryWithNothingToMatchFindsNothing() {
        search(Map.of("q", "量子计算机")).body("total", equalTo(0));
        search(Map.of("q", "，。")).body("total", equalTo(0));
    }

    @Test
    void theResultsFoundComeNewestOldestOrDearestFirstWithNegotiableLast() {
        String dear = publish("荔枝保鲜剂配方", "荔枝采后保鲜。", "MODERN_AGRICULTURE", "450100", "900000.00");
        String cheap = publish("荔枝干燥设备", "荔枝热泵干燥。", "MODERN_AGRICULTURE", "450100", "100000.00");
        String negotiable = publish("荔枝酒酿造工艺", "荔枝发酵酿酒。", "MODERN_AGRICULTURE", "450100", null);
        search(Map.of("q", "荔枝")).body("total", equalTo(3)).body("items.id", contains(negotiable, cheap, dear));
        search(Map.of("q", "荔枝", "sort", "oldest")).body("items.id", contains(dear, cheap, negotiable));
        search(Map.of("q", "荔枝", "sort", "amount")).body("items.id", contains(dear, cheap, negotiable));
        search(Map.of("q", "荔枝", "size", "1", "page", "2")).body("total", equalTo(3))
                .body("items.id", contains(dear));
    }

    @Test
    void pagesAreBounded() {
        search(Map.of("size", "1", "page", "0")).body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    private io.restassured.response.ValidatableResponse search(Map<String, String> query) {
        return given().auth().oauth2(READER).queryParams(new HashMap<>(query)).when().get("/results")
                .then().statusCode(200);
    }

    private String create(String title, String summary, String industry, String region) {
        return create(title, summary, industry, region, null);
    }

    /** A result at {@code price}, or 面议 when {@code null}. */
    private String create(String title, String summary, String industry, String region, String price) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", summary);
        body.put("industry", industry);
        body.put("maturity", "LAB");
        body.put("transferModes", List.of("JOINT_DEVELOPMENT"));
        body.put("priceNegotiable", price == null);
        if (price != null) {
            body.put("askingPrice", price);
        }
        body.put("regionCode", region);
        return given().auth().oauth2(HOLDER).contentType("application/json").body(body)
                .when().post("/results").then().statusCode(201).extract().path("id");
    }

    private String publish(String title, String summary, String industry, String region) {
        return publish(title, summary, industry, region, null);
    }

    private String publish(String title, String summary, String industry, String region, String price) {
        String id = create(title, summary, industry, region, price);
        given().auth().oauth2(HOLDER).when().post("/results/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE)).when().post("/results/" + id + "/approve")
                .then().statusCode(200);
        return id;
    }
}
