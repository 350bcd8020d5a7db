package gx.techmarket.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload's fingerprint and the name shown for it. */
class UploadsTest {

    @TempDir
    Path dir;

    @Test
    void shouldFingerprintTheBytesAndShowOnlyASafeLastSegment() throws IOException {
        Path file = Files.writeString(dir.resolve("a.xlsx"), "abc", StandardCharsets.UTF_8);
        assertThat(Uploads.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Uploads.displayName("C:\\\\Users\\\\韦工\\\\成果导入.xlsx")).isEqualTo("成果导入.xlsx");
        assertThat(Uploads.displayName("../../etc/passwd\u202Exslx.xlsx")).isEqualTo("passwdxslx.xlsx");
        assertThat(Uploads.displayName(" ")).isEqualTo("import.xlsx");
        assertThat(Uploads.displayName("成".repeat(300))).hasSize(200);
    }
}
