package gx.techmarket.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.registry.contract.ContractStatus;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.registry.contract.RegistrationRecord;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate PDF: its Chinese facts can be read back as text, its font travels in it, its QR code scans. */
class CertificatePdfTest {

    static final String URL = "https://portal.example.gx.cn/verify/26450101000042?code=7K3M9QX2HD4RTV8N";

    static final Party SELLER = Party.of("12450000498000736G", "广西大学", OrgKind.UNIVERSITY, "450100");
    static final Party BUYER = Party.of("91450100198230117M", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "450100");
    static final Party BROKER = Party.of("91450100MA5KB8XX3N", "广西技术转移中心有限公司", OrgKind.ENTERPRISE, "450100");

    static RegistrationRecord registered() {
        return new RegistrationRecord("26450101000042", "7K3M9QX2HD4RTV8N", "甘蔗糖厂清洁生产成套技术专利权转让合同",
                ContractType.TRANSFER_PATENT, SELLER, BUYER, BROKER, new BigDecimal("1000000.00"),
                new BigDecimal("200000.00"), new BigDecimal("800000.00"), LocalDate.of(2026, 3, 2),
                // 2026-03-16 23:30 in China, still the 16th there... 15:30Z is the 16th, 23:30 local
                Instant.parse("2026-03-16T15:30:00Z"), "南宁市技术合同登记站", "0101", "GX-2026.1",
                ContractStatus.REGISTERED, 0, null, null, null);
    }

    @Test
    void theFactsArePrintedInChineseWithBothAmountsAndTheChinaDate() throws Exception {
        String text = text(CertificatePdf.render(registered(), URL));
        assertThat(text).contains("技术合同认定登记证明", "26450101000042", "甘蔗糖厂清洁生产成套技术专利权转让合同",
                "技术转让（专利权转让）", "广西大学", "广西桂糖集团有限公司", "广西技术转移中心有限公司",
                "1,000,000.00 元", "800,000.00 元", "2026-03-02", "2026-03-16", "南宁市技术合同登记站", "GX-2026.1",
                "有效");
        assertThat(text.replaceAll("\\s", "")).contains(URL);
        assertThat(text).doesNotContain("已注销", "变更登记");
    }

    @Test
    void theFontIsEmbeddedAsASubsetNotTakenFromTheSystem() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(registered(), URL))) {
            PDPage page = pdf.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                // PDFBox names an embedded subset with a six-letter tag: ABCDEF+NotoSansSC-Regular
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
                fonts++;
            }
            assertThat(fonts).isEqualTo(1);
        }
    }

    @Test
    void anAmendedCertificateStatesTheAmendmentAndADeregisteredOneIsStampedAcross() throws Exception {
        RegistrationRecord r = registered();
        RegistrationRecord amended = new RegistrationRecord(r.registrationNumber(), r.verificationCode(), r.title(),
                r.contractType(), r.seller(), r.buyer(), null, new BigDecimal("900000.00"), new BigDecimal("0.00"),
                new BigDecimal("900000.00"), r.signedOn(), r.registeredAt(), r.registrationPointName(), "0101",
                r.ruleSetVersion(), ContractStatus.AMENDED, 2, Instant.parse("2026-06-01T02:00:00Z"), null, null);
        String amendedText = text(CertificatePdf.render(amended, URL));
        assertThat(amendedText).contains("有效（已变更登记）", "第 2 次变更，2026-06-01", "900,000.00 元")
                .doesNotContain("中介方", "已注销");

        RegistrationRecord deregistered = new RegistrationRecord(r.registrationNumber(), r.verificationCode(),
                r.title(), r.contractType(), r.seller(), r.buyer(), null, r.totalContractAmount(),
                r.nonTechnicalAmount(), r.technologyTransactionAmount(), r.signedOn(), r.registeredAt(),
                r.registrationPointName(), "0101", r.ruleSetVersion(), ContractStatus.DEREGISTERED, 0, null,
                DeregistrationReason.RESCINDED, Instant.parse("2026-07-01T02:00:00Z"));
        String deregisteredText = text(CertificatePdf.render(deregistered, URL));
        assertThat(deregisteredText).contains("2026-07-01，合同解除");
        // the status row and the stamp across the page
        assertThat(deregisteredText.split("已注销", -1)).hasSize(3);
    }

    @Test
    void aCharacterOutsideTheFontIsPrintedAsABoxNotDropped() throws Exception {
        RegistrationRecord r = registered();
        // 𠀾 (U+2003E, CJK Extension B) is not in the GBK subset
        Party rare = Party.of(BUYER.uscc(), "广西𠀾糖业有限公司", OrgKind.ENTERPRISE, "450100");
        RegistrationRecord withRare = new RegistrationRecord(r.registrationNumber(), r.verificationCode(), r.title(),
                r.contractType(), r.seller(), rare, null, r.totalContractAmount(), r.nonTechnicalAmount(),
                r.technologyTransactionAmount(), r.signedOn(), r.registeredAt(), r.registrationPointName(), "0101",
                r.ruleSetVersion(), r.status(), 0, null, null, null);
        assertThat(text(CertificatePdf.render(withRare, URL))).contains("广西□糖业有限公司");
    }

    @Test
    void theQrCodeScansToTheVerificationUrl() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(registered(), URL))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }
}
