package gx.techmarket.platform.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The opaque page cursor: base64url of the version, a fingerprint of the search it belongs to (text, filters,
 * ranges, order: {@link SearchRequest#fingerprintSource}), the sort value and the id of the last hit of the page
 * (search-after with the id as tie-breaker). Not a secret: a client that forges one only pages its own search
 * differently. Anything that does not decode is {@code CURSOR_INVALID}; a cursor of another search
 * {@code CURSOR_MISMATCH}.
 */
final class Cursors {

    static final int MAX_LENGTH = 512;
    private static final String VERSION = "1";

    /** A decoded cursor: the last hit's sort value (Float score or Long number, null when it had none) and id. */
    record After(Object value, String id) {}

    private Cursors() {}

    static String fingerprint(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String fingerprint, Object value, String id) {
        String v = value == null ? "-" : value.toString();
        String raw = VERSION + "\n" + fingerprint + "\n" + v + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static After decode(String cursor, String fingerprint, SearchSort sort) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = raw.split("\n", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
            throw invalid();
        }
        if (!parts[1].equals(fingerprint)) {
            throw new SearchRefusal("CURSOR_MISMATCH", "cursor");
        }
        Object value;
        try {
            if (parts[2].equals("-")) {
                value = null;
            } else if (sort.relevance()) {
                float f = Float.parseFloat(parts[2]);
                if (!Float.isFinite(f)) {
                    throw invalid();
                }
                value = f;
            } else {
                value = Long.parseLong(parts[2]);
            }
        } catch (NumberFormatException e) {
            throw invalid();
        }
        return new After(value, parts[3]);
    }

    private static SearchRefusal invalid() {
        return new SearchRefusal("CURSOR_INVALID", "cursor");
    }
}
