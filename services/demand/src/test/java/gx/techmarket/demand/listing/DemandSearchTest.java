package gx.techmarket.demand.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandSearchTest {

    static final String READER = Tokens.of(Role.UNIVERSITY, Orgs.GXU);

    String redMud;
    String molasses;
    String wheelHub;
    String draft;
    String submitted;

    @BeforeEach
    void publishSomeDemandsOnce() {
        if (redMud != null) {
            return;
        }
        String baise = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        String sugar = Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR);
        String liuzhou = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        redMud = Requests.published(baise, Requests.demand("赤泥提铁技术", "从赤泥中回收铁精矿。", "ALUMINIUM", "451000"));
        molasses = Requests.published(sugar, Requests.demand("糖蜜酵母发酵", "提高糖蜜发酵效率。", "SUGAR", "450300"));
        wheelHub = Requests.published(liuzhou, Requests.demand("轮毂轻量化", "铝合金轮毂减重。", "AUTOMOTIVE", "450200"));
        draft = Requests.create(sugar, Requests.demand("甘蔗收割机改进（草稿）", "提高甘蔗收割效率。", "SUGAR", "450300"));
        submitted = Requests.submitted(sugar, Requests.demand("蔗渣造纸（待审核）", "蔗渣制浆。", "SUGAR", "450300"));
    }

    @Test
    void everySignedInUserSeesPublishedDemandsOnly() {
        search(Map.of("size", "100")).body("items.id", hasItems(redMud, molasses, wheelHub))
                .body("items.id", not(hasItem(draft))).body("items.id", not(hasItem(submitted)))
                .body("items.status", everyItem(equalTo("PUBLISHED")));
    }

    @Test
    void filtersNarrowTheList() {
        search(Map.of("industry", "SUGAR", "size", "100")).body("items.industry", everyItem(equalTo("SUGAR")))
                .body("items.id", hasItem(molasses)).body("items.id", not(hasItem(redMud)));
        search(Map.of("region", "451000", "size", "100")).body("items.regionCode", everyItem(equalTo("451000")))
                .body("items.id", hasItem(redMud)).body("items.id", not(hasItem(wheelHub)));
        search(Map.of("industry", "ALUMINIUM", "region", "450300")).body("items.id", not(hasItem(redMud)));
        search(Map.of("industry", "QUANTUM_COMPUTING")).body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void wordsFindTheDemandsWhoseTitleOrProblemContainsEachOfThem() {
        search(Map.of("q", "赤泥", "size", "100")).body("items.id", hasItem(redMud))
                .body("items.id", not(hasItem(molasses)));
        search(Map.of("q", "铝合金　减重", "size", "100")).body("items.id", hasItem(wheelHub))
                .body("items.id", not(hasItem(redMud)));
        search(Map.of("q", "铝合金 糖蜜")).body("total", equalTo(0));
        search(Map.of("q", "100%_!")).body("total", equalTo(0));
        given().queryParam("q", "糖蜜").queryParam("size", 100).when().get("/public/demands").then().statusCode(200)
                .body("items.id", hasItem(molasses)).body("items.id", not(hasItem(wheelHub)));
        given().queryParam("q", "蔗渣").queryParam("size", 100).when().get("/public/demands").then().statusCode(200)
                .body("items.id", not(hasItem(submitted)));
    }

    @Test
    void theNewestComesFirstAndPagesAreBounded() {
        // wheelHub was published last of the three
        search(Map.of("size", "1", "page", "0")).body("items.size()", equalTo(1)).body("size", equalTo(1))
                .body("page", equalTo(0));
        List<String> all = search(Map.of("size", "100")).extract().path("items.id");
        org.assertj.core.api.Assertions.assertThat(all.indexOf(wheelHub)).isLessThan(all.indexOf(molasses));
        org.assertj.core.api.Assertions.assertThat(all.indexOf(molasses)).isLessThan(all.indexOf(redMud));
        int total = search(Map.of("size", "2")).extract().path("total");
        search(Map.of("size", "2", "page", "1")).body("items.size()", lessThanOrEqualTo(2));
        search(Map.of("size", "2", "page", String.valueOf(total))).body("items.size()", equalTo(0))
                .body("total", equalTo(total));
    }

    private ValidatableResponse search(Map<String, String> query) {
        return given().auth().oauth2(READER).queryParams(new HashMap<>(query)).when().get("/demands")
                .then().statusCode(200);
    }
}
