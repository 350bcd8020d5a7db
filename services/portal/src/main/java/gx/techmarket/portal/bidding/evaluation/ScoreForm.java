package gx.techmarket.portal.bidding.evaluation;

import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.CriterionScore;
import gx.techmarket.portal.bidding.evaluation.EvaluationRequests.ScoreRequest;
import gx.techmarket.portal.web.FormErrors;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an expert typed into the form of one bid: a score per criterion (in the method's order, each posted with its
 * criterion's number) and a comment. The errors name the fields as the bidding service does
 * ({@code scores[i].score}, {@code comment}).
 */
@TemplateData
public record ScoreForm(UUID bidId, List<String> criteria, List<String> scores, String comment) {

    /** 0 to 100, at most two decimals. */
    static final Pattern SCORE = Pattern.compile("(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)");
    static final int COMMENT_MAX = 2000;

    public ScoreForm {
        criteria = criteria == null ? List.of() : criteria;
        scores = scores == null ? List.of() : scores;
    }

    /** An empty form, for a bid nobody typed into. */
    public static ScoreForm empty() {
        return new ScoreForm(null, List.of(), List.of(), null);
    }

    /** Whether this form belongs to the bid {@code id} (the one whose errors the page shows). */
    public boolean isFor(UUID id) {
        return id != null && id.equals(bidId);
    }

    /**
     * The {@code id} of the score input of the {@code i}-th criterion in the form of bid {@code bid}: for the bid in
     * error the field's own anchor ({@code scores-0-score}, which the error summary links to), else one made unique
     * by the bid's id.
     */
    public String inputId(UUID bid, int i) {
        return "scores-" + i + "-score" + (isFor(bid) ? "" : "-" + bid);
    }

    /** The {@code id} of the comment input in the form of bid {@code bid}, as {@link #inputId}. */
    public String commentId(UUID bid) {
        return "comment" + (isFor(bid) ? "" : "-" + bid);
    }

    /** The field of the {@code i}-th criterion's score, as the service names it. */
    public String scoreField(int i) {
        return "scores[" + i + "].score";
    }

    /** The typed score for the bid in error, else empty. */
    public String typed(UUID bid, int i) {
        return isFor(bid) ? score(i) : "";
    }

    /** The typed comment for the bid in error, else empty. */
    public String typedComment(UUID bid) {
        return isFor(bid) && comment != null ? comment : "";
    }

    /** The score typed for the {@code i}-th criterion, or empty. */
    public String score(int i) {
        return i < scores.size() && scores.get(i) != null ? scores.get(i) : "";
    }

    /** The portal's own checks, worded in the user's language. */
    FormErrors check(EvaluationMsg texts) {
        FormErrors errors = FormErrors.none();
        if (scores.isEmpty() || scores.size() != criteria.size()) {
            errors.add("scores", texts.score_invalid());
        }
        for (int i = 0; i < scores.size(); i++) {
            if (!SCORE.matcher(score(i).strip()).matches()) {
                errors.add(scoreField(i), texts.score_invalid());
            }
        }
        if (comment == null || comment.isBlank()) {
            errors.add("comment", texts.comment_required());
        } else if (comment.strip().length() > COMMENT_MAX) {
            errors.add("comment", texts.comment_too_long());
        }
        for (String number : criteria) {
            if (number == null || !number.strip().matches("[0-9]{1,2}")) {
                errors.add("scores", texts.score_invalid());
                break;
            }
        }
        return errors;
    }

    ScoreRequest toRequest() {
        List<CriterionScore> list = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            list.add(new CriterionScore(Integer.parseInt(criteria.get(i).strip()), new BigDecimal(score(i).strip())));
        }
        return new ScoreRequest(list, comment.strip());
    }
}
