package gx.techmarket.platform.testing;

import gx.techmarket.platform.embedded.EmbeddedKafkaBroker;
import gx.techmarket.platform.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * The real infrastructure of one test JVM: PostgreSQL, a Kafka broker and the test OIDC issuer, started once, in
 * parallel, on free loopback ports, with all files under the module's {@code target/}. Stopped when the JVM exits.
 */
public final class EmbeddedInfrastructure {

    private static final Logger LOG = Logger.getLogger(EmbeddedInfrastructure.class);
    private static volatile EmbeddedInfrastructure instance;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final TestOidcIssuer oidc;

    private EmbeddedInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, TestOidcIssuer oidc) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.oidc = oidc;
    }

    /** The JVM's infrastructure, started on first use. */
    public static EmbeddedInfrastructure get() {
        EmbeddedInfrastructure local = instance;
        if (local == null) {
            synchronized (EmbeddedInfrastructure.class) {
                local = instance;
                if (local == null) {
                    local = start();
                    instance = local;
                }
            }
        }
        return local;
    }

    private static EmbeddedInfrastructure start() {
        long begin = System.nanoTime();
        Path root = buildDirectory().resolve("embedded").resolve("run-" + UUID.randomUUID());
        Path pgBinaries = buildDirectory().resolve("embedded").resolve("pg-binaries");
        var postgres = CompletableFuture.supplyAsync(
                () -> EmbeddedPostgresServer.start(root.resolve("postgres"), pgBinaries, 0));
        var kafka = CompletableFuture.supplyAsync(() -> EmbeddedKafkaBroker.start(root.resolve("kafka"), 0, 0));
        var oidc = CompletableFuture.supplyAsync(TestOidcIssuer::start);
        try {
            EmbeddedInfrastructure infra = new EmbeddedInfrastructure(postgres.join(), kafka.join(), oidc.join());
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "embedded-infrastructure-stop"));
            LOG.infof("Embedded PostgreSQL :%d, Kafka %s, OIDC %s ready in %d ms", infra.postgres.port(),
                    infra.kafka.bootstrapServers(), infra.oidc.issuer(), (System.nanoTime() - begin) / 1_000_000);
            return infra;
        } catch (CompletionException e) {
            postgres.thenAccept(EmbeddedPostgresServer::close);
            kafka.thenAccept(EmbeddedKafkaBroker::close);
            oidc.thenAccept(TestOidcIssuer::close);
            throw new IllegalStateException("the embedded test infrastructure did not start", e.getCause());
        }
    }

    /** {@code target/} of the module under test (Surefire passes it; the working directory otherwise). */
    static Path buildDirectory() {
        String dir = System.getProperty("techmarket.build.dir");
        return dir != null ? Path.of(dir) : Path.of("target").toAbsolutePath();
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public TestOidcIssuer oidc() {
        return oidc;
    }

    private void stop() {
        for (AutoCloseable c : new AutoCloseable[] {oidc, kafka, postgres}) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("stopping embedded infrastructure", e);
            }
        }
    }
}
