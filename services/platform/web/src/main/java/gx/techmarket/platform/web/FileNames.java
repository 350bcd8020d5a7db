package gx.techmarket.platform.web;

import java.text.Normalizer;

/**
 * The display name of an uploaded file (ADR 0022): what the uploader called it, kept in any script, but only as a
 * name to show and to offer on download. It is never a path (the content is stored under its hash), and what could
 * mislead a reader or a browser is taken out: any directory part, control characters, and the invisible format
 * characters (bidi overrides such as U+202E that make {@code 合同‮fdp.exe} read as {@code 合同exe.pdf}, zero-width
 * marks). The download's header is {@link ContentDisposition#attachment}.
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
}
