package gx.techmarket.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (zonky's binaries from the Maven registry) on loopback. With a data directory that
 * already holds a cluster, it starts on that data: the embedded default keeps its data across restarts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL for tests: {@code synchronous_commit=off} (the embedded library's default), so a commit
     * returns before its WAL is flushed; a crash of PostgreSQL itself may lose the last commits, which no test needs.
     *
     * @param dataDirectory where the cluster lives; initialised when empty, reused otherwise
     * @param workDirectory where the binaries are unpacked (shared, reused between starts)
     * @param port the port, or 0 for a free one
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path workDirectory, int port) {
        return start(dataDirectory, workDirectory, port, false);
    }

    /**
     * Starts PostgreSQL; with {@code durableCommits} a commit returns only once its WAL is on disk
     * ({@code synchronous_commit=on}, as a production database runs): what the embedded default uses, since a
     * registration number or a granted subsidy that was confirmed must survive a crash of the database.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, Path workDirectory, int port,
            boolean durableCommits) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(workDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDirectory.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", durableCommits ? "on" : "off")
                    // the benchmark reads pg_xact_commit_timestamp(xmin) of the services' rows
                    .setServerConfig("track_commit_timestamp", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /**
     * Creates a database owned by a login role of the same name (password = name) if it does not exist yet.
     * Each service gets its own; nothing is shared between them.
     */
    public void ensureDatabase(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case identifier: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet role = s.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
                if (!role.next()) {
                    s.execute("create role " + name + " login password '" + name + "'");
                }
            }
            try (ResultSet db = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!db.next()) {
                    s.execute("create database " + name + " owner " + name + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
