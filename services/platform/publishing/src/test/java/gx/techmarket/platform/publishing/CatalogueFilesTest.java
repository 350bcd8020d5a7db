package gx.techmarket.platform.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.web.ContentDisposition;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogueFilesTest {

    static final List<Catalogue.Column> COLUMNS = List.of(new Catalogue.Column("成果名称", 30),
            new Catalogue.Column("持有单位", 18), new Catalogue.Column("意向价格（元）", 12),
            new Catalogue.Column("网址", 30));

    static Catalogue catalogue(List<Catalogue.Section> sections) {
        return new Catalogue("广西可供转化的科技成果目录（2026年11月）", "2026年11月", "广西壮族自治区", "广西网上技术市场",
                LocalDate.of(2026, 12, 1), COLUMNS, sections);
    }

    static Catalogue sample() {
        return catalogue(List.of(
                new Catalogue.Section("百色市", "有色金属深加工", List.of(
                        Arrays.asList("赤泥中回收铁和氧化铝的联合工艺", "广西大学", new BigDecimal("1200000.00"),
                                "http://localhost:8080/market/results/1"),
                        Arrays.asList("=HYPERLINK(\"http://x\")", "某研究所", null,
                                "http://localhost:8080/market/results/2"))),
                new Catalogue.Section("南宁市", "制糖", List.of(
                        Arrays.asList("甘蔗收获机械化的整机方案" + "及其关键部件".repeat(12), "广西甘蔗研究所",
                                new BigDecimal("500000.00"), "http://localhost:8080/market/results/3")))));
    }

    @Test
    void thePdfCarriesTheTitlePageTheSectionsAndPageNumbersAsSearchableText() throws Exception {
        byte[] pdf = CataloguePdf.render(sample());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("广西可供转化的科技成果目录（2026年11月）");
            assertThat(text).contains("广西可供转化的科技成果目录（2026年11月）", "2026年11月", "广西壮族自治区",
                    "收录条目：3 项", "2026-12-01", "百色市 · 有色金属深加工（2 项）", "南宁市 · 制糖（1 项）",
                    "赤泥中回收铁和氧化铝的联合工艺", "1200000.00", "成果名称", "持有单位",
                    "第 1 页 / 共 " + document.getNumberOfPages() + " 页");
            // a long title wraps within its cell: every character is there
            assertThat(text.replaceAll("\\s", "")).contains("甘蔗收获机械化的整机方案及其关键部件及其关键部件");
        }
    }

    @Test
    void aLongCatalogueRunsOntoMorePagesWithItsHeaderRepeated() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(Arrays.asList("桉树速生丰产林的栽培技术 " + i, "广西林业科学研究院", null, "http://x/" + i));
        }
        byte[] pdf = CataloguePdf.render(catalogue(List.of(new Catalogue.Section("南宁市", "木材加工", rows))));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            PDFTextStripper third = new PDFTextStripper();
            third.setStartPage(3);
            third.setEndPage(3);
            assertThat(third.getText(document)).contains("南宁市 · 木材加工（120 项）（续）", "成果名称",
                    "第 3 页 / 共 " + document.getNumberOfPages() + " 页");
        }
    }

    @Test
    void anEmptyCatalogueSaysSo() throws Exception {
        try (PDDocument document = Loader.loadPDF(CataloguePdf.render(catalogue(List.of())))) {
            assertThat(new PDFTextStripper().getText(document)).contains("收录条目：0 项", "本期目录没有收录的条目");
        }
    }

    @Test
    void theSheetHasFrozenChineseHeadersAndEveryValueAsTextOrNumberNeverAFormula() throws Exception {
        byte[] xlsx = CatalogueXlsx.render(sample());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("城市", "行业", "成果名称", "持有单位", "意向价格（元）", "网址");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                }
            }
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("百色市");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("有色金属深加工");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(1200000.00);
            Cell injected = sheet.getRow(2).getCell(2);
            assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(4)).as("面议: no amount").isNull();
            assertThat(sheet.getColumnWidth(2)).isEqualTo(30 * 256);
        }
    }

    @Test
    void aChineseFileNameIsEncodedForEveryClient() {
        assertThat(ContentDisposition.attachment("百色市企业技术需求目录（2026年11月）.xlsx"))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%E7%99%BE%E8%89%B2%E5%B8%82")
                .endsWith(".xlsx");
        assertThat(ContentDisposition.attachment("a\";b=c%.pdf"))
                .isEqualTo("attachment; filename=\"a__b=c_.pdf\"; filename*=UTF-8''a%22%3Bb%3Dc%25.pdf");
    }
}
