package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 揭榜挂帅 steps after the deadline as the running market takes them through its APIs (issue 17): 评审办法 before
 * 发榜, 资格审查, the expert panel drawn by the directory, every drawn expert's scores, the ranking, the award, and the
 * 揭榜协议 both parties confirm. The drawn experts sign in with their own demo accounts.
 */
final class ChallengeSteps {

    /** The demo experts' logins by the name the directory draws (deploy/keycloak/README.md). */
    static final Map<String, String> EXPERT_LOGINS = Map.of("陆建华", "expert.gxas", "韦志强", "expert.gxas2",
            "覃丽萍", "expert.gxas3", "李秀英", "expert.gxas4", "蒙海燕", "expert.gxas5", "周文斌", "expert.guet", "黎国平", "expert.gxu", "潘敏", "expert.gxu2", "杨光",
            "expert.gxsugar");

    /** A team of one, which every bid names (揭榜团队). */
    static final List<Map<String, String>> TEAM = List.of(Map.of("name", "李明", "title", "教授", "role", "项目负责人"));

    private final Api api;

    ChallengeSteps(Api api) {
        this.api = api;
    }

    /** 评审办法: price 40 %, technical plan 40 %, team 20 % (set by the operator before 发榜). */
    void method(String operator, String challengeId) {
        Map<String, Object> body = Map.of("priceWeight", "40", "criteria", List.of(
                Map.of("nameZh", "技术方案", "nameEn", "Technical plan", "weight", "40"),
                Map.of("nameZh", "团队能力", "nameEn", "Team", "weight", "20")));
        api.as(operator, "bidding").body(body).put("/challenges/" + challengeId + "/evaluation-method")
                .then().statusCode(200);
    }

    /**
     * After the deadline: the operator qualifies every bid, draws a panel of three (seeded), and every drawn expert
     * scores every bid, the first of {@code bidIds} highest; the ranking then puts them in that order. The drawn
     * experts' logins.
     */
    List<String> evaluate(String operator, String challengeId, String... bidIds) {
        String base = "/challenges/" + challengeId;
        assertThat(api.post(operator, "bidding", base + "/qualification/open", null, 200).getString("status"))
                .isEqualTo("QUALIFICATION");
        for (String bid : bidIds) {
            api.post(operator, "bidding", base + "/qualification/bids/" + bid, Map.of("qualified", true), 200);
        }
        JsonPath panel = api.post(operator, "bidding", base + "/panel", Map.of("size", 3, "seed", 20261205), 200);
        List<String> experts = new ArrayList<>();
        for (Object name : panel.getList("experts.name")) {
            String login = EXPERT_LOGINS.get(name.toString());
            assertThat(login).as("a drawn expert has a demo login: " + name).isNotNull();
            experts.add(login);
        }
        assertThat(experts).as("three experts drawn").hasSize(3);
        for (String expert : experts) {
            for (int b = 0; b < bidIds.length; b++) {
                String score = String.valueOf(95 - 15 * b);
                Map<String, Object> sheet = Map.of("scores", List.of(Map.of("criterion", 1, "score", score),
                        Map.of("criterion", 2, "score", score)), "comment", "技术路线清晰，团队经验充分。");
                api.post(expert, "bidding", base + "/bids/" + bidIds[b] + "/scores", sheet, 200);
            }
        }
        List<Object> ranked = api.get(operator, "bidding", base + "/ranking", 200).getList("ranking.bidId");
        assertThat(ranked).as("the ranking follows the scores").containsExactly((Object[]) bidIds);
        return experts;
    }

    /**
     * 揭榜协议: the winner writes the terms (total R&D investment, the enterprise's and the bidder's shares, two
     * milestones sharing the province's support), both parties confirm revision 1; the agreement as signed.
     */
    JsonPath agree(String winner, String counterparty, String challengeId, String total, String enterpriseShare,
            String bidderShare, String firstSupport, String secondSupport) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> terms = new HashMap<>();
        terms.put("totalInvestment", total);
        terms.put("enterpriseShare", enterpriseShare);
        terms.put("bidderShare", bidderShare);
        terms.put("milestones", List.of(
                Map.of("title", "小试工艺验证", "deliverables", "小试报告及工艺参数包", "dueDate",
                        today.plusMonths(6).toString(), "supportAmount", firstSupport),
                Map.of("title", "中试线建成", "deliverables", "中试线验收报告", "dueDate",
                        today.plusMonths(18).toString(), "supportAmount", secondSupport)));
        String path = "/challenges/" + challengeId + "/agreement";
        api.as(winner, "bidding").body(terms).put(path).then().statusCode(200);
        api.post(winner, "bidding", path + "/confirm", Map.of("revision", 1), 200);
        JsonPath signed = api.post(counterparty, "bidding", path + "/confirm", Map.of("revision", 1), 200);
        assertThat(api.get(counterparty, "bidding", "/challenges/" + challengeId, 200).getString("status"))
                .isEqualTo("IN_PROGRESS");
        return signed;
    }
}
