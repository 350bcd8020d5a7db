package gx.techmarket.portal.bidding.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The bodies the evaluation pages send to the bidding service. */
public final class EvaluationRequests {

    private EvaluationRequests() {}

    public record CriterionScore(int criterion, BigDecimal score) {}

    /** An expert's scores of one bid: every criterion, and a comment. */
    public record ScoreRequest(List<CriterionScore> scores, String comment) {}

    /** 定榜 from the ranking; a bid that is not first needs {@code departureReason}. */
    public record AwardRequest(UUID bidId, String departureReason) {}

    public record CriterionRequest(String nameZh, String nameEn, BigDecimal weight) {}

    /** 评审办法: the price weight and the criteria, adding up to 100. */
    public record MethodRequest(BigDecimal priceWeight, List<CriterionRequest> criteria) {}

    /** One bid's qualification: qualified, or not with a reason from the list and a note. */
    public record DecisionRequest(boolean qualified, String reason, String note) {}

    /** 抽取专家: 3, 5, 7 or 9 experts; a seed to repeat a draw, else the directory's own. */
    public record PanelRequest(int size, Long seed) {}

    /** 质疑 of the qualification or the ranking. */
    public record ComplaintRequest(String subject, String grounds) {}

    /** The operator's decision on a complaint: accept, reject, satisfy or dismiss, with reasons. */
    public record ComplaintDecisionRequest(String action, String reason) {}
}
