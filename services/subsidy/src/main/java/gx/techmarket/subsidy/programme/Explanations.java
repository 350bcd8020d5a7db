package gx.techmarket.subsidy.programme;

import gx.techmarket.platform.domain.MarketClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps every decision shares, as plain Java: how a fact is written into a step (amounts to the fen as plain
 * decimals, instants in China time), and the decision's last step (granted, waiting for budget, claimable, refused)
 * appended to what the rule explained.
 */
public final class Explanations {

    private static final DateTimeFormatter CHINA_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MarketClock.CHINA);

    private Explanations() {}

    /** {@code explanation} with {@code step} after its last. */
    public static Explanation then(Explanation explanation, Explanation.Step step) {
        List<Explanation.Step> steps = new ArrayList<>(explanation.steps());
        steps.add(step);
        return new Explanation(steps);
    }

    /** Decision: granted, charged to the programme-year's budget. */
    public static Explanation granted(Explanation explanation, String programme, int year, BigDecimal amount) {
        return then(explanation, new Explanation.Step("granted", Explanation.Source.LEDGER, Explanation.Outcome.APPLIED,
                facts("amount", money(amount), "programme", programme, "year", String.valueOf(year))));
    }

    /** Decision: due, but the budget has only {@code remaining} left; granted oldest first when budget is added. */
    public static Explanation waiting(Explanation explanation, String programme, int year, BigDecimal amount,
            BigDecimal remaining) {
        return then(explanation, new Explanation.Step("waiting", Explanation.Source.LEDGER, Explanation.Outcome.INFO,
                facts("amount", money(amount), "programme", programme, "year", String.valueOf(year), "remaining",
                        money(remaining))));
    }

    /** Decision (需申报): {@code amount} is the ceiling claims on evidence may draw. */
    public static Explanation claimable(Explanation explanation, BigDecimal amount) {
        return then(explanation, new Explanation.Step("claimable", Explanation.Source.PROGRAMME,
                Explanation.Outcome.INFO, facts("amount", money(amount))));
    }

    /** Decision: nothing, for {@code reason}. */
    static Explanation refused(Explanation explanation, Assessment.Reason reason) {
        return then(explanation, new Explanation.Step("refused", Explanation.Source.PROGRAMME,
                Explanation.Outcome.NOT_MET, facts("reason", reason.name())));
    }

    /** An amount in 元 as a step shows it: a plain decimal, e.g. {@code 100000.07}. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    /** An instant as a step shows it: China time to the minute. */
    static String china(Instant instant) {
        return CHINA_MINUTES.format(instant);
    }

    /** Named facts in the order given: {@code facts("basis", "800000.00", "rate", "0.01")}; null values as empty. */
    static Map<String, String> facts(String... namesAndValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            facts.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return facts;
    }
}
