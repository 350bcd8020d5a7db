package gx.techmarket.directory.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MembershipSyncTaskTest {

    @Test
    void thePauseDoublesFromFiveSecondsUpToTenMinutes() {
        assertThat(MembershipSyncTask.pauseAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(MembershipSyncTask.pauseAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(MembershipSyncTask.pauseAfter(7)).isEqualTo(Duration.ofSeconds(320));
        assertThat(MembershipSyncTask.pauseAfter(8)).isEqualTo(Duration.ofMinutes(10));
        assertThat(MembershipSyncTask.pauseAfter(1000)).isEqualTo(Duration.ofMinutes(10));
    }
}
