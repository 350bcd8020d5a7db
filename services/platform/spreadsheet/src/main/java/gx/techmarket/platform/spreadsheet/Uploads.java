package gx.techmarket.platform.spreadsheet;

import gx.techmarket.platform.problems.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What every import does with an uploaded file before reading it: its fingerprint and a name safe to show. */
public final class Uploads {

    private Uploads() {}

    /** The lower-case hex SHA-256 of the file: the same file uploaded again is recognised by it. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw ProblemException.badRequest("IMPORT_NOT_XLSX");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name to show: its last path segment, without control or format characters, at most 200 characters. */
    public static String displayName(String declared) {
        String name = declared == null ? ""
                : declared.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{C}]", "").strip();
        if (name.isEmpty()) {
            return "import.xlsx";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
