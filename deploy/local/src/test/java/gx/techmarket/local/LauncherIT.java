package gx.techmarket.local;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.embedded.Ports;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the real {@code deploy/local/techmarket} script against the Keycloak distribution this module unpacked and
 * built, with a home under {@code target/} and free ports, where it must refuse to start: a port the market needs is
 * taken. Nothing starts, so this costs seconds.
 *
 * <p>Everything that needs a running market (status, a second start, each service's configuration, every demo
 * login's tokens, the start order, the component drills, stop, restart with the data, a supervisor killed outright)
 * is checked on the build's one market, by deploy/e2e's {@code LauncherIT}, after the end-to-end tests.
 */
class LauncherIT {

    private static final Path MODULE = Path.of(System.getProperty("techmarket.module.dir", ".")).toAbsolutePath();
    private static final Path TARGET = Path.of(System.getProperty("techmarket.build.dir", "target")).toAbsolutePath();
    private static final Path SCRIPT = MODULE.resolve("techmarket");

    private static Path home;
    private static final Map<String, String> env = new LinkedHashMap<>();
    private static final Map<String, Integer> ports = new LinkedHashMap<>();

    @BeforeAll
    static void prepare() throws Exception {
        assertThat(SCRIPT).as("the launcher script").isExecutable();
        Path dist = Path.of(System.getProperty("techmarket.keycloak.dist"));
        assertThat(dist.resolve("bin/kc.sh")).as("the Keycloak distribution unpacked at package").isRegularFile();
        assertThat(KeycloakBuild.prebuilt(dist)).as("and built for the launcher's options at package").isTrue();
        home = TARGET.resolve("it-home-" + System.currentTimeMillis());
        for (String name : List.of("PG", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "KEYCLOAK_MGMT", "SMTP", "MAIL_API")) {
            int port;
            do {
                port = Ports.free();
            } while (ports.containsValue(port));
            ports.put(name, port);
            env.put("TECHMARKET_" + name + "_PORT", Integer.toString(port));
        }
        env.put("TECHMARKET_HOME", home.toString());
        env.put("TECHMARKET_SKIP_BUILD", "1");
        env.put("TECHMARKET_SERVICES", "none");
    }

    @Test
    void aTakenPortIsRefusedClearly() throws Exception {
        int keycloakPort = ports.get("KEYCLOAK");
        try (ServerSocket squatter = new ServerSocket(keycloakPort, 1, InetAddress.getLoopbackAddress())) {
            for (String command : List.of("start", "run")) {
                ScriptRun r = script(command);
                assertThat(r.exitCode()).as(command + ": " + r.all()).isEqualTo(LauncherException.PORT_TAKEN);
                assertThat(r.err()).as(command)
                        .contains("port " + keycloakPort + " (Keycloak HTTP) is in use by pid "
                                + ProcessHandle.current().pid())
                        .contains("TECHMARKET_KEYCLOAK_PORT=<port>")
                        .doesNotContain("port " + ports.get("PG") + " ");
                assertThat(r.seconds()).as(command + " gave up at once").isLessThan(30);
            }
        }
        assertThat(Leftovers.find(home)).isEmpty();
        assertThat(RunLock.held(home.resolve("run"))).isFalse();
        assertThat(script("status").exitCode()).isEqualTo(Launcher.NOT_RUNNING);
    }

    static ScriptRun script(String... args) throws IOException, InterruptedException {
        ScriptRun run = ScriptRun.run(SCRIPT, MODULE, env, Duration.ofMinutes(2), TARGET, args);
        System.out.printf(Locale.ROOT, "---- techmarket %s: exit %d after %.1f s%n%s%s", String.join(" ", args),
                run.exitCode(), run.seconds(), run.out(), run.err());
        return run;
    }
}
