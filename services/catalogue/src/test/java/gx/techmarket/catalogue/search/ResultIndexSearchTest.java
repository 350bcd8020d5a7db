package gx.techmarket.catalogue.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code GET /results/search} and {@code GET /public/results/search} on the search index (ADR 0030): Chinese
 * queries, facets, highlights, keyset pages, actions; the index following publication and withdrawal.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalogue"), scope = TestResourceScope.MATCHING_RESOURCES)
class ResultIndexSearchTest {

    static final String HOLDER = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
    static final String READER = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<Object> beans;

    String manganese;
    String harvest;
    String mill;
    String script;

    @BeforeEach
    void publishOnce() {
        if (manganese != null) {
            return;
        }
        manganese = publish("钪锰系正极材料低成本制备", "以钪锰矿为原料制备电池正极材料。", "NEW_MATERIALS", "451000", "80000.00",
                List.of("ZL202010123456.2"));
        harvest = publish("钪区甘蔗机械化收获技术", "适合丘陵钪区的甘蔗联合收获作业。", "SUGAR", "450300", "2000000.00", List.of());
        mill = publish("钪糖厂废水循环利用", "钪糖厂压榨季废水处理与回用。", "SUGAR", "450300", null, List.of());
        script = publish("钪<script>alert(1)</script>检测方法", "钪含量的快速检测 & 校准。", "NEW_MATERIALS", "451000", null,
                List.of());
    }

    @Test
    void chineseQueriesFindWhatTheOldSearchMissed() {
        publicSearch(Map.of("q", "锰")).body("items.result.id", contains(manganese));
        publicSearch(Map.of("q", "甘蔗收获")).body("items.result.id", hasItem(harvest))
                .body("items.result.id", not(hasItem(manganese)));
        publicSearch(Map.of("q", "制糖")).body("items.result.id", hasItem(mill))
                .body("items.result.id", not(hasItems(manganese, script)));
    }

    @Test
    void facetsAreCountedAndFilter() {
        publicSearch(Map.of("q", "钪")).body("total", equalTo(4)).body("totalExact", equalTo(true))
                .body("facets.industry.find { it.value == 'SUGAR' }.count", equalTo(2))
                .body("facets.city.find { it.value == '451000' }.count", equalTo(2))
                // a result's region is the province or a city (GuangxiRegion): no county yet
                .body("facets.county", empty())
                .body("facets.priceBand.find { it.value == 'NEGOTIABLE' }.count", equalTo(2))
                .body("facets.priceBand.find { it.value == 'BELOW_100K' }.count", equalTo(1))
                .body("facets.priceBand.find { it.value == 'FROM_1M_TO_5M' }.count", equalTo(1))
                .body("facets.patents.find { it.value == 'WITH' }.count", equalTo(1))
                .body("facets.patentStatus.find { it.value == 'GRANTED' }.count", equalTo(1))
                .body("facets.holderKind.find { it.value == 'UNIVERSITY' }.count", equalTo(4))
                .body("facetsExact", equalTo(true));
        publicSearch(Map.of("q", "钪", "industry", "SUGAR")).body("items.result.id", hasItems(harvest, mill))
                .body("total", equalTo(2));
        publicSearch(Map.of("q", "钪", "city", "451000")).body("items.result.id", hasItems(manganese, script))
                .body("total", equalTo(2));
        given().queryParam("q", "钪").queryParam("priceBand", "NEGOTIABLE").queryParam("priceBand", "BELOW_100K")
                .when().get("/public/results/search").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void highlightsAreHtmlSafe() {
        publicSearch(Map.of("q", "检测")).body("items.find { it.result.id == '" + script + "' }.highlights.title",
                equalTo("钪&lt;script&gt;alert(1)&lt;/script&gt;<em>检测</em>方法"))
                .body("items.find { it.result.id == '" + script + "' }.highlights.summary",
                        equalTo("钪含量的快速<em>检测</em> &amp; 校准。"));
    }

    @Test
    void pagesFollowByCursorAndTheCursorIsBoundToItsSearch() {
        ValidatableResponse first = publicSearch(Map.of("q", "钪", "size", "3", "sort", "newest"))
                .body("items.result.id", contains(script, mill, harvest)).body("nextCursor", notNullValue());
        String cursor = first.extract().path("nextCursor");
        publicSearch(Map.of("q", "钪", "size", "3", "sort", "newest", "cursor", cursor))
                .body("items.result.id", contains(manganese)).body("nextCursor", nullValue());
        given().queryParam("q", "锰").queryParam("cursor", cursor).when().get("/public/results/search").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("CURSOR_MISMATCH"));
        // cheapest first, 面议 last
        publicSearch(Map.of("q", "钪", "sort", "price")).body("items[0].result.id", equalTo(manganese))
                .body("items[1].result.id", equalTo(harvest)).body("items[2].result.priceNegotiable", equalTo(true));
    }

