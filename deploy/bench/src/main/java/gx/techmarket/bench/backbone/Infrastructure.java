package gx.techmarket.bench.backbone;

import gx.techmarket.bench.Options;
import gx.techmarket.bench.kafka.Topics;

import gx.techmarket.platform.embedded.EmbeddedKafkaBroker;
import gx.techmarket.platform.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the bench's PostgreSQL and Kafka are. By default it starts its own, the embedded module's real PostgreSQL
 * and KRaft broker, with fresh data under {@code target/bench-data}; with {@code --postgres} / {@code --kafka} it
 * uses running ones (e.g. the embedded default's, ports 15432 and 19092).
 *
 * <p>This runs in {@link BenchMain} <em>before</em> Quarkus starts, because Quarkus reads the datasource URL and
 * {@code kafka.bootstrap.servers} when it starts: they are handed over as system properties.
 */
final class Infrastructure implements AutoCloseable {

    static final String DATABASE = "bench";
    /** The part's topics: the pings, their dead-letter topic, the raw Kafka path's. */
    static final List<String> TOPICS = List.of(Pinged.TOPIC, Pinged.DLQ, BaselinePath.TOPIC);
    private static final Pattern JDBC_URL =
            Pattern.compile("jdbc:postgresql://([^/?]+)/([a-z][a-z0-9_]{0,62})(\\?.*)?");

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String bootstrapServers;
    private boolean closed;

    private Infrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, String jdbcUrl, String user,
            String password, String bootstrapServers) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.bootstrapServers = bootstrapServers;
    }

    static Infrastructure start(Options options) {
        Path data = options.dataDir();
        CompletableFuture<EmbeddedPostgresServer> pg = options.postgres().isPresent()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> {
                    Path dir = data.resolve("postgres");
                    wipe(dir);
                    return EmbeddedPostgresServer.start(dir, data.resolve("pg-binaries"), 0);
                });
        CompletableFuture<EmbeddedKafkaBroker> broker = options.kafka().isPresent()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> {
                    Path dir = data.resolve("kafka");
                    wipe(dir);
                    return EmbeddedKafkaBroker.start(dir, 0, 0);
                });
        EmbeddedPostgresServer postgres;
        EmbeddedKafkaBroker kafka;
        try {
            postgres = pg.join();
            kafka = broker.join();
        } catch (CompletionException e) {
            pg.thenAccept(p -> { if (p != null) p.close(); });
            broker.thenAccept(k -> { if (k != null) k.close(); });
            throw new IllegalStateException("the embedded infrastructure did not start: " + e.getCause(), e.getCause());
        }
        String url;
        String user;
        String password;
        if (postgres != null) {
            postgres.ensureDatabase(DATABASE);
            url = postgres.jdbcUrl(DATABASE);
            user = DATABASE;
            password = DATABASE;
        } else {
            url = options.postgres().orElseThrow();
            Matcher m = JDBC_URL.matcher(url);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "--postgres: expected jdbc:postgresql://host:port/database, got " + url);
            }
            user = options.pgUser().orElse(m.group(2));
            password = options.pgPassword().orElse(user);
            ensureExternalDatabase(url, m.group(1), m.group(2), user, password);
        }
        String bootstrap = kafka != null ? kafka.bootstrapServers() : options.kafka().orElseThrow();
        Infrastructure infra = new Infrastructure(postgres, kafka, url, user, password, bootstrap);
        try (Topics topics = new Topics(bootstrap)) {
            topics.ensure(TOPICS, options.topicPartitions());
        } catch (Exception e) {
            infra.close();
            throw new IllegalStateException("could not create the bench topics on " + bootstrap, e);
        }
        return infra;
    }

    /** Hands the addresses to Quarkus, which reads them when it starts. */
    void exportToQuarkus(Options options) {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl);
        System.setProperty("quarkus.datasource.username", user);
        System.setProperty("quarkus.datasource.password", password);
        // every connection of the pool, so every commit the bench times is as durable as configured
        System.setProperty("quarkus.datasource.jdbc.additional-jdbc-properties.options",
                "-c synchronous_commit=" + options.synchronousCommit());
        System.setProperty("kafka.bootstrap.servers", bootstrapServers);
        options.consumerThreads().ifPresent(n ->
                System.setProperty("mp.messaging.incoming.pings.concurrency", String.valueOf(n)));
        System.setProperty("bench.postgres.where", postgres != null
                ? "embedded (zonky binaries, started by the bench, fresh data in "
                        + relative(options.dataDir().resolve("postgres")) + ")"
                : "external " + jdbcUrl);
        System.setProperty("bench.kafka.where", kafka != null
                ? "embedded KRaft broker in the bench JVM (fresh data, port " + kafka.port() + ")"
                : "external " + bootstrapServers);
    }

    private static String relative(Path p) {
        Path base = Path.of(System.getProperty("techmarket.repo", ".")).toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString() : p.toString();
    }

    /** A running PostgreSQL: create the database and its role through the superuser if the login does not work. */
    private static void ensureExternalDatabase(String url, String hostPort, String database, String user,
            String password) {
        try (Connection c = DriverManager.getConnection(url, credentials(user, password))) {
            return;
        } catch (SQLException e) {
            // 3D000: no such database; 28P01/28000: no such role or wrong password. Try to create both.
            if (!"3D000".equals(e.getSQLState()) && !String.valueOf(e.getSQLState()).startsWith("28")) {
                throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
            }
        }
        if (!user.equals(database) || !password.equals(user)) {
            throw new IllegalStateException("cannot log in to " + url + " as " + user
                    + "; create the database and role yourself, or leave --pg-user/--pg-password unset");
        }
        String admin = "jdbc:postgresql://" + hostPort + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, credentials(EmbeddedPostgresServer.SUPERUSER, ""));
                Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("select 1 from pg_roles where rolname = '" + database + "'")) {
                if (!role.next()) {
                    s.execute("create role " + database + " login password '" + database + "'");
                }
            }
            try (ResultSet db = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!db.next()) {
                    s.execute("create database " + database + " owner " + database
                            + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot log in to " + url + " as " + user + ", nor create it as "
                    + EmbeddedPostgresServer.SUPERUSER + " at " + admin + ": " + e.getMessage(), e);
        }
    }

    private static Properties credentials(String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "10");
        return p;
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                System.err.println("bench: the Kafka broker did not stop cleanly: " + e);
            }
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (RuntimeException e) {
                System.err.println("bench: PostgreSQL did not stop cleanly: " + e);
            }
        }
    }
}
