package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.support.Fixtures;

/** Bodies the stubbed bidding service answers for the operator's and the proposer's pages. */
final class OpsFixtures {

    static final String CHALLENGE_ID = Fixtures.CHALLENGE_ID;
    static final String CALL_ID = "ca110000-1111-4222-8333-444455556666";
    static final String DRAFT_ID = "d4af0000-1111-4222-8333-444455556666";
    static final String DEMAND_ID = "de000000-1111-4222-8333-444455556666";
    static final String RESULT_ID = "4e500000-1111-4222-8333-444455556666";

    private OpsFixtures() {}

    /** A 技术攻关类 challenge proposed by 广西桂糖集团 with its content. */
    static String challenge(String id, String status, String extra, String... actions) {
        return """
                {"id":"%s","kind":"TECHNOLOGY_BREAKTHROUGH","demandId":"%s","resultId":null,"title":"甘蔗渣高值化利用揭榜",
                 "regionCode":"450100","demander":{"uscc":"91450100MA5K3B2L5H","name":"广西桂糖集团有限公司",
                 "kind":"ENTERPRISE","region":"450100","parentUscc":null},
                 "counterparty":{"uscc":"91450100MA5K3B2L5H","name":"广西桂糖集团有限公司","kind":"ENTERPRISE",
                 "region":"450100","parentUscc":null},
                 "problem":"蔗渣纤维强度不足。","goals":"拉伸强度提高30%%。","budgetMin":"1000000.00",
                 "budgetMax":"3000000.00","durationMonths":24,"field":"C13","proposed":true,
                 "deadline":"2026-12-31T16:00:00Z","status":"%s","biddingOpen":%s,"createdAt":"2026-11-01T02:00:00Z",
                 "version":3,%s"actions":%s}""".formatted(id, DEMAND_ID, status, "PUBLISHED".equals(status),
                extra == null ? "" : extra + ",", actions(actions));
    }

    /** A 成果转化类 challenge of 广西大学's result {@link Fixtures#RESULT_ID}. */
    static String transformation(String status, String... actions) {
        return """
                {"id":"%s","kind":"RESULT_TRANSFORMATION","demandId":null,"resultId":"%s","title":"赤泥建材成果转化",
                 "regionCode":"450000","holder":{"uscc":"124501004985024102","name":"广西大学","kind":"UNIVERSITY",
                 "region":"450100","parentUscc":null},"counterparty":{"uscc":"124501004985024102","name":"广西大学",
                 "kind":"UNIVERSITY","region":"450100","parentUscc":null},"problem":"赤泥制备免烧砖的产业化。",
                 "goals":"年产10万立方米。","budgetMin":"500000.00","budgetMax":null,"durationMonths":12,
                 "proposed":true,"deadline":"2026-12-31T16:00:00Z","status":"%s","biddingOpen":%s,
                 "createdAt":"2026-11-01T02:00:00Z","version":1,"actions":%s}""".formatted(CHALLENGE_ID,
                Fixtures.RESULT_ID, status, "PUBLISHED".equals(status), actions(actions));
    }

    static String call(String status, String... actions) {
        return """
                {"id":"%s","title":"2026年第二批揭榜挂帅榜单","regionCode":"450000",
                 "kinds":["TECHNOLOGY_BREAKTHROUGH","RESULT_TRANSFORMATION"],"opensAt":"2026-12-01T00:00:00Z",
                 "closesAt":"2027-01-31T09:00:00Z","minimumQualifiedBids":2,"supportShare":"0.125000",
                 "complaintPeriodDays":5,"status":"%s","challenges":1,"createdAt":"2026-11-20T02:00:00Z",
                 "publishedAt":null,"actions":%s}""".formatted(CALL_ID, status, actions(actions));
    }

    static String versions() {
        return """
                [{"number":1,"content":{"title":"甘蔗渣高值化利用揭榜","problem":"蔗渣纤维强度不足。","goals":null,
                  "budgetMin":"1000000.00","budgetMax":"2000000.00","durationMonths":24,
                  "deadline":"2026-12-10T16:00:00Z"},"changedFields":[],"reason":null,"editedBy":"admin.gx",
                  "editedAt":"2026-11-02T02:00:00Z","deadlineMoved":false},
                 {"number":2,"content":{"title":"甘蔗渣高值化利用揭榜","problem":"蔗渣纤维强度不足。","goals":null,
                  "budgetMin":"1000000.00","budgetMax":"3000000.00","durationMonths":24,
                  "deadline":"2026-12-13T02:00:00Z"},"changedFields":["budgetMax","deadline"],
                  "reason":"预算上调","editedBy":"admin.gx","editedAt":"2026-12-06T02:00:00Z","deadlineMoved":true}]""";
    }

    static String differences() {
        return """
                [{"field":"budgetMax","from":"2000000.00","to":"3000000.00"},
                 {"field":"deadline","from":"2026-12-10T16:00:00Z","to":"2026-12-13T02:00:00Z"}]""";
    }

    static String method() {
        return """
                {"challengeId":"%s","priceWeight":"30.00","criteria":[
                 {"number":1,"nameZh":"技术方案","nameEn":"Technical plan","weight":"50.00"},
                 {"number":2,"nameZh":"团队实力","nameEn":"Team","weight":"20.00"}],
                 "priceFormulaZh":"价格分＝100×最低价/报价","priceFormulaEn":"price score = 100 × lowest / price",
                 "totalFormulaZh":"总分＝加权平均","totalFormulaEn":"total = weighted mean",
                 "updatedAt":"2026-11-02T02:00:00Z","version":0,"actions":[]}""".formatted(CHALLENGE_ID);
    }

    static String actions(String... actions) {
        return actions.length == 0 ? "[]" : "[\"" + String.join("\",\"", actions) + "\"]";
    }
}
