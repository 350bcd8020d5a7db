package gx.techmarket.platform.publishing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * A {@link Catalogue} as a PDF (PDFBox): A4 landscape; a title page with the name, period, scope, publisher, date and
 * count; then one section per city and industry, each a ruled table whose cells wrap Chinese text between characters,
 * its header repeated on every page it runs onto; page numbers at the foot of every page. The text is real text in the
 * embedded {@link CjkFont} subset, so it can be searched and copied; a character outside the font prints as □.
 */
public final class CataloguePdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float FOOT = 28;
    private static final float SIZE = 8.5f;
    private static final float LEADING = 11;
    private static final float PAD = 3;
    private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    private static final Color SHADE = new Color(0xee, 0xee, 0xee);

    private CataloguePdf() {}

    /** The PDF of {@code catalogue}. */
    public static byte[] render(Catalogue catalogue) {
        try (PDDocument document = new PDDocument()) {
            TrueTypeFont ttf = CjkFont.parse();
            PDType0Font font = PDType0Font.load(document, ttf, true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(catalogue.name());
            info.setSubject(catalogue.scope() + " " + catalogue.period());
            info.setProducer("广西网上技术市场");
            new Writer(document, font, ttf.getUnicodeCmapLookup(), catalogue).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue " + catalogue.name() + " did not render", e);
        }
    }

    /** Lays the pages out top-down, then numbers them. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private final Catalogue catalogue;
        private final float[] widths;
        private PDPageContentStream out;
        private float y;

        Writer(PDDocument document, PDType0Font font, CmapLookup glyphs, Catalogue catalogue) {
            this.document = document;
            this.font = font;
            this.glyphs = glyphs;
            this.catalogue = catalogue;
            float total = catalogue.columns().stream().mapToInt(Catalogue.Column::width).sum();
            float usable = PAGE.getWidth() - 2 * MARGIN;
            this.widths = new float[catalogue.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = usable * catalogue.columns().get(i).width() / total;
            }
        }

        void write() throws IOException {
            titlePage();
            if (catalogue.sections().isEmpty()) {
                newPage();
                y -= 20;
                text("本期目录没有收录的条目。", MARGIN, y, 11);
            }
            for (Catalogue.Section section : catalogue.sections()) {
                if (!section.rows().isEmpty()) {
                    section(section);
                }
            }
            out.close();
            numberPages();
        }

        private void titlePage() throws IOException {
            newPage();
            float top = PAGE.getHeight() * 0.62f;
            y = top;
            for (String line : wrap(printable(catalogue.name()), 24, PAGE.getWidth() - 4 * MARGIN)) {
                centered(line, 24);
                y -= 34;
            }
            y -= 20;
            centered("期　　别：" + catalogue.period(), 13);
            y -= 24;
            centered("范　　围：" + catalogue.scope(), 13);
            y -= 24;
            centered("收录条目：" + catalogue.itemCount() + " 项", 13);
            y -= 24;
            centered("编制日期：" + catalogue.generatedOn(), 13);
            y -= 40;
            centered(printable(catalogue.publisher()), 12);
        }

        private void section(Catalogue.Section section) throws IOException {
            String heading = printable(section.city() + " · " + section.industry() + "（" + section.rows().size()
                    + " 项）");
            // a heading never stands alone at the foot of a page
            if (y - 18 - headerHeight() - rowHeight(section.rows().get(0)) < MARGIN + FOOT) {
                newPage();
            }
            y -= 16;
            text(heading, MARGIN, y, 11);
            y -= 6;
            header();
            for (List<Object> row : section.rows()) {
                float height = rowHeight(row);
                if (y - height < MARGIN + FOOT) {
                    newPage();
                    y -= 14;
                    text(heading + "（续）", MARGIN, y, 9);
                    y -= 6;
                    header();
                }
                row(row, height, false);
            }
            y -= 8;
        }

        private float headerHeight() throws IOException {
            List<Object> headers = new ArrayList<>(catalogue.columns().stream().map(Catalogue.Column::header).toList());
            return rowHeight(headers);
        }

        private void header() throws IOException {
            List<Object> headers = new ArrayList<>(catalogue.columns().stream().map(Catalogue.Column::header).toList());
            row(headers, rowHeight(headers), true);
        }

        private float rowHeight(List<Object> row) throws IOException {
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                lines = Math.max(lines, cellLines(row.get(i), i).size());
            }
            return lines * LEADING + 2 * PAD;
        }

        private List<String> cellLines(Object value, int column) throws IOException {
            return wrap(printable(Catalogue.text(value)), SIZE, widths[column] - 2 * PAD);
        }

        private void row(List<Object> row, float height, boolean shaded) throws IOException {
            float x = MARGIN;
            if (shaded) {
                out.setNonStrokingColor(SHADE);
                out.addRect(MARGIN, y - height, PAGE.getWidth() - 2 * MARGIN, height);
                out.fill();
                out.setNonStrokingColor(INK);
            }
            for (int i = 0; i < widths.length; i++) {
                out.addRect(x, y - height, widths[i], height);
                float lineY = y - PAD - SIZE;
                for (String line : cellLines(row.get(i), i)) {
                    text(line, x + PAD, lineY, SIZE);
                    lineY -= LEADING;
                }
                x += widths[i];
            }
            out.setLineWidth(0.4f);
            out.stroke();
            y -= height;
        }

        private void newPage() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            out.setNonStrokingColor(INK);
            y = PAGE.getHeight() - MARGIN;
        }

        private void numberPages() throws IOException {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    foot.setNonStrokingColor(INK);
                    String number = "第 " + (i + 1) + " 页 / 共 " + count + " 页";
                    float w = font.getStringWidth(number) / 1000 * 8;
                    foot.beginText();
                    foot.setFont(font, 8);
                    foot.newLineAtOffset((PAGE.getWidth() - w) / 2, MARGIN - 16);
                    foot.showText(number);
                    foot.endText();
                }
            }
        }

        private void centered(String text, float size) throws IOException {
            float w = font.getStringWidth(text) / 1000 * size;
            text(text, (PAGE.getWidth() - w) / 2, y, size);
        }

        private void text(String text, float x, float atY, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, atY);
            out.showText(text);
            out.endText();
        }

        /** {@code text} with every character the font lacks (and every control character) replaced by □. */
        private String printable(String text) {
            StringBuilder b = new StringBuilder();
            text.codePoints().forEach(cp -> b.appendCodePoint(
                    !Character.isISOControl(cp) && glyphs.getGlyphId(cp) != 0 ? cp : CjkFont.MISSING));
            return b.toString();
        }

        /** Lines no wider than {@code max} points, broken between characters (Chinese has no spaces to break at). */
        private List<String> wrap(String text, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float width = 0;
            for (int cp : text.codePoints().toArray()) {
                float w = font.getStringWidth(Character.toString(cp)) / 1000 * size;
                if (line.length() > 0 && width + w > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                    width = 0;
                }
                line.appendCodePoint(cp);
                width += w;
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
