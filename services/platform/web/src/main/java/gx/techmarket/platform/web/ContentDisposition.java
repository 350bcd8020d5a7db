package gx.techmarket.platform.web;

import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a download whose name may be Chinese (RFC 6266 with RFC 8187's encoding). */
public final class ContentDisposition {

    private ContentDisposition() {}

    /**
     * Always {@code attachment}, with the name for every client as {@code filename*=UTF-8''…} and an ASCII stand-in
     * for old ones, in which anything but safe printable ASCII is an underscore.
     */
    public static String attachment(String displayName) {
        StringBuilder ascii = new StringBuilder();
        displayName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                && c != '%' && c != ';' ? (char) c : '_'));
        return attachment(displayName, ascii.toString());
    }

    /**
     * Always {@code attachment}, with the name for every client as {@code filename*=UTF-8''…} and {@code asciiName}
     * (safe printable ASCII, e.g. {@code results-import-template.xlsx}) for old ones.
     */
    public static String attachment(String displayName, String asciiName) {
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + percentEncoded(displayName);
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
