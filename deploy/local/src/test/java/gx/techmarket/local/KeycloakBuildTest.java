package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp that says a Keycloak distribution was built, at package time, for the options the launcher starts it with. */
class KeycloakBuildTest {

    @TempDir
    Path dist;

    @Test
    void onlyADistributionStampedWithTodaysBuildOptionsCountsAsBuilt() throws Exception {
        assertThat(KeycloakBuild.prebuilt(dist)).as("unpacked, never built").isFalse();
        Files.writeString(dist.resolve(KeycloakBuild.STAMP), "--db=dev-file --health-enabled=true\n");
        assertThat(KeycloakBuild.prebuilt(dist)).as("built for other options").isFalse();
        Files.writeString(dist.resolve(KeycloakBuild.STAMP), KeycloakBuild.stamp() + "\n");
        assertThat(KeycloakBuild.prebuilt(dist)).isTrue();
        assertThat(KeycloakBuild.stamp()).isEqualTo("--db=postgres --health-enabled=true");
    }
}
