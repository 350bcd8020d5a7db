package gx.techmarket.bidding.evaluation;

import static io.restassured.RestAssured.given;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import java.util.List;
import java.util.Map;

/** The steps of the evaluation as a client takes them (used by the challenge tests as well). */
public final class Evaluate {

    private Evaluate() {}

    /** A method: price 40, 技术方案 40, 团队能力 20. */
    public static Map<String, Object> methodBody() {
        return Map.of("priceWeight", "40", "criteria", List.of(
                Map.of("nameZh", "技术方案", "nameEn", "Technical plan", "weight", "40"),
                Map.of("nameZh", "团队能力", "nameEn", "Team", "weight", "20")));
    }

    /** Sets {@link #methodBody()} on a challenge before its publication. */
    public static void method(String token, String challengeId) {
        given().auth().oauth2(token).contentType("application/json").body(methodBody())
                .when().put("/challenges/" + challengeId + "/evaluation-method").then().statusCode(200);
    }

    /** Opens the qualification after the deadline and qualifies every one of {@code bidIds}. */
    public static void qualifyAll(String operator, String challengeId, String... bidIds) {
        given().auth().oauth2(operator).when().post("/challenges/" + challengeId + "/qualification/open")
                .then().statusCode(200);
        for (String bid : bidIds) {
            given().auth().oauth2(operator).contentType("application/json").body(Map.of("qualified", true))
                    .when().post("/challenges/" + challengeId + "/qualification/bids/" + bid).then().statusCode(200);
        }
    }

    /** Draws a panel of three (with a fixed seed); the numbers (as in {@link #expert}) of the experts drawn. */
    public static List<Integer> panel(String operator, String challengeId) {
        List<String> drawn = given().auth().oauth2(operator).contentType("application/json")
                .body(Map.of("size", 3, "seed", 42))
                .when().post("/challenges/" + challengeId + "/panel").then().statusCode(200)
                .extract().jsonPath().getList("experts.expertId", String.class);
        return drawn.stream().map(id -> FakeDirectory.EXPERTS.stream().map(e -> e.expertId()).toList().indexOf(id) + 1)
                .toList();
    }

    /** A token of the expert account {@code expert.i}. */
    public static String expert(int i) {
        return Tokens.as(Role.EXPERT, Orgs.GXAS)
                .user(FakeDirectory.username(i), FakeDirectory.EXPERTS.get(i - 1).name()).build();
    }

    public static Map<String, Object> scoreBody(String plan, String team) {
        return Map.of("scores", List.of(Map.of("criterion", 1, "score", plan), Map.of("criterion", 2, "score", team)),
                "comment", "方案可行，团队具备相应能力。");
    }

    public static void score(String expert, String challengeId, String bidId, String plan, String team) {
        given().auth().oauth2(expert).contentType("application/json").body(scoreBody(plan, team))
                .when().post("/challenges/" + challengeId + "/bids/" + bidId + "/scores").then().statusCode(200);
    }

    /**
     * The whole evaluation of a closed challenge whose bids are {@code bidIds}, scored so that they rank in the order
     * given (the first the highest), whatever their prices: qualification, a panel of three (the experts the fake
     * directory draws), every expert scoring every bid.
     */
    public static void evaluated(String operator, String challengeId, String... bidIds) {
        qualifyAll(operator, challengeId, bidIds);
        for (int e : panel(operator, challengeId)) {
            for (int b = 0; b < bidIds.length; b++) {
                String s = String.valueOf(95 - 20 * b);
                score(expert(e), challengeId, bidIds[b], s, s);
            }
        }
    }
}
