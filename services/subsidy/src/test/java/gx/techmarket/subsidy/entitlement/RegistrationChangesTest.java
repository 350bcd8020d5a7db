package gx.techmarket.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.subsidy.entitlement.RegistrationChanges.Known;
import gx.techmarket.subsidy.entitlement.RegistrationChanges.Unwind;
import gx.techmarket.subsidy.entitlement.RegistrationChanges.Verdict;
import org.junit.jupiter.api.Test;

/** What an amended or cancelled registration does to the subsidy its contract gave (plain Java). */
class RegistrationChangesTest {

    @Test
    void aPostedGrantIsReversedAWaitingOneWithdrawnAndAnEndedOneLeftAlone() {
        assertThat(RegistrationChanges.unwind(EntitlementStatus.GRANTED)).isEqualTo(Unwind.REVERSE);
        assertThat(RegistrationChanges.unwind(EntitlementStatus.WAITING_FOR_BUDGET)).isEqualTo(Unwind.WITHDRAW);
        assertThat(RegistrationChanges.unwind(EntitlementStatus.REVERSED)).isEqualTo(Unwind.NOTHING);
        assertThat(RegistrationChanges.unwind(EntitlementStatus.WITHDRAWN)).isEqualTo(Unwind.NOTHING);
    }

    @Test
    void theLifecycleLetsOnlyAWaitingEntitlementBeWithdrawnAndNothingLeaveAnEndedOne() {
        assertThat(EntitlementStatus.LIFECYCLE.allows("withdraw", EntitlementStatus.WAITING_FOR_BUDGET)).isTrue();
        assertThat(EntitlementStatus.LIFECYCLE.allows("withdraw", EntitlementStatus.GRANTED)).isFalse();
        assertThat(EntitlementStatus.LIFECYCLE.isFinal(EntitlementStatus.WITHDRAWN)).isTrue();
        assertThat(EntitlementStatus.LIFECYCLE.isFinal(EntitlementStatus.REVERSED)).isTrue();
    }

    @Test
    void aRegistrationIsAssessedUntilAnAmendmentSupersedesItOrItIsCancelled() {
        assertThat(new Known(0, false).onRegistration()).isEqualTo(Verdict.APPLY);
        assertThat(new Known(1, false).onRegistration()).isEqualTo(Verdict.ALREADY_HEARD);
        assertThat(new Known(0, true).onRegistration()).isEqualTo(Verdict.DEREGISTERED);
    }

    @Test
    void anAmendmentAppliesOnlyWhenLaterThanTheLastVersionAssessed() {
        assertThat(new Known(0, false).onAmendment(1)).isEqualTo(Verdict.APPLY);
        assertThat(new Known(1, false).onAmendment(1)).isEqualTo(Verdict.ALREADY_HEARD);
        assertThat(new Known(2, false).onAmendment(1)).isEqualTo(Verdict.ALREADY_HEARD);
        // an amendment never heard of is superseded by the next one: the latest facts count
        assertThat(new Known(1, false).onAmendment(3)).isEqualTo(Verdict.APPLY);
    }

    @Test
    void nothingAfterTheCancellationGivesAnythingAndTheCancellationCountsOnce() {
        assertThat(new Known(1, true).onAmendment(2)).isEqualTo(Verdict.DEREGISTERED);
        assertThat(new Known(0, false).onDeregistration()).isEqualTo(Verdict.APPLY);
        assertThat(new Known(2, false).onDeregistration()).isEqualTo(Verdict.APPLY);
        assertThat(new Known(2, true).onDeregistration()).isEqualTo(Verdict.ALREADY_HEARD);
    }

    @Test
    void amendmentsAreNumberedFromOne() {
        assertThatThrownBy(() -> new Known(0, false).onAmendment(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Known(-1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
