package gx.techmarket.directory.organisation;

import static gx.techmarket.directory.organisation.OrganisationStatus.APPLIED;
import static gx.techmarket.directory.organisation.OrganisationStatus.LIFECYCLE;
import static gx.techmarket.directory.organisation.OrganisationStatus.SUSPENDED;
import static gx.techmarket.directory.organisation.OrganisationStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import org.junit.jupiter.api.Test;

class OrganisationStatusTest {

    @Test
    void anApplicationIsVerifiedThenSuspendedThenVerifiedAgain() {
        assertThat(LIFECYCLE.apply("verify", APPLIED)).isEqualTo(VERIFIED);
        assertThat(LIFECYCLE.apply("suspend", VERIFIED)).isEqualTo(SUSPENDED);
        assertThat(LIFECYCLE.apply("verify", SUSPENDED)).isEqualTo(VERIFIED);
        assertThat(LIFECYCLE.actionsFrom(APPLIED)).containsExactly("verify");
        assertThat(LIFECYCLE.actionsFrom(VERIFIED)).containsExactly("suspend");
        assertThat(LIFECYCLE.actionsFrom(SUSPENDED)).containsExactly("verify");
    }

    @Test
    void aVerifiedOrganisationIsNotVerifiedTwiceNorAnApplicationSuspended() {
        assertThatThrownBy(() -> LIFECYCLE.apply("verify", VERIFIED)).isInstanceOfSatisfying(ProblemException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ILLEGAL_STATE_TRANSITION");
                });
        assertThatThrownBy(() -> LIFECYCLE.apply("suspend", APPLIED)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> LIFECYCLE.apply("suspend", SUSPENDED)).isInstanceOf(ProblemException.class);
    }
}
