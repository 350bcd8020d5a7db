package gx.techmarket.registry.attachment;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the contents of attachments live, addressed by their SHA-256 (lower-case hex): the same bytes are kept once,
 * however many filings carry them. ADR 0022: PostgreSQL on the embedded default ({@link PostgresAttachmentStore});
 * an S3-compatible store on a cluster would implement this same interface.
 */
public interface AttachmentStore {

    /** Keeps {@code content} (if it is not kept already) and returns its key, the SHA-256 of the bytes. */
    String put(byte[] content);

    /** The content kept under {@code key}; an {@link IllegalStateException} when there is none. */
    InputStream open(String key);

    /** Forgets the content under {@code key}; the caller has made sure no attachment refers to it any more. */
    void delete(String key);

    /** The key of {@code content} in every store: the lower-case hex SHA-256 of its bytes. */
    static String keyOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
