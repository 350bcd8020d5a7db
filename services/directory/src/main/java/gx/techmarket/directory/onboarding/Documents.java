package gx.techmarket.directory.onboarding;

import gx.techmarket.platform.problems.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The supporting documents of an application: one to five PDF, JPEG or PNG files of at most 5 MB each. The type is
 * read from the file's first bytes, never taken from the name or the type the browser sent: an admin opens these
 * files, so a script dressed as a PDF must not get through.
 */
public final class Documents {

    public static final int MAX_COUNT = 5;
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_NAME = 200;

    /** One uploaded file as it arrived. */
    public record Upload(String fileName, byte[] content) {}

    /** A file that passed: its name (cut to 200), sniffed type and SHA-256. */
    public record Checked(String fileName, String contentType, String sha256, byte[] content) {}

    private Documents() {}

    /** The files checked in order; the first wrong one is refused with 400 and its position. */
    public static List<Checked> check(List<Upload> uploads) {
        if (uploads.isEmpty()) {
            throw ProblemException.badRequest("DOCUMENT_MISSING").withField("documents", "DOCUMENT_MISSING");
        }
        if (uploads.size() > MAX_COUNT) {
            throw ProblemException.badRequest("TOO_MANY_DOCUMENTS", MAX_COUNT)
                    .withField("documents", "TOO_MANY_DOCUMENTS");
        }
        List<Checked> checked = new ArrayList<>();
        for (Upload u : uploads) {
            String name = displayName(u.fileName());
            if (u.content().length == 0) {
                throw ProblemException.badRequest("DOCUMENT_TYPE_NOT_ALLOWED", name)
                        .withField("documents", "DOCUMENT_TYPE_NOT_ALLOWED");
            }
            if (u.content().length > MAX_BYTES) {
                throw ProblemException.badRequest("DOCUMENT_TOO_LARGE", name, MAX_BYTES / (1024 * 1024))
                        .withField("documents", "DOCUMENT_TOO_LARGE");
            }
            String type = sniff(u.content()).orElseThrow(() -> ProblemException
                    .badRequest("DOCUMENT_TYPE_NOT_ALLOWED", name).withField("documents", "DOCUMENT_TYPE_NOT_ALLOWED"));
            checked.add(new Checked(name, type, sha256(u.content()), u.content()));
        }
        return checked;
    }

    /** application/pdf, image/jpeg or image/png by the file's signature; empty for anything else. */
    public static Optional<String> sniff(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The name shown to the admin: without any path a browser sent, without control characters, at most 200. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
