package gx.techmarket.subsidy.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why an assessment, a claim or a grant came out as it did, clause by clause: each step names the rule or check
 * (its {@code code}, whose text is {@code explain.<code>} in {@code explanation-messages_*.properties}), where its
 * facts came from, how it came out, and the facts themselves (named values the text's placeholders take). Stored as
 * JSON with what it explains; shown to the beneficiary and the admin in their language.
 *
 * @param steps in the order they were decided
 */
public record Explanation(List<Step> steps) {

    public Explanation {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /** Where a fact came from. */
    public enum Source {
        /** the programme's settings (rate, caps, clause) */
        PROGRAMME,
        /** the registered contract (type, 技术交易额, parties) */
        CONTRACT,
        /** the directory (机构库) as of the date that counts: kind, region, group, qualifications */
        DIRECTORY,
        /** 付款凭证 the beneficiary submitted and an admin verified */
        PAYMENT_EVIDENCE,
        /** expenses the beneficiary declared with evidence */
        EXPENSE_EVIDENCE,
        /** the claim itself (what was asked, earlier claims) */
        CLAIM,
        /** the ledger (remaining budget, what was granted before) */
        LEDGER,
        /** the 揭榜 challenge's signed agreement and its accepted milestone (bidding's MilestoneAccepted) */
        CHALLENGE
    }

    /** How a step came out. */
    public enum Outcome {
        /** a condition held */
        MET,
        /** a condition failed: the step that refused */
        NOT_MET,
        /** a computation or a cap that changed the amount */
        APPLIED,
        /** a fact shown for context */
        INFO
    }

    /**
     * One step.
     *
     * @param code    stable, e.g. {@code BUYER_IS_ENTERPRISE}, {@code RATE}, {@code CAP_PER_CONTRACT}
     * @param source  where its facts came from
     * @param outcome how it came out
     * @param facts   named values, e.g. {@code basis=1000000.00, rate=20%, amount=200000.00}, in insertion order
     */
    public record Step(String code, Source source, Outcome outcome, Map<String, String> facts) {

        public Step {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(outcome, "outcome");
            facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }
    }

    /** Builds an explanation step by step. */
    public static Builder builder() {
        return new Builder();
    }

    /** A mutable list of steps. */
    public static final class Builder {

        private final java.util.ArrayList<Step> steps = new java.util.ArrayList<>();

        public Builder step(String code, Source source, Outcome outcome, Map<String, String> facts) {
            steps.add(new Step(code, source, outcome, facts));
            return this;
        }

        public Builder step(String code, Source source, Outcome outcome) {
            return step(code, source, outcome, Map.of());
        }

        public Explanation build() {
            return new Explanation(steps);
        }
    }
}