    @Test
    void signedInCallersSeeTheirActionsVisitorsNone() {
        given().auth().oauth2(HOLDER).queryParam("q", "锰").when().get("/results/search").then().statusCode(200)
                .body("items[0].result.actions", hasItem("withdraw"));
        given().auth().oauth2(READER).queryParam("q", "锰").when().get("/results/search").then().statusCode(200)
                .body("items[0].result.actions", empty());
        publicSearch(Map.of("q", "锰")).body("items[0].result.actions", empty());
        given().queryParam("q", "锰").when().get("/results/search").then().statusCode(401);
    }

    @Test
    void theOldListsSearchWordsThroughTheIndexToo() {
        given().auth().oauth2(READER).queryParam("q", "锰").when().get("/results").then().statusCode(200)
                .body("items.id", contains(manganese)).body("total", equalTo(1));
        given().queryParam("q", "钪").queryParam("region", "451000").when().get("/public/results").then()
                .statusCode(200).body("items.id", contains(script, manganese));
        given().queryParam("q", "钪").queryParam("sort", "amount").when().get("/public/results").then()
                .statusCode(200).body("items[0].id", equalTo(harvest)).body("items[1].id", equalTo(manganese))
                .body("items.priceNegotiable[2..3]", everyItem(equalTo(true)));
    }

    @Test
    void aWithdrawnResultIsGoneAtOnce() {
        String gone = publish("钪钒液流电池储能", "钒电池。", "NEW_MATERIALS", "450100", null, List.of());
        publicSearch(Map.of("q", "钒")).body("items.result.id", contains(gone));
        given().auth().oauth2(HOLDER).contentType("application/json").body("{}").when()
                .post("/results/" + gone + "/withdraw").then().statusCode(200);
        publicSearch(Map.of("q", "钒")).body("items", empty());
    }

    @Test
    void anEventReadsTheRowAgainAndAMalformedOneIsRefused() throws Exception {
        String row = publish("钪铌合金熔炼工艺", "铌。", "NEW_MATERIALS", "450100", null, List.of());
        publicSearch(Map.of("q", "铌")).body("items.result.id", contains(row));
        // another instance withdrew it: this instance has only the row and the event
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update result set status = 'WITHDRAWN' where id = ?")) {
            s.setObject(1, UUID.fromString(row));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Consumer<String> consumer = consumer();
        consumer.accept("{\"resultId\": \"" + row + "\", \"holderUscc\": \"x\"}");
        beans.select(ResultIndex.class).get().index().refresh();
        publicSearch(Map.of("q", "铌")).body("items", empty());
        // an event type the index does not know, without a result: skipped
        consumer.accept("{\"something\": 1}");
        assertThatThrownBy(() -> consumer.accept("not json")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> consumer.accept("{\"resultId\": \"not-a-uuid\"}"))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theHealthCheckShowsTheIndex() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.data.state", equalTo("READY"));
    }

    /** The instance's consumer of catalogue.results.v1, called as the connector would. */
    private Consumer<String> consumer() throws Exception {
        Class<?> type = Class.forName("gx.techmarket.catalogue.result.ResultIndexConsumer");
        Object bean = beans.select(type).get();
        var method = type.getDeclaredMethod("onResultEvent", String.class);
        assertThat(method.isAnnotationPresent(Incoming.class)).isTrue();
        method.setAccessible(true);
        return payload -> {
            try {
                method.invoke(bean, payload);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw (RuntimeException) e.getCause();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private ValidatableResponse publicSearch(Map<String, String> query) {
        return given().queryParams(new HashMap<>(query)).when().get("/public/results/search").then().statusCode(200);
    }

    private String publish(String title, String summary, String industry, String region, String price,
            List<String> patents) {
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
        body.put("patents", patents.stream()
                .map(n -> Map.of("number", n, "kind", "INVENTION", "status", "GRANTED")).toList());
        body.put("regionCode", region);
        String id = given().auth().oauth2(HOLDER).contentType("application/json").body(body)
                .when().post("/results").then().statusCode(201).extract().path("id");
        given().auth().oauth2(HOLDER).when().post("/results/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(PROVINCE).when().post("/results/" + id + "/approve").then().statusCode(200);
        return id;
    }
}
