package gx.techmarket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Upload names and download headers, as registry, bidding and subsidy keep and send them. */
class FileNamesTest {

    @Test
    void aNameKeepsItsScriptAndLosesItsPath() {
        assertThat(FileNames.displayName("技术转让合同（签字盖章）.pdf", "pdf")).isEqualTo("技术转让合同（签字盖章）.pdf");
        assertThat(FileNames.displayName("../../etc/passwd", "pdf")).isEqualTo("passwd");
        assertThat(FileNames.displayName("C:\\Users\\张三\\Desktop\\专利证书.jpg", "jpg")).isEqualTo("专利证书.jpg");
        assertThat(FileNames.displayName("  扫描件 第1页.png  ", "png")).isEqualTo("扫描件 第1页.png");
    }

    @Test
    void invisibleAndControlCharactersAreTakenOut() {
        // U+202E would show "合同‮fdp.exe" as "合同exe.pdf"
        assertThat(FileNames.displayName("合同\u202Efdp.exe", "pdf")).isEqualTo("合同fdp.exe");
        assertThat(FileNames.displayName("a\u0000b\u0007c\r\nd\u200Be\u2066f.pdf", "pdf"))
                .isEqualTo("abcdef.pdf");
        // a decomposed é becomes one character (NFC)
        assertThat(FileNames.displayName("re\u0301sume\u0301.pdf", "pdf")).isEqualTo("résumé.pdf");
    }

    @Test
    void aNameOfNothingGetsOneFromItsType() {
        assertThat(FileNames.displayName(null, "ofd")).isEqualTo("附件.ofd");
        assertThat(FileNames.displayName("\u202E\u0000", "jpg")).isEqualTo("附件.jpg");
        for (String nothing : new String[] {"", " ", "..", "dir/", "C:\\", "\u200B"}) {
            assertThat(FileNames.displayName(nothing, "png")).as(nothing).isEqualTo("附件.png");
        }
        // leading dots would hide the file on the downloader's disk
        assertThat(FileNames.displayName(".hidden.pdf", "pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void aLongNameIsClippedToTwoHundredCharactersKeepingItsExtension() {
        String name = FileNames.displayName("合".repeat(150) + "𠀀".repeat(100) + ".pdf", "pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(200);
        assertThat(name).startsWith("合".repeat(150) + "𠀀").endsWith("𠀀.pdf");
    }

    @Test
    void theDownloadNamesTheFileForEveryClientAndIsNeverInline() {
        assertThat(ContentDisposition.attachment("专利证书 (1).pdf")).isEqualTo(
                "attachment; filename=\"____ (1).pdf\"; filename*=UTF-8''%E4%B8%93%E5%88%A9%E8%AF%81%E4%B9%A6%20%281%29.pdf");
        // nothing of the name can break out of the header value
        assertThat(ContentDisposition.attachment("a\";b=c%.pdf"))
                .isEqualTo("attachment; filename=\"a__b=c_.pdf\"; filename*=UTF-8''a%22%3Bb%3Dc%25.pdf");
    }
}
