package gx.techmarket.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the embedded default runs one service: {@code java -jar services/<name>/target/quarkus-app/quarkus-run.jar},
 * configured through Quarkus's environment variables: its port, its own database (same name as the service, role
 * and password too), the Kafka broker, Keycloak's realm as OIDC server with its client id and development secret,
 * the base URL of every other service that runs, the embedded mail server ({@link MailLaunch}), for the directory the
 * demo organisations (its seed), and for the portal that it is browsed over plain http (its cookies
 * without {@code Secure}). Its JVM maps its class-data archive once there is one
 * ({@link ClassDataArchive}).
 */
public final class ServiceLaunch {

    private ServiceLaunch() {}

    public static List<String> command(ServiceSpec spec, Settings settings, String javaExecutable) {
        List<String> argv = new ArrayList<>();
        argv.add(javaExecutable);
        argv.addAll(ProcessTools.words(settings.serviceJavaOptions()));
        argv.addAll(ClassDataArchive.options(archive(spec, settings)));
        argv.add(Leftovers.mark(settings.home()));
        argv.add("-jar");
        argv.add(spec.runJar(settings.servicesDirectory()).toString());
        return argv;
    }

    public static Map<String, String> environment(ServiceSpec spec, Settings settings, List<ServiceSpec> running) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.servicePort(spec)));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(spec.name()));
        env.put("QUARKUS_DATASOURCE_USERNAME", spec.name());
        env.put("QUARKUS_DATASOURCE_PASSWORD", spec.name());
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", settings.realmUrl());
        env.put("QUARKUS_OIDC_CLIENT_ID", spec.clientId());
        env.putAll(MailLaunch.clientEnvironment(settings));
        spec.devSecret().ifPresent(secret -> env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", secret));
        if (spec.publicClient()) {
            // the market is browsed at http://localhost: Secure cookies would never come back and nobody could sign in
            env.put("TECHMARKET_PORTAL_HTTPS", "false");
        }
        if (spec.name().equals("directory")) {
            // the embedded default is the demo market: the directory holds the demo realm's organisations from its
            // first start (services/directory/README.md)
            env.put("TECHMARKET_DIRECTORY_SEED", "demo");
        }
        for (ServiceSpec other : running) {
            env.put(other.urlVariable(), "http://localhost:" + settings.servicePort(other));
        }
        return env;
    }

    /** The service's class-data archive for its current jar ({@link ClassDataArchive}). */
    public static Path archive(ServiceSpec spec, Settings settings) {
        return ClassDataArchive.of(settings, spec.name(), spec.runJar(settings.servicesDirectory()));
    }

    public static String healthUrl(ServiceSpec spec, Settings settings) {
        return "http://127.0.0.1:" + settings.servicePort(spec) + "/q/health/ready";
    }

    public static Path workingDirectory(ServiceSpec spec, Settings settings) {
        return spec.moduleDirectory(settings.servicesDirectory());
    }
}
