package gx.techmarket.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gx.techmarket.platform.problems.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict reader against files built here: what it refuses, and what it reads exactly as typed. */
class SheetReaderTest {

    static final List<Choice> MATURITY = List.of(new Choice("LAB", "小试"), new Choice("PILOT", "中试"));
    static final List<Choice> MODES = List.of(new Choice("TRANSFER", "转让"), new Choice("LICENSE", "许可"));

    static final Template TEMPLATE = new Template("测试导入", List.of(
            Column.text("title", "成果名称", "Title", true, "不超过200字", "芒果深加工技术"),
            Column.coded("maturity", "成熟度", "Maturity", true, MATURITY, "", "中试"),
            Column.codedMultiple("modes", "转化方式", "Transfer modes", true, MODES, "可多选，用；分隔", "转让；许可"),
            Column.text("price", "意向价格（元）", "Asking price", false, "", "1200000.00"),
            Column.text("deadline", "截止日期", "Deadline", false, "", "2026-12-31")),
            List.of("每行一项成果。One result per row."), 5);

    @TempDir
    Path dir;

    @Test
    void shouldReadEveryValueAsTypedAndCodesFromLabelsOrCodes() throws IOException {
        Path file = workbook(wb -> {
            Sheet s = wb.createSheet(Template.DATA_SHEET);
            header(s, "成果名称", "成熟度", "转化方式", "意向价格（元）", "截止日期");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("  芒果深加工与果渣综合利用技术 ");
            r.createCell(1).setCellValue("中试");
            r.createCell(2).setCellValue("转让；license\n许可");
            r.createCell(3).setCellValue(1200000.5);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(4).setCellValue(LocalDate.of(2026, 12, 31));
            r.getCell(4).setCellStyle(date);
            s.createRow(2); // blank: skipped
            Row third = s.createRow(3);
            third.createCell(0).setCellValue("赤泥路基材料");
            third.createCell(1).setCellValue("LAB");
            third.createCell(2).setCellValue("许可");
        });

        ImportSheet sheet = SheetReader.read(file, TEMPLATE, Locale.SIMPLIFIED_CHINESE);

        assertThat(sheet.clean()).isTrue();
        assertThat(sheet.rows()).hasSize(2);
        SheetRow first = sheet.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.text("title")).isEqualTo("芒果深加工与果渣综合利用技术");
        assertThat(first.text("maturity")).isEqualTo("PILOT");
        assertThat(first.list("modes")).containsExactly("TRANSFER", "LICENSE", "LICENSE");
        assertThat(first.text("price")).isEqualTo("1200000.5");
        assertThat(first.text("deadline")).isEqualTo("2026-12-31");
        SheetRow second = sheet.rows().get(1);
        assertThat(second.number()).isEqualTo(4);
        assertThat(second.text("maturity")).isEqualTo("LAB");
        assertThat(second.text("price")).isNull();
    }

    @Test
    void shouldKeepFormulasAndFormulaLikeTextAsLiteralText() throws IOException {
        Path file = workbook(wb -> {
            Sheet s = wb.createSheet(Template.DATA_SHEET);
            header(s, "成果名称", "成熟度", "转化方式", "意向价格（元）", "截止日期");
            Row r = s.createRow(1);
            r.createCell(0).setCellFormula("HYPERLINK(\"http://evil.example/\",\"点击查看\")");
            r.createCell(1).setCellValue("中试");
            r.createCell(2).setCellValue("转让");
            r.createCell(3).setCellValue("=1+1");
            r.createCell(4).setCellValue("@SUM(A1)");
        });

        SheetRow row = SheetReader.read(file, TEMPLATE, Locale.SIMPLIFIED_CHINESE).rows().get(0);

        assertThat(row.text("title")).isEqualTo("=HYPERLINK(\"http://evil.example/\",\"点击查看\")");
        assertThat(row.text("price")).isEqualTo("=1+1");
        assertThat(row.text("deadline")).isEqualTo("@SUM(A1)");
    }

    @Test
    void shouldReportMissingValuesAndValuesNotInTheListByRowAndColumn() throws IOException {
        Path file = workbook(wb -> {
            Sheet s = wb.createSheet("Sheet1"); // not named 数据: the first sheet is read
            header(s, "成果名称", "Maturity", "转化方式*", "意向价格（元）", "截止日期");
            Row r = s.createRow(1);
            r.createCell(1).setCellValue("量产");
            r.createCell(2).setCellValue("转让；赠送");
        });

        ImportSheet sheet = SheetReader.read(file, TEMPLATE, Locale.SIMPLIFIED_CHINESE);

        assertThat(sheet.clean()).isFalse();
        assertThat(sheet.errors()).extracting(RowError::row, RowError::column, RowError::header, RowError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "A", "成果名称", "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple(2, "B", "成熟度", "NOT_IN_LIST"),
                        org.assertj.core.groups.Tuple.tuple(2, "C", "转化方式", "NOT_IN_LIST"));
        assertThat(sheet.errors().get(1).message()).isEqualTo("“量产”不是可选值；可选：小试、中试");
        assertThat(SheetReader.read(file, TEMPLATE, Locale.ENGLISH).errors().get(0).message())
                .isEqualTo("this value is required");
        assertThat(sheet.rows().get(0).list("modes")).containsExactly("TRANSFER");
    }

    @Test
    void shouldRefuseMissingAndUnknownColumnsNamingThem() throws IOException {
        Path file = workbook(wb -> {
            Sheet s = wb.createSheet(Template.DATA_SHEET);
            header(s, "成果名称", "成熟度", "备注", "成果名称");
            s.createRow(1).createCell(0).setCellValue("芒果");
        });

        ProblemException e = refused(file);

        assertThat(e.code()).isEqualTo("IMPORT_COLUMNS_MISSING");
        assertThat(e.args()).containsExactly("转化方式、意向价格（元）、截止日期", "备注、成果名称");
    }

    @Test
    void shouldRefuseMoreRowsThanAllowedAndAHeaderWithoutRows() throws IOException {
        Path six = workbook(wb -> {
            Sheet s = wb.createSheet(Template.DATA_SHEET);
            header(s, "成果名称", "成熟度", "转化方式", "意向价格（元）", "截止日期");
            for (int i = 1; i <= 6; i++) {
                s.createRow(i).createCell(0).setCellValue("成果" + i);
            }
        });
        assertThat(refused(six).code()).isEqualTo("IMPORT_TOO_MANY_ROWS");
        assertThat(refused(six).args()).containsExactly(5);

        Path headerOnly = workbook(wb -> header(wb.createSheet(Template.DATA_SHEET), "成果名称", "成熟度", "转化方式",
                "意向价格（元）", "截止日期"));
        assertThat(refused(headerOnly).code()).isEqualTo("IMPORT_NO_ROWS");
    }

    @Test
    void shouldRefuseAHundredThousandRowsOfTheRealLimit() throws IOException {
        Template thousand = new Template("测试导入", TEMPLATE.columns(), List.of(), 1000);
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet(Template.DATA_SHEET);
            header(s, "成果名称", "成熟度", "转化方式", "意向价格（元）", "截止日期");
            for (int i = 1; i <= 100_000; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("成果" + i);
                r.createCell(1).setCellValue("中试");
                r.createCell(2).setCellValue("转让");
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }

        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> SheetReader.read(file, thousand, Locale.SIMPLIFIED_CHINESE));

        assertThat(e.code()).isEqualTo("IMPORT_TOO_MANY_ROWS");
        assertThat(e.args()).containsExactly(1000);
    }

    @Test
    void shouldRefuseWhatIsNotAnXlsx() throws IOException {
        assertThat(refused(bytes("empty.xlsx", new byte[0])).code()).isEqualTo("IMPORT_NOT_XLSX");
        assertThat(refused(bytes("results.xlsx", "成果名称,成熟度\n芒果,中试\n".getBytes(StandardCharsets.UTF_8)))
                .code()).isEqualTo("IMPORT_NOT_XLSX");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            old.createSheet(Template.DATA_SHEET).createRow(0).createCell(0).setCellValue("成果名称");
            old.write(xls);
        }
        assertThat(refused(bytes("old.xlsx", xls.toByteArray())).code()).isEqualTo("IMPORT_NOT_XLSX");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(refused(bytes("zip.xlsx", zip.toByteArray())).code()).isEqualTo("IMPORT_NOT_XLSX");
        byte[] cut = TemplateWriter.write(TEMPLATE);
        assertThat(refused(bytes("cut.xlsx", java.util.Arrays.copyOf(cut, cut.length / 2))).code())
                .isEqualTo("IMPORT_NOT_XLSX");
    }

    @Test
    void shouldReadTheTemplateFilledInAsAPersonWould() throws IOException {
        byte[] template = TemplateWriter.write(TEMPLATE);
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row r = wb.getSheet(Template.DATA_SHEET).createRow(1);
            r.createCell(0).setCellValue("蔗渣制浆技术");
            r.createCell(1).setCellValue("小试");
            r.createCell(2).setCellValue("许可");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportSheet sheet = SheetReader.read(file, TEMPLATE, Locale.SIMPLIFIED_CHINESE);
        assertThat(sheet.clean()).isTrue();
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.text("title")).isEqualTo("蔗渣制浆技术");
            assertThat(row.text("maturity")).isEqualTo("LAB");
        });
        // sent back unchanged it holds no rows: the example is on the instructions sheet
        assertThat(refused(bytes("template.xlsx", template)).code()).isEqualTo("IMPORT_NO_ROWS");
    }

    private ProblemException refused(Path file) {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> SheetReader.read(file, TEMPLATE, Locale.SIMPLIFIED_CHINESE));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.status()).isEqualTo(400);
        return e;
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path workbook(java.util.function.Consumer<Workbook> fill) throws IOException {
        Path file = Files.createTempFile(dir, "sheet", ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}
