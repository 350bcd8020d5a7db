package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.support.Fixtures;

/** The bidding service's evaluation answers as it writes them (field names and formats from its views). */
final class EvaluationFixtures {

    static final String CHALLENGE = Fixtures.CHALLENGE_ID;
    static final String GXU_BID = "b1d00000-aaaa-4bbb-8ccc-0000000000e1";
    static final String ZJU_BID = "b1d00000-aaaa-4bbb-8ccc-0000000000e2";
    static final String COMPLAINT = "c0c0c0c0-aaaa-4bbb-8ccc-0000000000f1";

    static final String GXU = """
            {"uscc":"124501004985024102","name":"广西大学","kind":"UNIVERSITY","region":"450100","parentUscc":null}""";
    static final String ZJU = """
            {"uscc":"12330000470003281X","name":"浙江大学","kind":"UNIVERSITY","region":"330100","parentUscc":null}""";

    private EvaluationFixtures() {}

    static String actions(String... actions) {
        return actions.length == 0 ? "[]" : "[\"" + String.join("\",\"", actions) + "\"]";
    }

    static String method(String... actions) {
        return """
                {"challengeId":"%s","priceWeight":"40.00","criteria":[
                  {"number":1,"nameZh":"技术方案","nameEn":"Technical plan","weight":"40.00"},
                  {"number":2,"nameZh":"团队能力","nameEn":"Team","weight":"20.00"}],
                 "priceFormulaZh":"价格分：最低有效报价得100分","priceFormulaEn":"Price score: the lowest scores 100",
                 "totalFormulaZh":"总分 = 加权合计","totalFormulaEn":"Total = the weighted sum",
                 "updatedAt":"2026-11-01T02:00:00Z","version":1,"actions":%s}""".formatted(CHALLENGE,
                actions(actions));
    }

    static String assignments(String status, int scored, int left, boolean ranked, String... actions) {
        return """
                {"items":[{"challengeId":"%s","title":"甘蔗渣高值化利用揭榜","status":"%s","regionCode":"450100",
                 "panelDrawnAt":"2026-12-01T02:00:00Z","bids":2,"scored":%d,"left":%d,"ranked":%s,"actions":%s}],
                 "total":1,"page":0,"size":20}""".formatted(CHALLENGE, status, scored, left, ranked,
                actions(actions));
    }

    /** The scoring page: the GXU bid scored by the caller (when {@code scored}), the ZJU bid still to score. */
    static String scoring(boolean scored, boolean allScored) {
        String sheet = scored ? """
                {"bidId":"%s","expertId":"e2","expertName":"陆建华","scores":[{"criterion":1,"score":"95.00"},
                 {"criterion":2,"score":"90.00"}],"comment":"方案可行。","scoredAt":"2026-12-01T03:00:00Z"}"""
                .formatted(GXU_BID) : "null";
        return """
                {"challengeId":"%s","title":"甘蔗渣高值化利用揭榜","status":"EVALUATION","expertId":"e2","method":%s,
                 "bids":[
                  {"bidId":"%s","bidder":%s,"members":[],"price":"3800000.00","durationMonths":24,
                   "planSummary":"蔗渣模压成型中试。","team":[{"name":"李明","title":"教授","role":"项目负责人"}],
                   "sheet":%s,"actions":%s},
                  {"bidId":"%s","bidder":%s,"members":[],"price":"3500000.50","durationMonths":18,
                   "planSummary":"赤泥中试线改造。","team":[{"name":"王芳","title":"研究员","role":"技术负责人"}],
                   "sheet":null,"actions":%s}],
                 "allScored":%s}""".formatted(CHALLENGE, method(), GXU_BID, GXU, sheet,
                actions(scored || allScored ? new String[0] : new String[] {"score"}), ZJU_BID, ZJU,
                actions(allScored ? new String[0] : new String[] {"score"}), allScored);
    }

