package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 评审办法 of one challenge (its id is the challenge's): the price weight and the weighted quality criteria, scored
 * by the formula of {@link Ranking}. Set and replaced before publication; immutable from publication on.
 */
@Entity
@Table(name = "evaluation_method")
public class EvaluationMethod extends ChangingAggregate {

    @Column(name = "price_weight", nullable = false, precision = 5, scale = 2)
    BigDecimal priceWeight;

    @Column(name = "set_by", nullable = false, length = 200)
    String setBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_criterion", joinColumns = @JoinColumn(name = "method_id"))
    @OrderBy("number")
    List<Criterion> criteria = new ArrayList<>();

    protected EvaluationMethod() {
        // for Hibernate
    }

    EvaluationMethod(UUID challengeId, Instant now) {
        super(challengeId, now);
    }

    /** Replaces the whole method; the weights (percent, 2 decimals) must each be above 0 and add up to 100. */
    void set(MethodRequest request, String by, Instant now) {
        BigDecimal sum = request.priceWeight();
        for (MethodRequest.CriterionRequest c : request.criteria()) {
            sum = sum.add(c.weight());
        }
        if (sum.compareTo(Ranking.HUNDRED) != 0) {
            throw ProblemException.badRequest("WEIGHTS_NOT_100", sum.stripTrailingZeros().toPlainString())
                    .withField("criteria", "WEIGHTS_NOT_100");
        }
        priceWeight = request.priceWeight().setScale(2, RoundingMode.UNNECESSARY);
        criteria.clear();
        int n = 1;
        for (MethodRequest.CriterionRequest c : request.criteria()) {
            criteria.add(new Criterion(n++, c.nameZh().strip(), c.nameEn().strip(),
                    c.weight().setScale(2, RoundingMode.UNNECESSARY)));
        }
        setBy = by;
        touch(now);
    }

    /** Complete: weights above 0 adding up to 100, at least one criterion (what {@link #set} guarantees). */
    boolean isComplete() {
        BigDecimal sum = priceWeight == null ? BigDecimal.ZERO : priceWeight;
        for (Criterion c : criteria) {
            sum = sum.add(c.weight);
        }
        return !criteria.isEmpty() && sum.compareTo(Ranking.HUNDRED) == 0;
    }

    /** Criterion number → weight, in order. */
    Map<Integer, BigDecimal> weights() {
        Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
        criteria.forEach(c -> weights.put(c.number, c.weight));
        return weights;
    }
}
