package gx.techmarket.bidding.document;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * The contents of bids' documents in the bidding database (table {@code bid_document_content}, one row per distinct
 * SHA-256), in the transaction of the record that refers to them: an upload that fails leaves no orphan (ADR 0022,
 * as the registry's {@code PostgresAttachmentStore}; both belong behind one platform interface, to consolidate).
 */
@ApplicationScoped
public class DocumentStore {

    private final AgroalDataSource dataSource;

    DocumentStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The key of {@code content}: the lower-case hex SHA-256 of its bytes. */
    public static String keyOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Keeps {@code content} (if it is not kept already) and returns its key. */
    public String put(byte[] content) {
        String key = keyOf(content);
        // "do update" rather than "do nothing": it locks the existing row, so a deletion of the same content waits
        String sql = "insert into bid_document_content (sha256, size, content) values (?, ?, ?) "
                + "on conflict (sha256) do update set sha256 = excluded.sha256";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.setLong(2, content.length);
            s.setBytes(3, content);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store document content " + key, e);
        }
        return key;
    }

    /** The content kept under {@code key}. */
    public InputStream open(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select content from bid_document_content where sha256 = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no document content " + key);
                }
                // the driver reads a bytea whole anyway; the limit on uploads bounds it
                return new ByteArrayInputStream(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read document content " + key, e);
        }
    }

    /** Forgets the content under {@code key}; the caller made sure no document refers to it any more. */
    public void delete(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from bid_document_content where sha256 = ?")) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not delete document content " + key, e);
        }
    }
}
