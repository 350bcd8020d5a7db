package gx.techmarket.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One deployable service of the market, as the embedded default runs it: its module folder under {@code services/},
 * its default HTTP port and its OIDC client in the {@code techmarket} realm.
 *
 * @param name the module folder and database name, e.g. {@code catalogue}
 * @param title what people call it
 * @param defaultPort its HTTP port unless {@code TECHMARKET_<NAME>_PORT} says otherwise
 */
public record ServiceSpec(String name, String title, int defaultPort) {

    /** Every service the market has, in start order; which of them exist is decided by {@link ServiceCatalog}. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("portal", "门户 portal", 8080),
            new ServiceSpec("catalogue", "科技成果库 results catalogue", 8081),
            new ServiceSpec("demand", "技术需求 demand listings", 8082),
            new ServiceSpec("bidding", "揭榜挂帅 challenge bidding", 8083),
            new ServiceSpec("registry", "技术合同认定登记 contract registration", 8084),
            new ServiceSpec("subsidy", "补助核算 subsidy accounting", 8085),
            new ServiceSpec("notification", "通知中心 notification centre", 8086),
            new ServiceSpec("directory", "机构库 directory of organisations", 8087),
            new ServiceSpec("matching", "撮合 matching and 意向洽谈", 8088),
            new ServiceSpec("statistics", "统计分析 statistics", 8089));

    public static Optional<ServiceSpec> byName(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst();
    }

    /** The OIDC client of this service in the realm. */
    public String clientId() {
        return "techmarket-" + name;
    }

    /** The portal is a public client (PKCE); every other service is a confidential resource server. */
    public boolean publicClient() {
        return name.equals("portal");
    }

    /** The client secret of the embedded default. Development only: production takes secrets from its environment. */
    public Optional<String> devSecret() {
        return publicClient() ? Optional.empty() : Optional.of("dev-secret-" + name);
    }

    /** The environment variable that overrides the port. */
    public String portVariable() {
        return "TECHMARKET_" + name.toUpperCase(Locale.ROOT) + "_PORT";
    }

    /** The environment variable under which other services (the portal) find this service's base URL. */
    public String urlVariable() {
        return "TECHMARKET_" + name.toUpperCase(Locale.ROOT) + "_URL";
    }

    public Path moduleDirectory(Path servicesDirectory) {
        return servicesDirectory.resolve(name);
    }

    /** The runnable built by {@code ./mvnw install}: Quarkus's fast-jar launcher. */
    public Path runJar(Path servicesDirectory) {
        return moduleDirectory(servicesDirectory).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
