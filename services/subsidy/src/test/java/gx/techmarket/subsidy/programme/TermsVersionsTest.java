package gx.techmarket.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.subsidy.programme.TermsVersions.Dated;
import gx.techmarket.subsidy.programme.TermsVersions.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which version of a programme's terms decides, and when a new one may start: plain Java, no Quarkus. */
class TermsVersionsTest {

    static final Function<Dated, Dated> SELF = Function.identity();
    static final Dated FIRST = new Dated(1, LocalDate.of(2027, 1, 1));
    static final Dated FROM_JULY = new Dated(2, LocalDate.of(2027, 7, 1));
    static final Dated ALSO_FROM_JULY = new Dated(3, LocalDate.of(2027, 7, 1));
    static final List<Dated> VERSIONS = List.of(FIRST, FROM_JULY);

    @Test
    void aContractIsAssessedUnderTheVersionInForceOnItsRegistrationDay() {
        assertThat(TermsVersions.inForce(VERSIONS, SELF, LocalDate.of(2027, 6, 30))).contains(FIRST);
        assertThat(TermsVersions.inForce(VERSIONS, SELF, LocalDate.of(2027, 7, 1))).contains(FROM_JULY);
        assertThat(TermsVersions.inForce(VERSIONS, SELF, LocalDate.of(2027, 12, 31))).contains(FROM_JULY);
    }

    @Test
    void beforeTheFirstVersionNoTermsAreInForce() {
        assertThat(TermsVersions.inForce(List.of(FROM_JULY), SELF, LocalDate.of(2027, 3, 1))).isEmpty();
        assertThat(TermsVersions.inForce(List.<Dated>of(), SELF, LocalDate.of(2027, 3, 1))).isEmpty();
    }

    @Test
    void twoVersionsFromTheSameDayTheLaterOneDecides() {
        assertThat(TermsVersions.inForce(List.of(ALSO_FROM_JULY, FIRST, FROM_JULY), SELF, LocalDate.of(2027, 8, 1)))
                .contains(ALSO_FROM_JULY);
    }

    @Test
    void aNewVersionStartsTodayOrLaterWithinTheYearAndNotBeforeTheNewest() {
        LocalDate today = LocalDate.of(2027, 5, 10);
        assertThat(TermsVersions.refusal(today, 2027, FIRST.effectiveFrom(), today)).isEmpty();
        assertThat(TermsVersions.refusal(today, 2027, FIRST.effectiveFrom(), LocalDate.of(2027, 12, 31))).isEmpty();
        assertThat(TermsVersions.refusal(today, 2027, FIRST.effectiveFrom(), today.minusDays(1)))
                .contains(Refusal.EFFECTIVE_DATE_IN_PAST);
        assertThat(TermsVersions.refusal(today, 2027, FIRST.effectiveFrom(), LocalDate.of(2028, 1, 1)))
                .contains(Refusal.EFFECTIVE_DATE_OUTSIDE_YEAR);
        assertThat(TermsVersions.refusal(today, 2027, FROM_JULY.effectiveFrom(), LocalDate.of(2027, 6, 30)))
                .contains(Refusal.EFFECTIVE_DATE_BEFORE_LATEST_VERSION);
        assertThat(TermsVersions.refusal(today, 2027, FROM_JULY.effectiveFrom(), FROM_JULY.effectiveFrom())).isEmpty();
    }

    @Test
    void aYearNotYetStartedIsChangeableFromItsFirstDay() {
        assertThat(TermsVersions.refusal(LocalDate.of(2026, 12, 5), 2027, FIRST.effectiveFrom(),
                LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(TermsVersions.refusal(LocalDate.of(2026, 12, 5), 2026, FIRST.effectiveFrom(),
                LocalDate.of(2027, 1, 1))).contains(Refusal.EFFECTIVE_DATE_OUTSIDE_YEAR);
    }

    @Test
    void aPastYearCannotBeChangedAnyMore() {
        assertThat(TermsVersions.changeable(LocalDate.of(2028, 1, 1), 2027)).isFalse();
        assertThat(TermsVersions.changeable(LocalDate.of(2027, 12, 31), 2027)).isTrue();
        assertThat(TermsVersions.changeable(LocalDate.of(2026, 12, 5), 2027)).isTrue();
    }
}
