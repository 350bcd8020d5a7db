package gx.techmarket.registry.attachment;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The contents in the registry's own database (table {@code attachment_content}, one row per distinct SHA-256), in
 * the transaction of the metadata that refers to them: an upload that fails leaves no orphan, and a backup of the
 * database is a backup of the filings with their documents (ADR 0022).
 */
@ApplicationScoped
public class PostgresAttachmentStore implements AttachmentStore {

    private final AgroalDataSource dataSource;

    PostgresAttachmentStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String put(byte[] content) {
        String key = AttachmentStore.keyOf(content);
        // "do update" rather than "do nothing": it locks the existing row, so a deletion of the same content
        // waits for this transaction (and then finds the new reference)
        String sql = "insert into attachment_content (sha256, size, content) values (?, ?, ?) "
                + "on conflict (sha256) do update set sha256 = excluded.sha256";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.setLong(2, content.length);
            s.setBytes(3, content);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store attachment content " + key, e);
        }
        return key;
    }

    @Override
    public InputStream open(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select content from attachment_content where sha256 = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no attachment content " + key);
                }
                // the driver reads a bytea whole anyway; the limit on uploads bounds it
                return new ByteArrayInputStream(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attachment content " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from attachment_content where sha256 = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete attachment content " + key, e);
        }
    }
}
