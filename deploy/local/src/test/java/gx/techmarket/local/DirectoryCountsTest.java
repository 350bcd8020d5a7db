package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryCountsTest {

    private static String health(String check, int organisations, int points) {
        return "{\"status\":\"UP\",\"checks\":[{\"name\":\"outbox-relay\",\"status\":\"UP\",\"data\":{\"backlog\":0}},"
                + "{\"name\":\"" + check + "\",\"status\":\"UP\",\"data\":{\"verifiedOrganisations\":" + organisations
                + ",\"openRegistrationPoints\":" + points + "}}]}";
    }

    @Test
    void countsAreReadFromTheirCheck() {
        assertThat(DirectoryCounts.of(health("directory", 31, 14), DirectoryCounts.DIRECTORY_CHECK)).contains("31/14");
        assertThat(DirectoryCounts.of(health("directory-read-model", 31, 14), DirectoryCounts.DIRECTORY_CHECK))
                .isEmpty();
        assertThat(DirectoryCounts.of("not json", DirectoryCounts.READ_MODEL_CHECK)).isEmpty();
    }

    @Test
    void theMarketIsReadyOnlyWhenEveryReaderCountsWhatTheDirectoryCounts() {
        Optional<String> directory = Optional.of("31/14");
        assertThat(DirectoryCounts.agree(directory, Map.of("catalogue", Optional.of("31/14"),
                "registry", Optional.of("31/14")))).isTrue();
        assertThat(DirectoryCounts.agree(directory, Map.of("catalogue", Optional.of("31/14"),
                "registry", Optional.of("1/0")))).as("registry still reading").isFalse();
        assertThat(DirectoryCounts.agree(directory, Map.of("catalogue", Optional.empty()))).isFalse();
        assertThat(DirectoryCounts.agree(Optional.of("0/0"), Map.of("catalogue", Optional.of("0/0"))))
                .as("before the directory holds even the operator").isFalse();
        assertThat(DirectoryCounts.agree(Optional.empty(), Map.of())).isFalse();
    }
}
