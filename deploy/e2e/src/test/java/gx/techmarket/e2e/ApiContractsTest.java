package gx.techmarket.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code contracts/api/<service>.openapi.yaml} is the committed copy of each service's REST API, the one the portal
 * and other clients read. Each service writes its OpenAPI document at build time
 * ({@code quarkus.smallrye-openapi.store-schema-directory=target/openapi}); the committed copy must be exactly that
 * document, so an API change shows up in review as a change under {@code contracts/api/}.
 */
class ApiContractsTest {

    private static final Path REPO = Path.of(System.getProperty("techmarket.repo.dir", "../..")).toAbsolutePath()
            .normalize();

    @ParameterizedTest
    @ValueSource(strings = {"catalogue", "demand", "bidding", "registry", "subsidy", "notification",
            "directory", "matching", "statistics"})
    void theCommittedApiDocumentIsTheOneTheServiceServes(String service) throws IOException {
        Path built = REPO.resolve("services").resolve(service).resolve("target/openapi/openapi.yaml");
        Path committed = REPO.resolve("contracts/api").resolve(service + ".openapi.yaml");
        assertThat(built).as("the OpenAPI document of %s, written when the service is built (./mvnw package)", service)
                .isRegularFile();
        assertThat(committed).as("the committed API contract of %s", service).isRegularFile();

        List<String> builtLines = Files.readAllLines(built, StandardCharsets.UTF_8);
        List<String> committedLines = Files.readAllLines(committed, StandardCharsets.UTF_8);
        assertThat(committedLines)
                .as("contracts/api/%s.openapi.yaml differs from the API the service now serves; if the change is "
                        + "meant, run contracts/api/update.sh and commit the result", service)
                .containsExactlyElementsOf(builtLines);
    }
}
