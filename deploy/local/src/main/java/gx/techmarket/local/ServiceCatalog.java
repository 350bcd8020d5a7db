package gx.techmarket.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which services the launcher runs: every service whose module exists ({@code services/<name>/pom.xml}),
 * narrowed by {@code TECHMARKET_SERVICES} when it is set (a comma-separated list of names, or {@code none}).
 */
public final class ServiceCatalog {

    private ServiceCatalog() {}

    /**
     * Parses {@code TECHMARKET_SERVICES}. Empty means "every service that exists".
     *
     * @throws LauncherException naming the unknown service and the known ones
     */
    public static Optional<Set<String>> parseSelection(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("all")) {
            return Optional.empty();
        }
        if (value.trim().equalsIgnoreCase("none")) {
            return Optional.of(Set.of());
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : value.split("[,\\s]+")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (ServiceSpec.byName(name).isEmpty()) {
                throw new LauncherException(LauncherException.CONFIGURATION, "TECHMARKET_SERVICES names '" + part
                        + "', which is not a service of the market; known services: " + knownNames()
                        + " (or 'all', 'none')");
            }
            names.add(name);
        }
        return Optional.of(Set.copyOf(names));
    }

    /**
     * The services to run, in start order.
     *
     * @param servicesDirectory the repository's {@code services/} folder
     * @param selection the parsed {@code TECHMARKET_SERVICES}
     * @throws LauncherException if the selection names a service whose module does not exist
     */
    public static List<ServiceSpec> discover(Path servicesDirectory, Optional<Set<String>> selection) {
        List<ServiceSpec> present = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            boolean exists = Files.isRegularFile(spec.moduleDirectory(servicesDirectory).resolve("pom.xml"));
            boolean selected = selection.map(s -> s.contains(spec.name())).orElse(true);
            if (selected && !exists) {
                if (selection.isPresent()) {
                    throw new LauncherException(LauncherException.CONFIGURATION, "TECHMARKET_SERVICES names "
                            + spec.name() + ", but " + spec.moduleDirectory(servicesDirectory).resolve("pom.xml")
                            + " does not exist");
                }
                continue;
            }
            if (selected) {
                present.add(spec);
            }
        }
        return List.copyOf(present);
    }

    /** Services that exist but have not been built yet (no {@code quarkus-run.jar}). */
    public static List<ServiceSpec> unbuilt(Path servicesDirectory, List<ServiceSpec> services) {
        return services.stream().filter(s -> !Files.isRegularFile(s.runJar(servicesDirectory))).toList();
    }

    static String knownNames() {
        return ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.joining(", "));
    }
}
