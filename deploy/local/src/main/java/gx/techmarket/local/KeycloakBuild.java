package gx.techmarket.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the unpacked Keycloak distribution for the launcher's configuration ({@code kc.sh build} with
 * {@link KeycloakLaunch#BUILD_OPTIONS}) once, when this module is packaged, so that every start is an optimized one.
 * Run by the exec-maven-plugin after the distribution is unpacked; a distribution built for the same options already
 * is left alone, so a second {@code package} costs nothing. The stamp file records the options it was built for:
 * the launcher refuses a distribution without it ({@link #prebuilt}), and copies it anew into a home whose copy was
 * built differently.
 */
public final class KeycloakBuild {

    /** In the distribution's root: the build options it was built for, one line. */
    public static final String STAMP = ".techmarket-prebuilt";

    private KeycloakBuild() {}

    /** What the stamp says for today's {@link KeycloakLaunch#BUILD_OPTIONS}. */
    public static String stamp() {
        return String.join(" ", KeycloakLaunch.BUILD_OPTIONS);
    }

    /** Whether the distribution was built for today's options. */
    public static boolean prebuilt(Path distribution) {
        Path stamp = distribution.resolve(STAMP);
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(stamp());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds the distribution in {@code args[0]} unless it is built for today's options already.
     *
     * @throws IllegalStateException when {@code kc.sh build} fails (the Maven build fails with it)
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KeycloakBuild <keycloak distribution directory>");
        }
        Path distribution = Path.of(args[0]).toAbsolutePath();
        if (prebuilt(distribution)) {
            System.out.println("Keycloak in " + distribution + " is built for " + stamp() + " already");
            return;
        }
        Files.deleteIfExists(distribution.resolve(STAMP));
        System.out.println("building Keycloak in " + distribution + " for " + stamp() + " (kc.sh build, once)");
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(KeycloakLaunch.buildCommand(distribution))
                .directory(distribution.toFile())
                .inheritIO();
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kc.sh build failed with exit code " + exit + " in " + distribution);
        }
        Files.writeString(distribution.resolve(STAMP), stamp() + System.lineSeparator(), StandardCharsets.UTF_8);
        System.out.printf("Keycloak built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
