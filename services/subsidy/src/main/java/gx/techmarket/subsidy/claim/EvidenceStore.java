package gx.techmarket.subsidy.claim;

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
 * The contents of claims' evidence in subsidy's own database ({@code claim_evidence_content}, one row per distinct
 * SHA-256), written in the transaction of the evidence row that refers to it (ADR 0022, ADR 0026). Evidence is never
 * removed (it is the record of what a decision rested on), so a content is never deleted either.
 */
@ApplicationScoped
class EvidenceStore {

    private final AgroalDataSource dataSource;

    EvidenceStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps {@code content} (once per hash) and returns its key, the lower-case hex SHA-256. */
    String put(byte[] content) {
        String key = keyOf(content);
        String sql = "insert into claim_evidence_content (sha256, size, content) values (?, ?, ?) "
                + "on conflict (sha256) do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.setLong(2, content.length);
            s.setBytes(3, content);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store evidence content " + key, e);
        }
        return key;
    }

    InputStream open(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select content from claim_evidence_content where sha256 = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no evidence content " + key);
                }
                // the driver reads a bytea whole anyway; the limit on uploads bounds it
                return new ByteArrayInputStream(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read evidence content " + key, e);
        }
    }

    static String keyOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
