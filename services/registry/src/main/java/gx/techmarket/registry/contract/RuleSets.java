package gx.techmarket.registry.contract;

import gx.techmarket.platform.problems.ProblemException;
import java.time.LocalDate;
import java.util.List;

/**
 * The recognition rule sets (认定规则) by the date they took effect. A registration records the version in force on
 * its registration date; national rules were replaced in 2026, so the first version here is Guangxi's 2026 one.
 */
final class RuleSets {

    record RuleSet(String version, LocalDate effectiveFrom) {}

    /** Newest first. */
    static final List<RuleSet> ALL = List.of(new RuleSet("GX-2026.1", LocalDate.of(2026, 1, 1)));

    private RuleSets() {}

    /** The version in force on {@code date}. */
    static String inForceOn(LocalDate date) {
        return ALL.stream().filter(r -> !r.effectiveFrom().isAfter(date)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("NO_RULE_SET_IN_FORCE", date.toString()))
                .version();
    }
}
