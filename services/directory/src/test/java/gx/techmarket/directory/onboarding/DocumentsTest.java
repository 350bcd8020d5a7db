package gx.techmarket.directory.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void theTypeIsReadFromTheBytesNeverFromTheName() {
        assertThat(Documents.sniff(PDF)).contains("application/pdf");
        assertThat(Documents.sniff(PNG)).contains("image/png");
        assertThat(Documents.sniff(JPEG)).contains("image/jpeg");
        assertThat(Documents.sniff("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(Documents.sniff(new byte[] {'%', 'P'})).isEmpty();
        assertThatThrownBy(() -> Documents.check(List.of(new Documents.Upload("营业执照.pdf",
                "<html>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("DOCUMENT_TYPE_NOT_ALLOWED");
                    assertThat(e.field()).isEqualTo("documents");
                });
    }

    @Test
    void oneToFiveFilesOfAtMostFiveMegabytes() {
        assertThatThrownBy(() -> Documents.check(List.of())).hasFieldOrPropertyWithValue("code", "DOCUMENT_MISSING");
        assertThatThrownBy(() -> Documents.check(Collections.nCopies(6, new Documents.Upload("a.pdf", PDF))))
                .hasFieldOrPropertyWithValue("code", "TOO_MANY_DOCUMENTS");
        byte[] big = new byte[Documents.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> Documents.check(List.of(new Documents.Upload("big.pdf", big))))
                .hasFieldOrPropertyWithValue("code", "DOCUMENT_TOO_LARGE");
        byte[] limit = new byte[Documents.MAX_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(Documents.check(Collections.nCopies(5, new Documents.Upload("ok.pdf", limit)))).hasSize(5);
    }

    @Test
    void theDigestIsSha256AndTheNameLosesItsPath() {
        Documents.Checked c = Documents.check(List.of(new Documents.Upload("C:\\扫描\\营业执照.png", PNG))).get(0);
        assertThat(c.fileName()).isEqualTo("营业执照.png");
        assertThat(c.contentType()).isEqualTo("image/png");
        assertThat(Documents.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Documents.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Documents.displayName("\u0000\n")).isEqualTo("document");
    }
}