    static String ranking(String status, String awarded, String... actions) {
        return """
                {"challengeId":"%s","title":"甘蔗渣高值化利用揭榜","status":"%s","priceWeight":"40.00",
                 "rankedAt":"2026-12-02T02:00:00Z","ranking":[
                  {"rank":1,"bidId":"%s","bidder":%s,"price":"3800000.00","priceScore":"92.11",
                   "criteria":[{"number":1,"nameZh":"技术方案","nameEn":"Technical plan","weight":"40.00","score":"92.33"},
                    {"number":2,"nameZh":"团队能力","nameEn":"Team","weight":"20.00","score":"89.67"}],
                   "total":"91.71","status":"SCORED","sheets":[{"bidId":"%s","expertId":"e2","expertName":"陆建华",
                    "scores":[{"criterion":1,"score":"95.00"},{"criterion":2,"score":"90.00"}],"comment":"方案可行。",
                    "scoredAt":"2026-12-01T03:00:00Z"}],"actions":%s},
                  {"rank":2,"bidId":"%s","bidder":%s,"price":"3500000.50","priceScore":"100.00",
                   "criteria":[{"number":1,"nameZh":"技术方案","nameEn":"Technical plan","weight":"40.00","score":"71.83"},
                    {"number":2,"nameZh":"团队能力","nameEn":"Team","weight":"20.00","score":"80.33"}],
                   "total":"84.80","status":"SCORED","sheets":[],"actions":%s}],
                 "awardedBidId":%s,"departureReason":null}""".formatted(CHALLENGE, status, GXU_BID, GXU, GXU_BID,
                actions(actions), ZJU_BID, ZJU, actions(actions), awarded == null ? "null" : "\"" + awarded + "\"");
    }

    static String complaint(String status, String subject, String... actions) {
        return """
                {"id":"%s","challengeId":"%s","bidId":"%s","complainant":"浙江大学","subject":"%s",
                 "grounds":"评分未考虑中试条件。","status":"%s","filedAt":"2026-12-02T03:00:00Z","decisionReason":null,
                 "decidedBy":null,"decidedAt":null,"actions":%s}""".formatted(COMPLAINT, CHALLENGE, ZJU_BID, subject,
                status, actions(actions));
    }

    /** 资格审查 with the GXU bid decided (qualified) and the ZJU bid undecided (offered to the operator). */
    static String qualification(String status, String[] actions, String zjuActions) {
        return """
                {"challengeId":"%s","title":"甘蔗渣高值化利用揭榜","status":"%s","openedAt":"2026-12-01T02:00:00Z",
                 "qualifiedAt":null,"minimumQualifiedBids":1,"bids":[
                  {"bidId":"%s","bidder":%s,"price":"3800000.00","durationMonths":24,"status":"QUALIFIED",
                   "submittedAt":"2026-11-20T02:00:00Z","decision":{"qualified":true,"reason":null,"note":null,
                   "decidedBy":"admin.gx","decidedAt":"2026-12-01T03:00:00Z"},"actions":[]},
                  {"bidId":"%s","bidder":%s,"price":"3500000.50","durationMonths":18,"status":"SUBMITTED",
                   "submittedAt":"2026-11-21T02:00:00Z","decision":null,"actions":%s}],
                 "actions":%s}""".formatted(CHALLENGE, status, GXU_BID, GXU, ZJU_BID, ZJU, zjuActions,
                actions(actions));
    }

    static String panel() {
        return """
                {"challengeId":"%s","panelId":"p-1","seed":20261206,"drawnAt":"2026-12-01T04:00:00Z",
                 "drawnBy":"admin.gx","experts":[
                  {"expertId":"e2","name":"韦志强","organisationUscc":"124501004980015368","organisationName":"广西科学院"},
                  {"expertId":"e3","name":"覃丽萍","organisationUscc":"124501004980015368","organisationName":"广西科学院"},
                  {"expertId":"e5","name":"蒙海燕","organisationUscc":"124501004980015368","organisationName":"广西科学院"}],
                 "avoided":[{"expertId":"e7","name":"黎国平","organisationUscc":"124501004985024102",
                  "partyUscc":"124501004985024102","reason":"ORGANISATION_AFFILIATED","relation":"SAME",
                  "declaredUscc":null,"declaredKind":null}]}""".formatted(CHALLENGE);
    }
}
