package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceCatalogTest {

    @TempDir
    Path services;

    private void module(String name, boolean built) throws IOException {
        Path dir = Files.createDirectories(services.resolve(name));
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        if (built) {
            Path jar = dir.resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            Files.write(jar, new byte[] {0x50, 0x4b});
        }
    }

    private static List<String> names(List<ServiceSpec> specs) {
        return specs.stream().map(ServiceSpec::name).toList();
    }

    @Test
    void theMarketHasNineServicesOnTheirPorts() {
        assertThat(ServiceSpec.ALL).extracting(ServiceSpec::name, ServiceSpec::defaultPort).containsExactly(
                org.assertj.core.groups.Tuple.tuple("portal", 8080),
                org.assertj.core.groups.Tuple.tuple("catalogue", 8081),
                org.assertj.core.groups.Tuple.tuple("demand", 8082),
                org.assertj.core.groups.Tuple.tuple("bidding", 8083),
                org.assertj.core.groups.Tuple.tuple("registry", 8084),
                org.assertj.core.groups.Tuple.tuple("subsidy", 8085),
                org.assertj.core.groups.Tuple.tuple("notification", 8086),
                org.assertj.core.groups.Tuple.tuple("directory", 8087),
                org.assertj.core.groups.Tuple.tuple("matching", 8088),
                org.assertj.core.groups.Tuple.tuple("statistics", 8089));
    }

    @Test
    void noServiceModuleMeansNoService() {
        assertThat(ServiceCatalog.discover(services, Optional.empty())).isEmpty();
        assertThat(ServiceCatalog.discover(services.resolve("missing"), Optional.empty())).isEmpty();
    }

    @Test
    void aServiceExistsWhenItsModuleHasAPom() throws IOException {
        module("subsidy", true);
        module("catalogue", false);
        Files.createDirectories(services.resolve("demand")); // a folder without pom.xml is not a module
        module("platform", false); // not a service
        assertThat(names(ServiceCatalog.discover(services, Optional.empty()))).containsExactly("catalogue", "subsidy");
        assertThat(names(ServiceCatalog.unbuilt(services, ServiceCatalog.discover(services, Optional.empty()))))
                .containsExactly("catalogue");
    }

    @Test
    void theSelectionNarrowsTheServicesThatExist() throws IOException {
        module("portal", true);
        module("catalogue", true);
        module("bidding", true);
        assertThat(names(ServiceCatalog.discover(services, ServiceCatalog.parseSelection("bidding,portal"))))
                .containsExactly("portal", "bidding");
        assertThat(ServiceCatalog.discover(services, ServiceCatalog.parseSelection("none"))).isEmpty();
        assertThat(names(ServiceCatalog.discover(services, ServiceCatalog.parseSelection("all"))))
                .containsExactly("portal", "catalogue", "bidding");
    }

    @Test
    void selectingAServiceWithoutAModuleIsAnError() throws IOException {
        module("portal", true);
        assertThatThrownBy(() -> ServiceCatalog.discover(services, Optional.of(Set.of("registry"))))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("TECHMARKET_SERVICES names registry")
                .hasMessageContaining("registry/pom.xml does not exist");
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> ServiceCatalog.parseSelection("catalogue,Portal,frontend"))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("'frontend'")
                .hasMessageContaining("portal, catalogue, demand, bidding, registry, subsidy");
        assertThat(ServiceCatalog.parseSelection(" Catalogue  PORTAL ")).contains(Set.of("catalogue", "portal"));
        assertThat(ServiceCatalog.parseSelection("")).isEmpty();
        assertThat(ServiceCatalog.parseSelection(null)).isEmpty();
    }
}
