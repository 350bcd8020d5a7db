package gx.techmarket.bidding.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The display name of an uploaded file: what the uploader called it, kept in any script, but only as a name to show
 * and to offer on download; never a path (the content is stored under its hash), without what could mislead a
 * reader or a browser (directory parts, control characters, bidi overrides, zero-width marks).
 *
 * <p>A copy of the registry's {@code registry.attachment.FileNames} (ADR 0022), kept to the same rules: both belong
 * in a shared platform module (to consolidate).
 */
public final class FileNames {

    /** The longest display name kept, in characters (code points). */
    public static final int MAX_LENGTH = 200;

    private FileNames() {}

    /**
     * The name to keep for {@code submitted} (the client's file name, perhaps null), a file with the usual extension
     * {@code extension}: its last path segment, cleaned, at most {@link #MAX_LENGTH} characters with its extension
     * kept; a name that is nothing once cleaned becomes {@code 附件.<extension>}.
     */
    public static String displayName(String submitted, String extension) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::visible).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        // leading dots would hide the file on a downloader's disk, and "." or ".." are no names at all
        name = name.replaceFirst("^\\.+", "").strip();
        if (name.isEmpty()) {
            return "附件." + extension;
        }
        return clip(name);
    }

    private static boolean visible(int codePoint) {
        int category = Character.getType(codePoint);
        return category != Character.CONTROL && category != Character.FORMAT && category != Character.SURROGATE
                && category != Character.UNASSIGNED && category != Character.PRIVATE_USE
                && category != Character.LINE_SEPARATOR && category != Character.PARAGRAPH_SEPARATOR;
    }

    /** At most {@link #MAX_LENGTH} code points, cutting the stem so that a short extension survives. */
    private static String clip(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int stemLength = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return name.substring(0, name.offsetByCodePoints(0, stemLength)) + extension;
    }

    /**
     * The {@code Content-Disposition} of a download: always {@code attachment}, with the name in RFC 6266/8187 form
     * ({@code filename*=UTF-8''…}) and an ASCII stand-in for old clients.
     */
    public static String contentDisposition(String displayName) {
        StringBuilder ascii = new StringBuilder();
        displayName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                && c != '%' && c != ';' ? (char) c : '_'));
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(displayName);
    }

    /** RFC 8187 value characters: ALPHA, DIGIT and {@code !#$&+-.^_`|~}; every other byte of the UTF-8 form as %XX. */
    static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
