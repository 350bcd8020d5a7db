package gx.techmarket.subsidy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** This service's Flyway migrations read as statements, for tests that run a migration's backfill again. */
public final class Migrations {

    private Migrations() {}

    /**
     * The statements of migration {@code file} (e.g. {@code V5__readable_refusals.sql}), comment lines left out, that
     * start with one of {@code starts}, in order.
     */
    public static List<String> statements(String file, String... starts) {
        String sql;
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no migration " + file);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(code.split(";"))
                .filter(statement -> Arrays.stream(starts).anyMatch(start -> statement.strip().startsWith(start)))
                .toList();
    }
}
