package gx.techmarket.registry.certificate;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.publishing.CjkFont;
import gx.techmarket.registry.contract.ContractStatus;
import gx.techmarket.registry.contract.RegistrationRecord;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The 技术合同认定登记证明 as a one-page A4 PDF (PDFBox): number, parties, type, both amounts, dates, the registering
 * point, the rule set and the status (amended facts with the amendment's number; 已注销 across a deregistered one),
 * and the verification URL printed and as a QR code. The CJK font is the project's own (Noto Sans SC, OFL, a GBK
 * subset, ADR 0024, from the platform's publishing module), embedded as a subset of the glyphs used, so the PDF shows the same everywhere.
 * Plain Java: no Quarkus, no clock (the dates are the record's, in China).
 */
public final class CertificatePdf {

    /** Printed instead of a character the font has no glyph for (outside GBK), so a name is never cut silently. */
    static final int MISSING = CjkFont.MISSING;

    private static final float MARGIN = 56;
    private static final float LABEL_WIDTH = 110;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color RED = new Color(0xc0, 0x1c, 0x1c);

    private CertificatePdf() {}

    /** The certificate of {@code record}, its verification page at {@code verificationUrl}. */
    public static byte[] render(RegistrationRecord record, String verificationUrl) {
        try (PDDocument document = new PDDocument()) {
            TrueTypeFont ttf = CjkFont.parse();
            PDType0Font font = PDType0Font.load(document, ttf, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("技术合同认定登记证明 " + record.registrationNumber());
            info.setProducer("广西网上技术市场 技术合同认定登记");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            new Writer(document, page, font, ttf.getUnicodeCmapLookup()).write(record, verificationUrl);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate of " + record.registrationNumber() + " did not render", e);
        }
    }

    /** The rows of facts, label and value, in the order printed. */
    static List<String[]> rows(RegistrationRecord r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"合同登记编号", r.registrationNumber()});
        rows.add(new String[] {"合同名称", r.title()});
        rows.add(new String[] {"合同类型", CertificateLabels.type(r.contractType())});
        rows.add(new String[] {"卖方（技术供方）", partyName(r.seller())});
        rows.add(new String[] {"买方（技术需方）", partyName(r.buyer())});
        if (r.intermediary() != null) {
            rows.add(new String[] {"中介方", partyName(r.intermediary())});
        }
        rows.add(new String[] {"成交总额", CertificateLabels.yuan(r.totalContractAmount())});
        rows.add(new String[] {"技术交易额", CertificateLabels.yuan(r.technologyTransactionAmount())});
        rows.add(new String[] {"合同签订日期", r.signedOn().toString()});
        rows.add(new String[] {"登记日期", chinaDate(r.registeredAt()).toString()});
        rows.add(new String[] {"登记机构", r.registrationPointName()});
        rows.add(new String[] {"认定规则", r.ruleSetVersion()});
        rows.add(new String[] {"登记状态", CertificateLabels.status(r.status())});
        if (r.amendmentNumber() > 0) {
            rows.add(new String[] {"变更登记", "第 " + r.amendmentNumber() + " 次变更，" + chinaDate(r.amendedAt())
                    + "（以上为变更后的登记事项）"});
        }
        if (r.status() == ContractStatus.DEREGISTERED) {
            rows.add(new String[] {"注销登记", chinaDate(r.deregisteredAt()) + "，"
                    + CertificateLabels.deregistrationReason(r.deregistrationReason())});
        }
        return rows;
    }

    private static String partyName(Party party) {
        return party.name();
    }

    static LocalDate chinaDate(Instant instant) {
        return LocalDate.ofInstant(instant, MarketClock.CHINA);
    }

    /** Lays out one certificate page top-down. */
    private static final class Writer {
        private final PDDocument document;
        private final PDPage page;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private final float width;
        private float y;

        Writer(PDDocument document, PDPage page, PDType0Font font, CmapLookup glyphs) {
            this.document = document;
            this.page = page;
            this.font = font;
            this.glyphs = glyphs;
            this.width = page.getMediaBox().getWidth();
            this.y = page.getMediaBox().getHeight() - MARGIN;
        }

        void write(RegistrationRecord record, String url) throws IOException {
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.setNonStrokingColor(INK);
                y -= 24;
                centered(out, "技术合同认定登记证明", 24);
                y -= 18;
                centered(out, "广西网上技术市场 · 技术合同认定登记", 11);
                y -= 26;
                out.setLineWidth(0.8f);
                out.moveTo(MARGIN, y);
                out.lineTo(width - MARGIN, y);
                out.stroke();
                y -= 22;
                for (String[] row : rows(record)) {
                    row(out, row[0], row[1]);
                }
                y -= 10;
                out.moveTo(MARGIN, y);
                out.lineTo(width - MARGIN, y);
                out.stroke();
                verification(out, url);
                if (record.status() == ContractStatus.DEREGISTERED) {
                    stamp(out, "已注销");
                }
            }
        }

        private void row(PDPageContentStream out, String label, String value) throws IOException {
            float size = 11.5f;
            text(out, label, MARGIN, y, size);
            List<String> lines = wrap(printable(value), size, width - 2 * MARGIN - LABEL_WIDTH);
            for (String line : lines) {
                text(out, line, MARGIN + LABEL_WIDTH, y, size);
                y -= size + 6;
            }
            y -= 6;
        }

        private void verification(PDPageContentStream out, String url) throws IOException {
            float side = 110;
            float top = y - 18;
            QrCode qr = QrCode.of(url);
            float module = side / qr.size();
            float left = width - MARGIN - side;
            for (int row = 0; row < qr.size(); row++) {
                for (int col = 0; col < qr.size(); col++) {
                    if (qr.dark(col, row)) {
                        out.addRect(left + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
            // the text keeps left of the QR code
            float textWidth = width - 2 * MARGIN - side - 16;
            float line = top - 12;
            for (String part : wrap("本证明可公开核验：扫描右侧二维码，或在浏览器中打开以下地址，核对登记编号、当事人、"
                    + "合同类型、金额、日期与登记状态。", 10, textWidth)) {
                text(out, part, MARGIN, line, 10);
                line -= 16;
            }
            for (String part : wrap(url, 9, textWidth)) {
                text(out, part, MARGIN, line, 9);
                line -= 14;
            }
            line -= 8;
            for (String part : wrap("本证明由技术合同登记机构依《技术合同认定登记管理办法》出具，登记事项以核验页面为准。", 9,
                    textWidth)) {
                text(out, part, MARGIN, line, 9);
                line -= 14;
            }
            y = Math.min(line, top - side) - 10;
        }

        /** 已注销 in red across the page, half transparent, over the facts (they stay legible). */
        private void stamp(PDPageContentStream out, String text) throws IOException {
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.35f);
            out.saveGraphicsState();
            out.setGraphicsStateParameters(translucent);
            out.setNonStrokingColor(RED);
            out.beginText();
            out.setFont(font, 110);
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(30), 150, 330));
            out.showText(text);
            out.endText();
            out.restoreGraphicsState();
        }

        private void centered(PDPageContentStream out, String text, float size) throws IOException {
            float textWidth = font.getStringWidth(text) / 1000 * size;
            text(out, text, (width - textWidth) / 2, y, size);
        }

        private void text(PDPageContentStream out, String text, float x, float atY, float size) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, atY);
            out.showText(text);
            out.endText();
        }

        /** {@code text} with every character the font lacks replaced by □. */
        private String printable(String text) {
            StringBuilder b = new StringBuilder();
            text.codePoints().forEach(cp -> b.appendCodePoint(glyphs.getGlyphId(cp) != 0 ? cp : MISSING));
            return b.toString();
        }

        /** Lines no wider than {@code max} points, broken between characters (Chinese has no spaces to break at). */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (int cp : text.codePoints().toArray()) {
                String next = line + Character.toString(cp);
                if (line.length() > 0 && font.getStringWidth(next) / 1000 * size > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
