package gx.techmarket.subsidy.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The file types a claim's evidence may be (those of a registry filing's documents, ADR 0022), recognised by their
 * content (magic bytes), never by the name or the type the client declares: a PDF, a JPEG or PNG scan, or an OFD
 * (GB/T 33190 版式文档, a ZIP whose root holds {@code OFD.xml}). The type a download is served with is the one
 * recognised here.
 */
enum AllowedType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    OFD("application/ofd");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;

    AllowedType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual extension, for a file name that lost its own. */
    public String extension() {
        return this == JPEG ? "jpg" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type of the file at {@code file}, or empty when it is none of the allowed ones. An OFD is recognised from
     * the ZIP's central directory alone (no entry is inflated, so a ZIP bomb costs nothing here).
     */
    public static Optional<AllowedType> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, ZIP_MAGIC) && isOfd(file)) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    private static boolean isOfd(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("OFD.xml") != null;
        } catch (ZipException damaged) {
            // starts like a ZIP but is none (or a broken one): not a document we can vouch for
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
