package gx.techmarket.bidding.evaluation;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.bidding.challenge.BidRequest;
import gx.techmarket.bidding.challenge.BidStatus;
import gx.techmarket.bidding.challenge.ChallengeStatus;
import gx.techmarket.contracts.events.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the evaluation's API answers. Every view carries {@code actions}: what the caller may do now. */
public final class Views {

    private Views() {}

    /** The price score's formula as published with every method. */
    public static final String PRICE_FORMULA_ZH =
            "价格分：最低有效报价得100分，其他报价得分 = 100 × 最低有效报价 ÷ 该报价（保留两位小数，四舍五入）";
    public static final String PRICE_FORMULA_EN =
            "Price score: the lowest qualified price scores 100; any other price 100 × lowest / price "
                    + "(2 decimals, half up)";
    public static final String TOTAL_FORMULA_ZH =
            "总分 =（价格权重 × 价格分 + Σ 各评审因素权重 × 该因素专家平均分）÷ 100（各项先保留两位小数，四舍五入）；"
                    + "总分相同时报价低者优先，再相同时提交早者优先";
    public static final String TOTAL_FORMULA_EN =
            "Total = (price weight × price score + Σ criterion weight × the experts' mean score) / 100, each "
                    + "component and the total to 2 decimals half up; ties go to the lower price, then the earlier "
                    + "submission";

    public record CriterionView(int number, String nameZh, String nameEn,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weight) {}

    /**
     * 评审办法 of a challenge, with the formula. {@code actions}: {@code edit} (its proposer or operator, before
     * publication).
     */
    public record MethodView(UUID challengeId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal priceWeight,
            List<CriterionView> criteria, String priceFormulaZh, String priceFormulaEn, String totalFormulaZh,
            String totalFormulaEn, Instant updatedAt, long version, List<String> actions) {}

    public record DecisionView(boolean qualified, DisqualificationReason reason, String note, String decidedBy,
            Instant decidedAt) {}

    /**
     * A bid in the qualification. {@code actions}: {@code qualify}, {@code disqualify} (the operator, undecided);
     * {@code complain} (its bidder, while the qualification may be contested).
     */
    public record QualifiedBidView(UUID bidId, Party bidder,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, int durationMonths, BidStatus status,
            Instant submittedAt, DecisionView decision, List<String> actions) {}

    /**
     * 资格审查 of a challenge. {@code qualifiedAt}: when every bid was decided (results made known).
     * {@code actions}: {@code open} (POST .../qualification/open), {@code fail}
     * (POST .../qualification/fail: no bid, or too few qualified), {@code panel} (POST .../panel).
     */
    public record QualificationView(UUID challengeId, String title, ChallengeStatus status, Instant openedAt,
            Instant qualifiedAt, int minimumQualifiedBids, List<QualifiedBidView> bids, List<String> actions) {}

    public record ExpertView(String expertId, String name, String organisationUscc, String organisationName) {}

    public record AvoidedView(String expertId, String name, String organisationUscc, String partyUscc,
            String reason, String relation, String declaredUscc, String declaredKind) {}

    /** The panel as the directory drew it (its record there: {@code panelId}); who was avoided and why. */
    public record PanelView(UUID challengeId, String panelId, long seed, Instant drawnAt, String drawnBy,
            List<ExpertView> experts, List<AvoidedView> avoided) {}

    public record ScoreView(int criterion, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score) {}

    public record SheetView(UUID bidId, String expertId, String expertName, List<ScoreView> scores, String comment,
            Instant scoredAt) {}

    /**
     * A qualified bid for an expert to score, with its consortium members and team; {@code sheet} the caller's own,
     * once made. {@code actions}: score.
     */
    public record ToScoreView(UUID bidId, Party bidder, List<Party> members,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price, int durationMonths, String planSummary,
            List<BidRequest.Person> team, SheetView sheet, List<String> actions) {}

    /**
     * A challenge whose panel includes the calling expert, for the expert's list of what to score: how many qualified
     * bids there are, how many the caller scored and how many are left; {@code ranked} once every expert scored every
     * bid. {@code actions}: {@code score} (the evaluation is open and bids are left).
     */
    public record AssignmentView(UUID challengeId, String title, ChallengeStatus status, String regionCode,
            Instant panelDrawnAt, int bids, int scored, int left, boolean ranked, List<String> actions) {}

    /** The expert's scoring page: the method and the bids, with only the caller's own scores. */
    public record ScoringView(UUID challengeId, String title, ChallengeStatus status, String expertId,
            MethodView method, List<ToScoreView> bids, boolean allScored) {}

    public record CriterionScoreView(int number, String nameZh, String nameEn,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weight,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score) {}

    /**
     * A ranked bid with every component. {@code actions}: {@code award} (the counterparty); {@code complain} (its
     * bidder, while the ranking may be contested).
     */
    public record RankedView(int rank, UUID bidId, Party bidder,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal priceScore,
            List<CriterionScoreView> criteria,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total, BidStatus status,
            List<SheetView> sheets, List<String> actions) {}

    /**
     * 质疑. {@code actions}: {@code accept}, {@code reject}, {@code satisfy}, {@code dismiss} (the operator),
     * {@code withdraw} (the complainant, while open).
     */
    public record ComplaintView(UUID id, UUID challengeId, UUID bidId, String complainant, ComplaintSubject subject,
            String grounds, ComplaintStatus status, Instant filedAt, String decisionReason, String decidedBy,
            Instant decidedAt, List<String> actions) {}

    /** The ranking, made known once every expert scored every qualified bid. */
    public record RankingView(UUID challengeId, String title, ChallengeStatus status,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal priceWeight, Instant rankedAt,
            List<RankedView> ranking, UUID awardedBidId, String departureReason) {}
}
