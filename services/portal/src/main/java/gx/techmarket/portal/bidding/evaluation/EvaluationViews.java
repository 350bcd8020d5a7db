package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The bidding service's evaluation views as the portal reads them (评审办法, 资格审查, the panel, the expert's scoring,
 * the ranking, complaints); each carries {@code actions} where the service offers any.
 */
public final class EvaluationViews {

    private EvaluationViews() {}

    private static List<String> none(List<String> actions) {
        return actions == null ? List.of() : actions;
    }

    /** A challenge on whose panel the signed-in expert sits: bids to score, scored, left. */
    @TemplateData
    public record Assignment(UUID challengeId, String title, String status, String regionCode, Instant panelDrawnAt,
            int bids, int scored, int left, boolean ranked, List<String> actions) implements Actionable {
        public Assignment {
            actions = none(actions);
        }

        /** For the shared row templates: the row's id is the challenge's. */
        public UUID id() {
            return challengeId;
        }
    }

    @TemplateData
    public record Criterion(int number, String nameZh, String nameEn, BigDecimal weight) {}

    /** 评审办法 with its formula; {@code edit} while its proposer or operator may still change it. */
    @TemplateData
    public record Method(UUID challengeId, BigDecimal priceWeight, List<Criterion> criteria, String priceFormulaZh,
            String priceFormulaEn, String totalFormulaZh, String totalFormulaEn, Instant updatedAt, long version,
            List<String> actions) implements Actionable {
        public Method {
            criteria = criteria == null ? List.of() : criteria;
            actions = none(actions);
        }
    }

    @TemplateData
    public record Score(int criterion, BigDecimal score) {}

    /** One expert's scores of one bid. */
    @TemplateData
    public record Sheet(UUID bidId, String expertId, String expertName, List<Score> scores, String comment,
            Instant scoredAt) {
        public Sheet {
            scores = scores == null ? List.of() : scores;
        }
    }

    /** A qualified bid for the expert to score; {@code sheet} the expert's own once made. */
    @TemplateData
    public record ToScore(UUID bidId, Party bidder, List<Party> members, BigDecimal price, int durationMonths,
            String planSummary, List<Person> team, Sheet sheet, List<String> actions) implements Actionable {
        public ToScore {
            members = members == null ? List.of() : members;
            team = team == null ? List.of() : team;
            actions = none(actions);
        }

        public UUID id() {
            return bidId;
        }
    }

    /** A person of a bid's team. */
    @TemplateData
    public record Person(String name, String title, String role) {}

    /** The expert's scoring page of one challenge: the method and the bids, with only the expert's own scores. */
    @TemplateData
    public record Scoring(UUID challengeId, String title, String status, String expertId, Method method,
            List<ToScore> bids, boolean allScored) {
        public Scoring {
            bids = bids == null ? List.of() : bids;
        }
    }

    @TemplateData
    public record CriterionScore(int number, String nameZh, String nameEn, BigDecimal weight, BigDecimal score) {}

    /** A ranked bid with every component; {@code award} for the counterparty. */
    @TemplateData
    public record Ranked(int rank, UUID bidId, Party bidder, BigDecimal price, BigDecimal priceScore,
            List<CriterionScore> criteria, BigDecimal total, String status, List<Sheet> sheets,
            List<String> actions) implements Actionable {
        public Ranked {
            criteria = criteria == null ? List.of() : criteria;
            sheets = sheets == null ? List.of() : sheets;
            actions = none(actions);
        }

        public UUID id() {
            return bidId;
        }
    }

    /** The ranking by the published formula, once every expert scored every qualified bid. */
    @TemplateData
    public record Ranking(UUID challengeId, String title, String status, BigDecimal priceWeight, Instant rankedAt,
            List<Ranked> ranking, UUID awardedBidId, String departureReason) {
        public Ranking {
            ranking = ranking == null ? List.of() : ranking;
        }

        /** The criteria, for the table's heads: those of the first ranked bid (every bid has the same). */
        public List<CriterionScore> heads() {
            return ranking.isEmpty() ? List.of() : ranking.get(0).criteria();
        }

        /** Whether the counterparty may award now (any ranked bid offers it). */
        public boolean awardable() {
            return ranking.stream().anyMatch(r -> r.can("award"));
        }
    }

    @TemplateData
    public record Decision(boolean qualified, String reason, String note, String decidedBy, Instant decidedAt) {}

    /** A bid in the qualification; {@code qualify}, {@code disqualify} for the operator while undecided. */
    @TemplateData
    public record QualifiedBid(UUID bidId, Party bidder, BigDecimal price, int durationMonths, String status,
            Instant submittedAt, Decision decision, List<String> actions) implements Actionable {
        public QualifiedBid {
            actions = none(actions);
        }

        public UUID id() {
            return bidId;
        }
    }

    /** 资格审查; {@code open}, {@code fail}, {@code panel} for the operator. */
    @TemplateData
    public record Qualification(UUID challengeId, String title, String status, Instant openedAt, Instant qualifiedAt,
            int minimumQualifiedBids, List<QualifiedBid> bids, List<String> actions) implements Actionable {
        public Qualification {
            bids = bids == null ? List.of() : bids;
            actions = none(actions);
        }
    }

    @TemplateData
    public record Expert(String expertId, String name, String organisationUscc, String organisationName) {}

    @TemplateData
    public record Avoided(String expertId, String name, String organisationUscc, String partyUscc, String reason,
            String relation, String declaredUscc, String declaredKind) {}

    /** The panel as the directory drew it: seed, experts, who was avoided and why. */
    @TemplateData
    public record Panel(UUID challengeId, String panelId, long seed, Instant drawnAt, String drawnBy,
            List<Expert> experts, List<Avoided> avoided) {
        public Panel {
            experts = experts == null ? List.of() : experts;
            avoided = avoided == null ? List.of() : avoided;
        }
    }

    /** 质疑; {@code accept}, {@code reject}, {@code satisfy}, {@code dismiss} (operator), {@code withdraw}. */
    @TemplateData
    public record Complaint(UUID id, UUID challengeId, UUID bidId, String complainant, String subject, String grounds,
            String status, Instant filedAt, String decisionReason, String decidedBy, Instant decidedAt,
            List<String> actions) implements Actionable {
        public Complaint {
            actions = none(actions);
        }

        public boolean open() {
            return "SUBMITTED".equals(status) || "ACCEPTED_FOR_REVIEW".equals(status);
        }
    }
}
