package gx.techmarket.portal.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the fake Keycloak and the service stubs and points the portal at them. With the init argument
 * {@code unreachable=<service>} that service's URL is a loopback port nobody listens on (a service that is down).
 */
public class PortalTestResources implements QuarkusTestResourceLifecycleManager {

    private FakeKeycloak keycloak;
    private ServiceStubs stubs;
    private String unreachable = "";

    @Override
    public void init(Map<String, String> initArgs) {
        unreachable = initArgs.getOrDefault("unreachable", "");
    }

    @Override
    public Map<String, String> start() {
        keycloak = FakeKeycloak.start();
        stubs = ServiceStubs.start();
        stubs.reset();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
        for (String service : ServiceStubs.SERVICES) {
            config.put("quarkus.rest-client." + service + ".url",
                    service.equals(unreachable) ? "http://127.0.0.1:" + closedPort() : stubs.url(service));
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(stubs, new TestInjector.AnnotatedAndMatchesType(InjectStubs.class, ServiceStubs.class));
        injector.injectIntoFields(keycloak,
                new TestInjector.AnnotatedAndMatchesType(InjectStubs.class, FakeKeycloak.class));
    }

    @Override
    public void stop() {
        if (stubs != null) {
            stubs.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
