package gx.techmarket.portal.bidding.bid;

import gx.techmarket.portal.support.Fixtures;

/**
 * The bidding service's answers the bidder's workbench and the 揭榜协议 pages read: a bid of 广西大学 (with 广西科学院 as
 * consortium member), its documents, the challenge at a revision, and an agreement at each stage.
 */
public final class BidderFixtures {

    public static final String BID = "b1d00000-aaaa-4bbb-8ccc-0000000000b1";
    public static final String DOCUMENT = "d0c00000-aaaa-4bbb-8ccc-0000000000d1";

    private BidderFixtures() {}

    public static String bid(String id, String status, String... actions) {
        return """
                {"id":"%s","challengeId":"%s","bidder":{"uscc":"124501004985024102","name":"广西大学",
                 "kind":"UNIVERSITY","region":"450100","parentUscc":null},
                 "members":[{"uscc":"12450000498598577K","name":"广西科学院","kind":"INSTITUTE","region":"450100"}],
                 "price":"3600000.00","planSummary":"联合体揭榜方案。","durationMonths":24,
                 "team":[{"name":"李明","title":"教授","role":"项目负责人"}],"status":"%s","challengeVersion":1,
                 "submittedBy":"uni.gxu","submittedAt":"2026-11-03T02:00:00Z","reconfirmedAt":null,
                 "withdrawnAt":null,"decidedAt":null,"version":0,"actions":%s}"""
                .formatted(id, Fixtures.CHALLENGE_ID, status, list(actions));
    }

    /** The challenge at {@code revision} (its aggregate version 5), still taking bids. */
    public static String challenge(int revision) {
        return """
                {"id":"%s","kind":"TECHNOLOGY_BREAKTHROUGH","title":"甘蔗渣高值化利用揭榜","regionCode":"450100",
                 "deadline":"2026-12-31T16:00:00Z","status":"PUBLISHED","biddingOpen":true,"revision":%d,
                 "deadlineMoved":true,"version":5,"actions":[]}""".formatted(Fixtures.CHALLENGE_ID, revision);
    }

    public static String documents(boolean changeable) {
        return """
                {"items":[{"id":"%s","bidId":"%s","fileName":"技术方案.pdf","mediaType":"application/pdf",
                 "size":20480,"sha256":"ab","uploadedBy":"uni.gxu","uploadedAt":"2026-11-03T03:00:00Z",
                 "actions":%s}],"maxFileSize":20971520,"maxFiles":30,"mediaTypes":["application/pdf"],
                 "actions":%s}""".formatted(DOCUMENT, BID, changeable ? "[\"download\",\"delete\"]" : "[\"download\"]",
                changeable ? "[\"upload\"]" : "[]");
    }

    /** An agreement not drafted yet, offered to be drafted (or not). */
    public static String notDrafted(String... actions) {
        return """
                {"challengeId":"%s","kind":"TECHNOLOGY_BREAKTHROUGH","title":"甘蔗渣高值化利用揭榜",
                 "status":"NOT_DRAFTED","counterparty":%s,"winner":%s,"bidId":"%s",
                 "contractTypes":["DEVELOPMENT_COMMISSIONED"],"supportShare":"0.200000","milestones":[],
                 "actions":%s}""".formatted(Fixtures.CHALLENGE_ID, SUGAR, GXU, BID, list(actions));
    }

    /**
     * An agreement of 30万元 (enterprise 20万, university 10万), the province's 20 % = 6万 in two milestones, with the
     * first milestone in {@code first} status and its {@code milestoneActions}.
     */
    public static String agreement(String status, String first, String[] milestoneActions, String... actions) {
        return """
                {"id":"a9000000-0000-4000-8000-000000000001","challengeId":"%s","kind":"TECHNOLOGY_BREAKTHROUGH",
                 "title":"甘蔗渣高值化利用揭榜","status":"%s","counterparty":%s,"winner":%s,"bidId":"%s",
                 "contractTypes":["DEVELOPMENT_COMMISSIONED"],"contractType":"DEVELOPMENT_COMMISSIONED",
                 "totalInvestment":"300000.00","enterpriseShare":"200000.00","bidderShare":"100000.00",
                 "supportShare":"0.200000","provinceSupport":"60000.00","milestones":[
                 {"number":1,"title":"小试工艺验证","deliverables":"小试报告","dueDate":"2027-06-30",
                  "supportAmount":"20000.00","status":"%s","reportSummary":%s,"reportedAt":%s,"acceptedAt":%s,
                  "actions":%s},
                 {"number":2,"title":"中试线建成","deliverables":"中试线验收报告","dueDate":"2028-06-30",
                  "supportAmount":"40000.00","status":"PLANNED","actions":[]}],
                 "revision":2,"editedBy":"uni.gxu","counterpartyConfirmedAt":null,"winnerConfirmedAt":null,
                 "signedAt":%s,"updatedAt":"2026-12-01T02:00:00Z","actions":%s}"""
                .formatted(Fixtures.CHALLENGE_ID, status, SUGAR, GXU, BID, first,
                        "PLANNED".equals(first) ? "null" : "\"小试完成，余热回收率达到设计值。\"",
                        "PLANNED".equals(first) ? "null" : "\"2026-12-02T02:00:00Z\"",
                        "ACCEPTED".equals(first) ? "\"2026-12-03T02:00:00Z\"" : "null", list(milestoneActions),
                        "SIGNED".equals(status) ? "\"2026-12-01T03:00:00Z\"" : "null", list(actions));
    }

    private static final String SUGAR = """
            {"uscc":"91450100MA5K3B2L5H","name":"广西桂糖集团有限公司","kind":"ENTERPRISE","region":"450100"}""";
    private static final String GXU = """
            {"uscc":"124501004985024102","name":"广西大学","kind":"UNIVERSITY","region":"450100"}""";

    static String list(String... actions) {
        return actions.length == 0 ? "[]" : "[\"" + String.join("\",\"", actions) + "\"]";
    }
}
