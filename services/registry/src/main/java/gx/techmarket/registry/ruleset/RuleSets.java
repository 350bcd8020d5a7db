package gx.techmarket.registry.ruleset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.platform.problems.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The recognition rule sets, read once from the classpath resource {@code ruleset/rule-sets.json} and checked: each
 * well formed, their periods in order without gap or overlap. A contract follows the rule set in force on the day it
 * was signed, so one signed in 2025 and filed in 2026 is recognised under the 2001 rules.
 *
 * <p>A deployment may replace a rule set's registration number layout with the configuration property
 * {@code techmarket.registry.rule-set."<version>".number-layout} (the 2026 layout is not confirmed yet).
 */
public final class RuleSets {

    static final String RESOURCE = "ruleset/rule-sets.json";

    private RuleSets() {}

    /** Read on first use; a broken resource fails the service's start ({@code RuleSetsAtStart}). */
    private static final class Loaded {
        static final List<RuleSet> ALL = withOverrides(read(RuleSets.class.getClassLoader()
                .getResourceAsStream(RESOURCE)), RuleSets::configuredLayout);
    }

    /** Every rule set, oldest first. */
    public static List<RuleSet> all() {
        return Loaded.ALL;
    }

    /** The rule set governing a contract signed on {@code signedOn}; 409 {@code NO_RULE_SET_IN_FORCE} if none. */
    public static RuleSet forSigningDate(LocalDate signedOn) {
        return forSigningDate(all(), signedOn);
    }

    /** The rule set of {@code version}, as a contract recorded it. */
    public static Optional<RuleSet> byVersion(String version) {
        return all().stream().filter(r -> r.version().equals(version)).findFirst();
    }

    static RuleSet forSigningDate(List<RuleSet> ruleSets, LocalDate signedOn) {
        return ruleSets.stream().filter(r -> r.governs(signedOn)).findFirst()
                .orElseThrow(() -> ProblemException.conflict("NO_RULE_SET_IN_FORCE", signedOn.toString())
                        .withField("signedOn", "NO_RULE_SET_IN_FORCE"));
    }

    /** Parses and checks the rule sets of {@code json}: sorted by start, each starting the day after the last ends. */
    static List<RuleSet> read(InputStream json) {
        if (json == null) {
            throw new IllegalStateException("the rule sets resource " + RESOURCE + " is missing");
        }
        try (json) {
            ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
            List<RuleSet> sets = new ArrayList<>(mapper.readValue(json, File.class).ruleSets());
            sets.sort(Comparator.comparing(RuleSet::effectiveFrom));
            checkContiguous(sets);
            return List.copyOf(sets);
        } catch (IOException e) {
            throw new UncheckedIOException("the rule sets resource " + RESOURCE + " cannot be read", e);
        }
    }

    static void checkContiguous(List<RuleSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalStateException("no rule set");
        }
        for (int i = 1; i < sets.size(); i++) {
            RuleSet before = sets.get(i - 1);
            RuleSet next = sets.get(i);
            if (before.version().equals(next.version())) {
                throw new IllegalStateException("rule set " + next.version() + " is listed twice");
            }
            if (before.effectiveTo() == null || !before.effectiveTo().plusDays(1).equals(next.effectiveFrom())) {
                throw new IllegalStateException("rule set " + next.version() + " does not start the day after "
                        + before.version() + " ends");
            }
        }
        if (sets.get(sets.size() - 1).effectiveTo() != null) {
            throw new IllegalStateException("the newest rule set must be open-ended");
        }
    }

    static List<RuleSet> withOverrides(List<RuleSet> sets, Function<String, Optional<String>> layouts) {
        return sets.stream().map(r -> layouts.apply(r.version()).map(r::withNumberLayout).orElse(r)).toList();
    }

    /** The layout configured for {@code version}, its name quoted as the documentation writes it or not. */
    static Optional<String> configuredLayout(String version) {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("techmarket.registry.rule-set.\"" + version + "\".number-layout", String.class)
                .or(() -> config.getOptionalValue("techmarket.registry.rule-set." + version + ".number-layout",
                        String.class));
    }

    /** The resource's shape. */
    record File(List<RuleSet> ruleSets) {}
}
