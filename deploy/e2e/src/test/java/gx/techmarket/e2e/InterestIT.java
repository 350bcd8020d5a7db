package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 意向洽谈 through the running market (issue 18): a result published by 广西大学 reaches the matching service; 广西桂糖集团
 * expresses its interest, the university hears of it in its notification centre and answers, the group invites a
 * broker who hears of it and may start the registry's draft; nobody else sees the conversation; the province's
 * operator sees a count.
 */
@ExtendWith(MarketExtension.class)
class InterestIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String MATCHING = "matching";
    private static final String NOTIFICATION = "notification";
    private static final String ADMIN = "admin.gx";
    private static final String GXU = "uni.gxu";
    private static final String SUGAR_GROUP = "ent.gxsugar";
    private static final String SUGAR_GROUP_USCC = "91450100MA5K3B2L5H";
    private static final String BROKER = "broker.gxttc";
    private static final String BROKER_USCC = "91450100MA5P2D9E7A";
    private static final String OUTSIDER = "ent.baise";

    private Api api;

    @BeforeEach
    void connect(Market market) {
        this.api = new Api(market);
    }

    @Test
    void anInterestIsExpressedAnsweredBrokeredAndSeenOnlyByItsParties() {
        String result = publishResult("甘蔗糖厂蔗渣高值化利用技术（意向洽谈）");
        await("the matching service knows the result").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> api.as(SUGAR_GROUP, MATCHING).get("/listings/" + result + "/interest").statusCode() == 200);
        assertThat(api.get(SUGAR_GROUP, MATCHING, "/listings/" + result + "/interest", 200).getList("actions"))
                .containsExactly("express");

        String id = api.post(SUGAR_GROUP, MATCHING, "/interests",
                Map.of("listingId", result, "message", "我司糖厂有意引进该技术，请介绍中试情况。"), 201).getString("id");
        api.refused(api.as(SUGAR_GROUP, MATCHING).body(Map.of("listingId", result, "message", "再次表达"))
                .post("/interests"), 409, "INTEREST_ALREADY_OPEN", "a second open conversation");
        awaitNotice(GXU, id, "INTEREST_RECEIVED");

        api.post(GXU, MATCHING, "/interests/" + id + "/messages", Map.of("text", "欢迎来校考察。"), 200);
        awaitNotice(SUGAR_GROUP, id, "INTEREST_ANSWERED");

        JsonPath invited = api.post(SUGAR_GROUP, MATCHING, "/interests/" + id + "/broker",
                Map.of("brokerUscc", BROKER_USCC), 200);
        assertThat(invited.getString("broker.uscc")).isEqualTo(BROKER_USCC);
        awaitNotice(BROKER, id, "BROKER_INVITED");
        JsonPath asBroker = api.get(BROKER, MATCHING, "/interests/" + id, 200);
        assertThat(asBroker.getList("actions")).contains("write", "draftContract");
        assertThat(asBroker.getString("draft.resultId")).isEqualTo(result);
        assertThat(asBroker.getString("draft.buyerUscc")).isEqualTo(SUGAR_GROUP_USCC);

        api.refused(api.as(OUTSIDER, MATCHING).get("/interests/" + id), 404, "INTEREST_NOT_FOUND", "an outsider");
        List<Map<String, Object>> counts = api.get(ADMIN, MATCHING, "/interests/counts", 200).getList("$");
        assertThat(counts).anySatisfy(c -> assertThat(c).containsEntry("regionCode", "450100"));
    }

    private void awaitNotice(String user, String interestId, String kind) {
        await(user + " hears " + kind).atMost(EVENTS).pollInterval(Duration.ofMillis(500)).until(() ->
                api.get(user, NOTIFICATION, "/notifications?size=100", 200).getList("items.findAll { it.subjectId == '"
                        + interestId + "' }.kind").contains(kind));
    }

    private String publishResult(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "已完成中试，具备产业化条件，可转让或许可实施。");
        body.put("industry", "SUGAR");
        body.put("maturity", "PILOT");
        body.put("trl", 6);
        body.put("transferModes", List.of("TRANSFER", "LICENSE"));
        body.put("askingPrice", "900000.00");
        body.put("priceNegotiable", false);
        body.put("regionCode", "450100");
        String id = api.post(GXU, "catalogue", "/results", body, 201).getString("id");
        api.post(GXU, "catalogue", "/results/" + id + "/submit", null, 200);
        api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200);
        return id;
    }
}
