package gx.techmarket.registry.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.problems.ProblemException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleSetsTest {

    @Test
    void aContractFollowsTheRulesOfTheDayItWasSigned() {
        assertThat(RuleSets.forSigningDate(LocalDate.of(2025, 11, 3)).version()).isEqualTo("CN-2001");
        assertThat(RuleSets.forSigningDate(LocalDate.of(2026, 2, 28)).version()).isEqualTo("CN-2001");
        assertThat(RuleSets.forSigningDate(LocalDate.of(2026, 3, 1)).version()).isEqualTo("CN-2026");
        assertThat(RuleSets.forSigningDate(LocalDate.of(2031, 6, 1)).version()).isEqualTo("CN-2026");
        assertThat(RuleSets.forSigningDate(LocalDate.of(2001, 7, 18)).version()).isEqualTo("CN-2001");
    }

    @Test
    void aContractSignedBeforeAnyRuleSetIsRefused() {
        assertThatThrownBy(() -> RuleSets.forSigningDate(LocalDate.of(2001, 7, 17)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("NO_RULE_SET_IN_FORCE");
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.field()).isEqualTo("signedOn");
                });
    }

    @Test
    void under2001ALicenceIsRecognisedAsATransferUnder2026AsALicence() {
        RuleSet old = RuleSets.byVersion("CN-2001").orElseThrow();
        RuleSet current = RuleSets.byVersion("CN-2026").orElseThrow();
        for (ContractType type : ContractType.values()) {
            assertThat(old.allows(type)).as(type.name()).isTrue();
            assertThat(current.allows(type)).as(type.name()).isTrue();
            assertThat(current.recognisedCategory(type)).as(type.name()).isEqualTo(type.category());
            assertThat(old.recognisedCategory(type)).as(type.name()).isEqualTo(
                    type.category() == ContractCategory.LICENSE ? ContractCategory.TRANSFER : type.category());
        }
    }

    @Test
    void expertReviewFromFiveMillionUnder2026AndNeverUnder2001() {
        RuleSet current = RuleSets.byVersion("CN-2026").orElseThrow();
        assertThat(current.largeThreshold()).isEqualByComparingTo("5000000.00");
        assertThat(current.requiresReview(new BigDecimal("4999999.99"))).isFalse();
        assertThat(current.requiresReview(new BigDecimal("5000000.00"))).isTrue();
        assertThat(current.requiresReview(null)).isFalse();
        RuleSet old = RuleSets.byVersion("CN-2001").orElseThrow();
        assertThat(old.largeThreshold()).isNull();
        assertThat(old.requiresReview(new BigDecimal("90000000.00"))).isFalse();
    }

    @Test
    void deadlinesAreFifteenOrThirtyWorkingDaysUnder2026AndThirtyDaysUnder2001() {
        RuleSet current = RuleSets.byVersion("CN-2026").orElseThrow();
        assertThat(current.deadline(false)).isEqualTo(new Deadline(15, Deadline.Unit.WORKING_DAYS));
        assertThat(current.deadline(true)).isEqualTo(new Deadline(30, Deadline.Unit.WORKING_DAYS));
        assertThat(current.correctionRestartsClock()).isTrue();
        RuleSet old = RuleSets.byVersion("CN-2001").orElseThrow();
        assertThat(old.deadline(false)).isEqualTo(new Deadline(30, Deadline.Unit.CALENDAR_DAYS));
        assertThat(old.deadline(true)).isEqualTo(new Deadline(30, Deadline.Unit.CALENDAR_DAYS));
    }

    @Test
    void everyRuleSetNamesItsSourcesAndTheLegacyLayoutUntilConfirmed() {
        assertThat(RuleSets.all()).extracting(RuleSet::version).containsExactly("CN-2001", "CN-2026");
        assertThat(RuleSets.all()).allSatisfy(r -> {
            assertThat(r.sources()).isNotEmpty().allSatisfy(s -> assertThat(s.title()).isNotBlank());
            assertThat(r.numberLayout()).isEqualTo("{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
            assertThat(r.unconfirmed()).isNotEmpty();
        });
        assertThat(RuleSets.byVersion("CN-2001").orElseThrow().sources())
                .extracting(RuleSet.Source::number).contains("国科发政字〔2000〕063号", "国科发政字〔2001〕253号");
    }

    @Test
    void aDeploymentMayReplaceALayout() {
        List<RuleSet> sets = RuleSets.withOverrides(RuleSets.all(),
                v -> v.equals("CN-2026") ? Optional.of("{YYYY}{PROVINCE}{CITY}{POINT}{SERIAL6}") : Optional.empty());
        assertThat(sets.get(0).numberLayout()).isEqualTo("{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
        assertThat(sets.get(1).numberLayout()).isEqualTo("{YYYY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
        assertThatThrownBy(() -> RuleSets.withOverrides(RuleSets.all(), v -> Optional.of("{YY}{SERIAL6}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLayoutOfAVersionIsReadFromTheConfiguration() {
        System.setProperty("techmarket.registry.rule-set.\"TEST-1\".number-layout",
                "{YYYY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
        System.setProperty("techmarket.registry.rule-set.TEST-2.number-layout",
                "{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
        try {
            assertThat(RuleSets.configuredLayout("TEST-1")).contains("{YYYY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
            assertThat(RuleSets.configuredLayout("TEST-2")).contains("{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}");
            assertThat(RuleSets.configuredLayout("TEST-3")).isEmpty();
        } finally {
            System.clearProperty("techmarket.registry.rule-set.\"TEST-1\".number-layout");
            System.clearProperty("techmarket.registry.rule-set.TEST-2.number-layout");
        }
    }

    @Test
    void periodsMustFollowEachOtherWithoutGapOrOverlap() {
        RuleSet a = set("A", "2001-07-18", "2026-02-28");
        assertThatThrownBy(() -> RuleSets.checkContiguous(List.of(a, set("B", "2026-03-02", null))))
                .hasMessageContaining("does not start the day after");
        assertThatThrownBy(() -> RuleSets.checkContiguous(List.of(a, set("B", "2026-02-28", null))))
                .hasMessageContaining("does not start the day after");
        assertThatThrownBy(() -> RuleSets.checkContiguous(List.of(a))).hasMessageContaining("open-ended");
        RuleSets.checkContiguous(List.of(a, set("B", "2026-03-01", null)));
    }

    @Test
    void aTypeTheRulesLackIsNotAllowed() {
        RuleSet narrow = new RuleSet("N", "n", LocalDate.of(2001, 1, 1), null,
                List.of(new RuleSet.Source("s", null, null, null, null)),
                Map.of(ContractType.SERVICE, ContractCategory.SERVICE), null, new Deadline(30, Deadline.Unit.CALENDAR_DAYS),
                new Deadline(30, Deadline.Unit.CALENDAR_DAYS), true, "{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}", null);
        assertThat(narrow.allows(ContractType.SERVICE_TRAINING)).isFalse();
        assertThatThrownBy(() -> narrow.recognisedCategory(ContractType.SERVICE_TRAINING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownPropertiesInTheDataAreRefused() {
        String json = "{\"ruleSets\": [], \"extra\": 1}";
        assertThatThrownBy(() -> RuleSets.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RuntimeException.class);
    }

    private static RuleSet set(String version, String from, String to) {
        return new RuleSet(version, version, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                List.of(new RuleSet.Source("s", null, null, null, null)),
                Map.of(ContractType.SERVICE, ContractCategory.SERVICE), null, new Deadline(15, Deadline.Unit.WORKING_DAYS),
                new Deadline(30, Deadline.Unit.WORKING_DAYS), true, "{YY}{PROVINCE}{CITY}{POINT}{SERIAL6}",
                Arrays.asList("x"));
    }
}
