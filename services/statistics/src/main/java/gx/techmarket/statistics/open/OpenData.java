package gx.techmarket.statistics.open;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.statistics.projection.Generations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 开放数据: the published listings of the live facts and the change feed, read for anyone. Only what a publication made
 * public is selected; a listing not (or no longer) published is not there.
 */
@ApplicationScoped
public class OpenData {

    static final int BULK_CHUNK = 1000;
    private static final String COLUMNS = "listing_id, kind, title, summary, industry, region, owner_name, owner_uscc, "
            + "owner_kind, maturity, modes, asking_price, budget_min, budget_max, deadline, published_at, title_en, "
            + "summary_en";

    private final AgroalDataSource db;
    private final Generations generations;
    private final Cursors cursors;

    OpenData(AgroalDataSource db, Generations generations,
            @ConfigProperty(name = "techmarket.open-data.cursor-secret") String cursorSecret) {
        this.db = db;
        this.generations = generations;
        this.cursors = new Cursors(cursorSecret);
    }

    /** A page of the published listings of a kind, newest publication first. */
    public Page<OpenListing> listings(String kind, Paging paging) {
        int generation = generations.live();
        long total = count("select count(*) from listing_fact where generation = ? and kind = ? "
                + "and status = 'PUBLISHED'", generation, kind);
        List<OpenListing> items = query("select " + COLUMNS + " from listing_fact where generation = ? and kind = ? "
                + "and status = 'PUBLISHED' order by published_at desc, listing_id limit ? offset ?",
                generation, kind, paging.size(), paging.offset());
        return Page.of(items, total, paging);
    }

    /** Every published listing of a kind, in chunks (the bulk downloads), oldest publication first. */
    public void each(String kind, Consumer<OpenListing> sink) {
        int generation = generations.live();
        Timestamp after = new Timestamp(0);
        UUID afterId = new UUID(0, 0);
        while (true) {
            List<OpenListing> chunk = query("select " + COLUMNS + " from listing_fact where generation = ? and kind = ? "
                    + "and status = 'PUBLISHED' and (published_at, listing_id) > (?, ?) "
                    + "order by published_at, listing_id limit ?", generation, kind, after, afterId, BULK_CHUNK);
            chunk.forEach(sink);
            if (chunk.size() < BULK_CHUNK) {
                return;
            }
            OpenListing last = chunk.get(chunk.size() - 1);
            after = Timestamp.from(last.publishedAt());
            afterId = last.id();
        }
    }

    /** The changes after {@code cursor} (none: from the start), at most {@code limit}, and the next cursor. */
    public OpenChange.Feed changes(String cursor, int limit) {
        long position = cursors.position(cursor);
        List<OpenChange> items = new ArrayList<>();
        long last = position;
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "select seq, listing_id, kind, change, changed_at from open_change where seq > ? order by seq limit ?")) {
            q.setLong(1, position);
            q.setInt(2, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    items.add(new OpenChange((UUID) rs.getObject(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change feed", e);
        }
        return new OpenChange.Feed(items, cursors.issue(last));
    }

    private long count(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the open data", e);
        }
    }

    private List<OpenListing> query(String sql, Object... args) {
        List<OpenListing> out = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            bind(q, args);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String modes = rs.getString(11);
                    Date deadline = rs.getDate(15);
                    Timestamp published = rs.getTimestamp(16);
                    out.add(new OpenListing((UUID) rs.getObject(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10),
                            modes == null || modes.isEmpty() ? List.of() : Arrays.asList(modes.split(",")),
                            money(rs.getBigDecimal(12)), money(rs.getBigDecimal(13)), money(rs.getBigDecimal(14)),
                            deadline == null ? null : deadline.toLocalDate(),
                            published == null ? null : published.toInstant(), rs.getString(17), rs.getString(18)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the open data", e);
        }
    }

    private static void bind(PreparedStatement q, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            q.setObject(i + 1, args[i]);
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
