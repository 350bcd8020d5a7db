package gx.techmarket.registry.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.problems.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal of an incomplete filing names what is missing, in the reader's language. */
class ContractDocumentsTest {

    @Test
    void theMissingKindsAreListedInChinese() {
        assertThat(detail(List.of(DocumentKind.SIGNED_CONTRACT), Messages.ZH_CN))
                .isEqualTo("提交登记前还须上传：技术合同文本（签字盖章）。");
        assertThat(detail(List.of(DocumentKind.SIGNED_CONTRACT, DocumentKind.PATENT_CERTIFICATE), Messages.ZH_CN))
                .isEqualTo("提交登记前还须上传：技术合同文本（签字盖章）、专利证书。");
        assertThat(detail(List.of(DocumentKind.SIGNED_CONTRACT, DocumentKind.RIGHT_CERTIFICATE,
                DocumentKind.IMPORT_REGISTRATION), Messages.ZH_CN))
                .isEqualTo("提交登记前还须上传：技术合同文本（签字盖章）、权属证明文件、技术进出口合同登记证书或许可证。");
        assertThat(detail(List.of(DocumentKind.SIGNED_CONTRACT, DocumentKind.RIGHT_CERTIFICATE,
                DocumentKind.IMPORT_REGISTRATION, DocumentKind.APPROVAL_DOCUMENT), Messages.ZH_CN))
                .isEqualTo("提交登记前还须上传：技术合同文本（签字盖章）、权属证明文件、技术进出口合同登记证书或许可证等。");
    }

    @Test
    void andInEnglish() {
        assertThat(detail(List.of(DocumentKind.PATENT_CERTIFICATE), Messages.EN))
                .isEqualTo("Before filing, upload: the patent certificate.");
        assertThat(detail(List.of(DocumentKind.SIGNED_CONTRACT, DocumentKind.SOFTWARE_COPYRIGHT_CERTIFICATE),
                Messages.EN))
                .isEqualTo("Before filing, upload: the signed contract and the software copyright registration certificate.");
        assertThat(detail(List.of(DocumentKind.SIGNED_CONTRACT, DocumentKind.PATENT_CERTIFICATE,
                DocumentKind.IMPORT_REGISTRATION), Messages.EN))
                .isEqualTo("Before filing, upload: the signed contract, the patent certificate and the technology "
                        + "import registration or licence.");
    }

    @Test
    void everyKindHasItsEnglishTerm() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(detail(List.of(kind), Messages.EN)).doesNotContain(kind.zh());
        }
    }

    @Test
    void theKeyOfAContentIsItsSha256() {
        assertThat(AttachmentStore.keyOf("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static String detail(List<DocumentKind> missing, java.util.Locale locale) {
        return Messages.detail("DOCUMENTS_MISSING", locale, ContractDocuments.missingArgs(missing));
    }
}
