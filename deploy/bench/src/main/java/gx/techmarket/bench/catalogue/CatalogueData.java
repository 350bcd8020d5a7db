package gx.techmarket.bench.catalogue;

import gx.techmarket.bench.MarketHandle;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Puts the generated results into the catalogue's database as published rows, as the service's own role: the same
 * columns and search terms the service writes when an operator approves a result, without the 300,000 HTTP calls
 * (create, submit, approve) that would take. No {@code ResultPublished} events: nothing consumes them yet. Rows
 * already there (an earlier run with the same seed) are kept; only the missing ones are inserted, then the table is
 * vacuumed and analysed, as after any bulk import, so that the GIN index has no pending list and the planner knows
 * the new size.
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
                withdrawn_at, version, search_vector)
            values (?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, 'PUBLISHED', null, ?, ?, ?, ?, ?, null, 0,
                to_tsvector('simple', ?))
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
            try (Statement st = c.createStatement()) {
                // new GIN entries go to the index's pending list, merged in bulk by the vacuum below: several
                // times faster than inserting each row's ~100 terms into the tree (the service's own setting is
                // untouched; this is this session's)
                st.execute("set gin_pending_list_limit = '64MB'");
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
        ps.setTimestamp(k++, published);
        ps.setString(k, ResultGenerator.lexemes(r.title() + " " + r.summary()));
    }
}
