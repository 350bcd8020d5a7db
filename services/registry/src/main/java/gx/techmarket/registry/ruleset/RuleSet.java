package gx.techmarket.registry.ruleset;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.registry.registration.RegistrationNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of the national recognition rules (认定登记规则), as data (classpath {@code ruleset/rule-sets.json}):
 * the period it governs contracts signed in, the documents it comes from, the contract types it knows and the
 * category each is recognised as, the amount from which expert review is required, the deadlines, and the layout of
 * the registration numbers issued under it. What could not be confirmed in its sources is listed in
 * {@code unconfirmed}, so the API shows it beside the rules.
 *
 * @param largeThreshold 技术交易额 from which a contract is large (expert review and the long deadline); null when the
 *                       rules name none
 */
public record RuleSet(
        String version,
        String title,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<Source> sources,
        Map<ContractType, ContractCategory> types,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal largeThreshold,
        Deadline deadline,
        Deadline largeOrDisputedDeadline,
        boolean correctionRestartsClock,
        String numberLayout,
        List<String> unconfirmed) {

    /** A document the rules come from, and what was (or was not) read of it. */
    public record Source(String title, String number, LocalDate issuedOn, String url, String note) {}

    public RuleSet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom of " + version);
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("rule set " + version + " ends before it starts");
        }
        sources = List.copyOf(Objects.requireNonNull(sources, "sources of " + version));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule set " + version + " names no source");
        }
        types = Map.copyOf(Objects.requireNonNull(types, "types of " + version));
        if (types.isEmpty()) {
            throw new IllegalArgumentException("rule set " + version + " knows no contract type");
        }
        if (largeThreshold != null && largeThreshold.signum() <= 0) {
            throw new IllegalArgumentException("rule set " + version + " has a threshold that is not positive");
        }
        Objects.requireNonNull(deadline, "deadline of " + version);
        Objects.requireNonNull(largeOrDisputedDeadline, "largeOrDisputedDeadline of " + version);
        RegistrationNumber.checkLayout(numberLayout);
        unconfirmed = unconfirmed == null ? List.of() : List.copyOf(unconfirmed);
    }

    /** Whether a contract signed on {@code day} is governed by this rule set. */
    public boolean governs(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether the rules know contracts of {@code type}. */
    public boolean allows(ContractType type) {
        return types.containsKey(type);
    }

    /**
     * The category a contract of {@code type} is recognised (and counted) as: under the 2001 rules a licence is a
     * 技术转让.
     *
     * @throws IllegalArgumentException for a type the rules do not know (see {@link #allows})
     */
    public ContractCategory recognisedCategory(ContractType type) {
        ContractCategory category = types.get(type);
        if (category == null) {
            throw new IllegalArgumentException("rule set " + version + " knows no contract type " + type);
        }
        return category;
    }

    /** The time the point has: the long one for a large or disputed contract. */
    public Deadline deadline(boolean largeOrDisputed) {
        return largeOrDisputed ? largeOrDisputedDeadline : deadline;
    }

    /** Whether a contract of this 技术交易额 must go to expert review (≥ the threshold; never without one). */
    public boolean requiresReview(BigDecimal technologyTransactionAmount) {
        return largeThreshold != null && technologyTransactionAmount != null
                && technologyTransactionAmount.compareTo(largeThreshold) >= 0;
    }

    /** The same rules with another number layout (a deployment's override). */
    RuleSet withNumberLayout(String layout) {
        return new RuleSet(version, title, effectiveFrom, effectiveTo, sources, types, largeThreshold, deadline,
                largeOrDisputedDeadline, correctionRestartsClock, layout, unconfirmed);
    }
}
