package gx.techmarket.statistics.figures;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads rows of the facts: each row as its columns, in order. */
@ApplicationScoped
class Sql {

    private final AgroalDataSource db;

    Sql(AgroalDataSource db) {
        this.db = db;
    }

    List<Object[]> rows(String sql, List<Object> args) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                q.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the statistics' facts", e);
        }
    }

    long count(String sql, List<Object> args) {
        return ((Number) rows(sql, args).get(0)[0]).longValue();
    }
}
