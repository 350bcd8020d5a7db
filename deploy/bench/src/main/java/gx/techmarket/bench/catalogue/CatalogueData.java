package gx.techmarket.bench.catalogue;

import gx.techmarket.bench.MarketHandle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Puts the generated results into the catalogue's database as published rows, as the service's own role: the same
 * columns the service writes when an operator approves a result, without the 300,000 HTTP calls (create, submit,
 * approve) that would take. No {@code ResultPublished} events: the catalogue's search index (ADR 0030) learns of
 * the rows by being rebuilt from the table, so after inserting rows the catalogue is restarted ({@code techmarket
 * stop catalogue}, {@code start catalogue}: the embedded default keeps its index in memory and rebuilds it at every
 * start) and {@link #awaitIndex} waits until its health check says the index is {@code READY} with every published
 * row. Rows already there (an earlier run with the same seed) are kept; only the missing ones are inserted, then the
 * table is vacuumed and analysed, as after any bulk import, so that the planner knows the new size.
 */
final class CatalogueData {

    /** What {@link #ensure} found and did. */
    record Loaded(int wanted, int alreadyThere, int inserted, double insertSeconds, double vacuumSeconds,
            long publishedInCatalogue, long benchRowsInCatalogue) {

        double rowsPerSecond() {
            return inserted == 0 ? Double.NaN : inserted / insertSeconds;
        }
    }

    private static final int BATCH = 500;

    private static final String INSERT = """
            insert into result (id, holder_uscc, holder_name, holder_kind, holder_region, holder_parent_uscc, title,
                summary, industry, maturity, trl, transfer_modes, asking_price, price_negotiable, patents,
                region_code, status, rejection_reason, created_by, created_at, updated_at, submitted_at, published_at,
                withdrawn_at, version)
            values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, 'PUBLISHED', null, ?, ?, ?, ?, ?, null, 0)
            on conflict (id) do nothing""";

    private CatalogueData() {}

    static Loaded ensure(MarketHandle market, ResultGenerator generator, int size, Consumer<String> log)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(market.jdbcUrl("catalogue") + "?reWriteBatchedInserts=true",
                "catalogue", "catalogue")) {
            Set<UUID> present = new HashSet<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id from result where created_by = '"
                            + ResultGenerator.CREATED_BY + "'")) {
                while (rs.next()) {
                    present.add(rs.getObject(1, UUID.class));
                }
            }
            int already = 0;
            int inserted = 0;
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (int i = 0; i < size; i++) {
                    if (present.contains(generator.id(i))) {
                        already++;
                        continue;
                    }
                    bind(c, ps, generator.result(i));
                    ps.addBatch();
                    inserted++;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                    if (inserted % 20_000 == 0) {
                        log.accept(String.format("catalogue: %,d results inserted", inserted));
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            double insertSeconds = (System.nanoTime() - t0) / 1e9;
            c.setAutoCommit(true);
            double vacuumSeconds = Double.NaN;
            if (inserted > 0) {
                long v0 = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    st.execute("vacuum (analyze) result");
                }
                vacuumSeconds = (System.nanoTime() - v0) / 1e9;
            }
            long published;
            long bench;
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) filter (where status = 'PUBLISHED'), "
                            + "count(*) filter (where created_by = '" + ResultGenerator.CREATED_BY + "') from result")) {
                rs.next();
                published = rs.getLong(1);
                bench = rs.getLong(2);
            }
            return new Loaded(size, already, inserted, insertSeconds, vacuumSeconds, published, bench);
        }
    }

    private static void bind(Connection c, PreparedStatement ps, ResultGenerator.GeneratedResult r)
            throws SQLException {
        int k = 1;
        ps.setObject(k++, r.id());
        ps.setString(k++, r.holder().uscc());
        ps.setString(k++, r.holder().name());
        ps.setString(k++, r.holder().kind());
        ps.setString(k++, r.holder().region());
        ps.setString(k++, r.title());
        ps.setString(k++, r.summary());
        ps.setString(k++, r.industry());
        ps.setString(k++, r.maturity());
        if (r.trl() == null) {
            ps.setNull(k++, Types.INTEGER);
        } else {
            ps.setInt(k++, r.trl());
        }
        ps.setArray(k++, c.createArrayOf("text", r.transferModes().toArray()));
        ps.setBigDecimal(k++, r.askingPrice());
        ps.setBoolean(k++, r.priceNegotiable());
        // the catalogue keeps a result's rights as jsonb (V3): the generated ZL numbers as granted inventions
        ps.setString(k++, r.patentNumbers().stream()
                .map(n -> "{\"number\":\"" + n + "\",\"kind\":\"INVENTION\",\"status\":\"GRANTED\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]")));
        ps.setString(k++, r.regionCode());
        ps.setString(k++, ResultGenerator.CREATED_BY);
        Timestamp published = Timestamp.from(r.publishedAt());
        ps.setTimestamp(k++, Timestamp.from(r.publishedAt().minus(Duration.ofDays(3))));
        ps.setTimestamp(k++, published);
        ps.setTimestamp(k++, Timestamp.from(r.publishedAt().minus(Duration.ofDays(1))));
        ps.setTimestamp(k, published);
    }

    /** How long the catalogue may take to rebuild its index (1,000,000 results on the 2-core machine: minutes). */
    static final Duration INDEX_TIMEOUT = Duration.ofMinutes(60);

    /**
     * Restarts the catalogue when rows were inserted (its index is rebuilt from the table at start), then waits until
     * its health check says the search index is {@code READY} with at least {@code published} documents.
     *
     * @return the seconds from the restart (or the call) until the index was ready
     */
    static double awaitIndex(MarketHandle market, Loaded loaded, Consumer<String> log)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        if (loaded.inserted() > 0) {
            log.accept("catalogue: restarting the catalogue so that its search index is rebuilt from the table");
            market.scriptOrFail("stop", "catalogue");
            market.scriptOrFail("start", "catalogue");
        }
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        URI health = URI.create(market.url("catalogue") + "/q/health/ready");
        long deadline = t0 + INDEX_TIMEOUT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode check : json.readTree(r.body()).path("checks")) {
                    if (check.path("name").asText().equals("search-index")) {
                        JsonNode data = check.path("data");
                        last = data.toString();
                        if (data.path("state").asText().equals("READY")
                                && data.path("documents").asLong() >= loaded.publishedInCatalogue()) {
                            double seconds = (System.nanoTime() - t0) / 1e9;
                            log.accept(String.format(Locale.ROOT, "catalogue: search index ready (%s) after %.0f s",
                                    last, seconds));
                            return seconds;
                        }
                    }
                }
            } catch (IOException starting) {
                last = "not answering yet: " + starting.getMessage();
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("the catalogue's search index was not ready within " + INDEX_TIMEOUT
                + " (last: " + last + ")");
    }
}
