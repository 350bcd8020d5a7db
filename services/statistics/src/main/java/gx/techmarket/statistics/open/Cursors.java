package gx.techmarket.statistics.open;

import gx.techmarket.platform.problems.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The change feed's cursors: the position in the feed and a MAC over it (HMAC-SHA256, first 12 bytes), base64url. A
 * cursor the service never issued — made up, altered or of another deployment — is 400 {@code CURSOR_NOT_ISSUED}.
 */
final class Cursors {

    private static final int MAC_BYTES = 12;
    private final byte[] secret;

    Cursors(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String issue(long position) {
        ByteBuffer b = ByteBuffer.allocate(8 + MAC_BYTES);
        b.putLong(position);
        b.put(mac(position));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    /** The position of a cursor this service issued; {@code 0} (the feed's start) for none. */
    long position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        byte[] bytes;
        try {
            bytes = cursor.length() > 64 ? null : Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || bytes.length != 8 + MAC_BYTES) {
            throw notIssued();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long position = b.getLong();
        byte[] given = Arrays.copyOfRange(bytes, 8, bytes.length);
        if (position < 0 || !MessageDigest.isEqual(given, mac(position))) {
            throw notIssued();
        }
        return position;
    }

    private byte[] mac(long position) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(ByteBuffer.allocate(8).putLong(position).array());
            return Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException notIssued() {
        return ProblemException.badRequest("CURSOR_NOT_ISSUED").withField("cursor", "CURSOR_NOT_ISSUED");
    }
}
