package gx.techmarket.registry.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowedTypeTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentTypesAreRecognisedByTheirFirstBytes() throws IOException {
        assertThat(type("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).contains(AllowedType.PDF);
        assertThat(type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB})).contains(AllowedType.JPEG);
        assertThat(type(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(AllowedType.PNG);
        assertThat(type(zip("OFD.xml", "Doc_0/Document.xml"))).contains(AllowedType.OFD);
        assertThat(AllowedType.OFD.mediaType()).isEqualTo("application/ofd");
    }

    @Test
    void anythingElseIsNoneWhateverItCallsItself() throws IOException {
        assertThat(type("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(type(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        // a PDF signature that does not start the file, a truncated PNG signature, an empty file
        assertThat(type(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(type(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(type(new byte[0])).isEmpty();
        // a ZIP is an OFD only with OFD.xml at its root; a broken one is none
        assertThat(type(zip("Doc_0/Document.xml"))).isEmpty();
        assertThat(type(zip("sub/OFD.xml"))).isEmpty();
        assertThat(type(Arrays.copyOf(zip("OFD.xml"), 30))).isEmpty();
    }

    private Optional<AllowedType> type(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".bin");
        Files.write(file, content);
        return AllowedType.of(file);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
