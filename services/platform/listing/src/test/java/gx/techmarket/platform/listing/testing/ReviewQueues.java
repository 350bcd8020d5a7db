package gx.techmarket.platform.listing.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

/** What every listing service's review queue answers, checked over its HTTP API. */
public final class ReviewQueues {

    private ReviewQueues() {}

    /**
     * The queue at {@code path} as {@code operator} sees it, {@code earlier} and {@code later} having just been
     * submitted in that order (the last submissions it holds): its total counts every submission, not the page; it
     * serves the oldest first by default and the newest first when asked.
     */
    public static void assertCountsEverySubmissionOldestFirst(String operator, String path, String earlier,
            String later) {
        int total = given().auth().oauth2(operator).queryParam("size", 1).when().get(path)
                .then().statusCode(200).body("items.size()", equalTo(1)).extract().path("total");
        List<String> all = given().auth().oauth2(operator).queryParam("size", 100).when().get(path)
                .then().statusCode(200).extract().path("items.id");
        assertThat(all).hasSize(total);
        assertThat(all.indexOf(earlier)).isNotNegative().isLessThan(all.indexOf(later));
        given().auth().oauth2(operator).queryParams(Map.of("sort", "newest", "size", 2)).when().get(path)
                .then().statusCode(200).body("items.id", contains(later, earlier));
    }

    /**
     * The submission at {@code listing} (e.g. {@code /results/{id}}) lies outside {@code operator}'s sub-market: it
     * is not in the operator's queue at {@code queue}, and reading, approving and rejecting it are 404
     * {@code notFound}, as for a listing that does not exist.
     */
    public static void assertOutOfReach(String operator, String queue, String listing, String notFound) {
        String id = listing.substring(listing.lastIndexOf('/') + 1);
        given().auth().oauth2(operator).queryParam("size", 100).when().get(queue)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(operator).when().get(listing).then().statusCode(404).body("code", equalTo(notFound));
        given().auth().oauth2(operator).when().post(listing + "/approve").then().statusCode(404)
                .body("code", equalTo(notFound));
        given().auth().oauth2(operator).contentType("application/json").body(Map.of("reason", "不属于本分市场"))
                .when().post(listing + "/reject").then().statusCode(404).body("code", equalTo(notFound));
    }
}
