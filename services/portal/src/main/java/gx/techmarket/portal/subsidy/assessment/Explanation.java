package gx.techmarket.portal.subsidy.assessment;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A decision's explanation as the subsidy service gives it: its steps (clauses) in order, each with where its facts
 * come from and whether it was met.
 */
@TemplateData
public record Explanation(List<Step> steps) {

    public Explanation {
        steps = steps == null ? List.of() : steps;
    }

    /**
     * One clause: {@code code} names the rule it checks, {@code source} where its facts come from (PROGRAMME,
     * CONTRACT, DIRECTORY, PAYMENT_EVIDENCE, EXPENSE_EVIDENCE, CLAIM, LEDGER), {@code outcome} MET, NOT_MET, APPLIED
     * or INFO.
     */
    @TemplateData
    public record Step(String code, String source, String outcome, Map<String, String> facts) {}

    /** One clause as a page shows it: the step and its line in the reader's language. */
    @TemplateData
    public record Clause(String code, String source, String outcome, String text) {}

    /**
     * The steps paired with the lines the service rendered for them ({@code text}, one per step, in order); a step
     * without a line shows its code.
     */
    static List<Clause> clauses(Explanation explanation, List<String> text) {
        List<Clause> clauses = new ArrayList<>();
        if (explanation == null) {
            return clauses;
        }
        List<String> lines = text == null ? List.of() : text;
        for (int i = 0; i < explanation.steps().size(); i++) {
            Step s = explanation.steps().get(i);
            clauses.add(new Clause(s.code(), s.source(), s.outcome(), i < lines.size() ? lines.get(i) : s.code()));
        }
        return clauses;
    }
}
