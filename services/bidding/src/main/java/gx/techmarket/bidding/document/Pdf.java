package gx.techmarket.bidding.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A bid's documents are PDFs, recognised by their content ({@code %PDF-}), never by the name or the type the client
 * declares (as the registry's {@code AllowedType} recognises a filing's, ADR 0022).
 */
public final class Pdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

    private Pdf() {}

    public static boolean is(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC.length);
        }
        return head.length == MAGIC.length && Arrays.equals(head, MAGIC);
    }
}
