package gx.techmarket.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre on the running market: a broker drafts a licence of 广西大学's published result in its
 * name, and 广西大学's user finds it among their unread notices (the registry's {@code ContractDrafted} through
 * Kafka to the notification service), with the unread count one higher, until they mark it read; nobody else can
 * mark it. An operator's 通知公告 is readable without signing in.
 */
@ExtendWith(MarketExtension.class)
class NotificationIT {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final String UNIVERSITY = "uni.gxu";
    private static final String OTHER_UNIVERSITY = "uni.guet";
    private static final String BUYER = "ent.liuzhou";
    private static final String BUYER_USCC = "91450200MA5L0PX62A";
    private static final String BUYER_NAME = "柳州汽车零部件有限公司";
    private static final String BROKER = "broker.gxttc";
    private static final String BROKER_NAME = "广西技术转移中心有限公司";
    private static final String ADMIN = "admin.gx";
    private static final String NOTIFICATION = "notification";

    private Market market;
    private Api api;

    @BeforeEach
    void connect(Market market) {
        this.market = market;
        this.api = new Api(market);
    }

    @Test
    void aContractDraftedInTheUniversitysNameReachesItsNotificationCentre() {
        String resultId = publishedResult();
        // the result's publication is itself a notice for its holder: wait for it, so the count below is settled
        await("the holder is told of the publication").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> unreadOf(UNIVERSITY, "RESULT_PUBLISHED", resultId) != null);
        int unreadBefore = unreadCount(UNIVERSITY);

        String contractId = brokeredLicence(resultId);

        AtomicReference<Map<String, Object>> found = new AtomicReference<>();
        await("the university is told of the draft").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    found.set(unreadOf(UNIVERSITY, "CONTRACT_DRAFTED", contractId));
                    return found.get() != null;
                });
        Map<String, Object> notice = found.get();
        assertThat(notice.get("link")).isEqualTo("/contracts/" + contractId);
        assertThat(notice.get("subjectType")).isEqualTo("CONTRACT");
        assertThat(notice.get("read")).isEqualTo(false);
        assertThat(notice.get("actions")).isEqualTo(List.of("read"));
        @SuppressWarnings("unchecked")
        Map<String, String> args = (Map<String, String>) notice.get("args");
        assertThat(args).containsEntry("counterparty", BUYER_NAME).containsEntry("broker", BROKER_NAME)
                .containsEntry("amount", "1200000.00");
        assertThat(unreadCount(UNIVERSITY)).isEqualTo(unreadBefore + 1);
        // the buyer is told too; the broker who drafted it is not
        await("the buyer is told of the draft").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> unreadOf(BUYER, "CONTRACT_DRAFTED", contractId) != null);
        assertThat(unreadOf(BROKER, "CONTRACT_DRAFTED", contractId)).isNull();

        String id = (String) notice.get("id");
        api.refused(api.as(OTHER_UNIVERSITY, NOTIFICATION).post("/notifications/" + id + "/read"), 404,
                "NOTIFICATION_NOT_FOUND", "another university marks 广西大学's notice");
        JsonPath read = api.post(UNIVERSITY, NOTIFICATION, "/notifications/" + id + "/read", null, 200);
        assertThat(read.getBoolean("read")).isTrue();
        assertThat(read.getList("actions")).isEmpty();
        assertThat(unreadCount(UNIVERSITY)).isEqualTo(unreadBefore);
        assertThat(unreadOf(UNIVERSITY, "CONTRACT_DRAFTED", contractId)).isNull();
    }

    @Test
    void anOperatorsNoticeIsOnThePublicFrontWithoutSigningIn() {
        JsonPath created = api.post(ADMIN, NOTIFICATION, "/announcements", Map.of("kind", "NOTICE",
                "title", "关于开展2026年度技术合同认定登记工作的通知", "body", "各有关单位：\n请于12月31日前完成年度登记。"), 201);
        String id = created.getString("id");
        JsonPath anonymous = given().baseUri(market.url(NOTIFICATION)).accept("application/json")
                .get("/public/announcements/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(anonymous.getString("title")).isEqualTo("关于开展2026年度技术合同认定登记工作的通知");
        assertThat(anonymous.getString("publisher.name")).isEqualTo("广西壮族自治区科学技术厅");
        assertThat(anonymous.getList("actions")).isEmpty();
    }

    private int unreadCount(String user) {
        return api.get(user, NOTIFICATION, "/notifications/unread-count", 200).getInt("unread");
    }

    /** The unread notice of {@code kind} about {@code subjectId} in {@code user}'s centre, or null. */
    private Map<String, Object> unreadOf(String user, String kind, String subjectId) {
        JsonPath page = api.get(user, NOTIFICATION, "/notifications?unread=true&size=100", 200);
        return Api.list(page, "items").stream()
                .filter(n -> kind.equals(n.get("kind")) && subjectId.equals(n.get("subjectId")))
                .findFirst().orElse(null);
    }

    private String publishedResult() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", "糖厂滤泥制备生物有机肥技术");
        result.put("summary", "以制糖滤泥为原料，经高温好氧发酵制备生物有机肥，已建成示范线。");
        result.put("industry", "SUGAR");
        result.put("maturity", "PILOT");
        result.put("trl", 6);
        result.put("transferModes", List.of("TRANSFER", "LICENSE"));
        result.put("askingPrice", "1200000.00");
        result.put("priceNegotiable", false);
        result.put("patents", List.of(Map.of("number", "ZL202310654321.0", "kind", "INVENTION", "status", "GRANTED")));
        result.put("regionCode", "450100");
        String id = api.post(UNIVERSITY, "catalogue", "/results", result, 201).getString("id");
        api.post(UNIVERSITY, "catalogue", "/results/" + id + "/submit", null, 200);
        assertThat(api.post(ADMIN, "catalogue", "/results/" + id + "/approve", null, 200).getString("status"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    private String brokeredLicence(String resultId) {
        Map<String, Object> draft = Map.of("resultId", resultId, "contractType", "LICENSE_PATENT",
                "buyer", Map.of("uscc", BUYER_USCC, "name", BUYER_NAME, "region", "450200"));
        AtomicReference<String> id = new AtomicReference<>();
        // the registry knows the result only from ResultPublished
        await("the registry learns the published result").atMost(EVENTS).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    var response = api.as(BROKER, "registry").body(draft).post("/contracts/brokered");
                    if (response.statusCode() == 404
                            && "RESULT_NOT_KNOWN".equals(response.jsonPath().getString("code"))) {
                        return false;
                    }
                    Api.expect(response, 201, "the broker drafts a licence");
                    id.set(response.jsonPath().getString("id"));
                    return true;
                });
        return id.get();
    }
}
