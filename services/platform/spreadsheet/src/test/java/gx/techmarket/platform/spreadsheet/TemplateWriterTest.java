package gx.techmarket.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template as a person opens it: headers with notes, drop-downs, instructions and an example, all text. */
class TemplateWriterTest {

    @Test
    void shouldWriteHeadersWithNotesDropDownsAndInstructionsWithAnExample() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TemplateWriter.write(SheetReaderTest.TEMPLATE)))) {
            Sheet data = wb.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo(Template.DATA_SHEET);
            Row header = data.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("成果名称");
            assertThat(header.getCell(1).getCellComment().getString().getString()).startsWith("Maturity (required");
            assertThat(data.getLastRowNum()).isZero();
            assertThat(data.getDataValidations()).singleElement().satisfies(v -> {
                DataValidation validation = v;
                assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("'选项'!$A$1:$A$2");
                assertThat(validation.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(1);
                assertThat(validation.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(5);
            });
            Sheet lists = wb.getSheet("选项");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
            assertThat(lists.getRow(1).getCell(0).getStringCellValue()).isEqualTo("中试");
            Sheet instructions = wb.getSheet(Template.INSTRUCTIONS_SHEET);
            assertThat(instructions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("每行一项成果。One result per row.");
            Row example = instructions.getRow(instructions.getLastRowNum());
            assertThat(example.getCell(0).getStringCellValue()).isEqualTo("芒果深加工技术");
            assertThat(example.getCell(2).getStringCellValue()).isEqualTo("转让；许可");
        }
    }

    @Test
    void shouldWriteFormulaLikeTextAsQuotedTextNeverAsAFormula() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            var quoted = Cells.quotedStyle(wb);
            Cell risky = s.createRow(0).createCell(0);
            Cells.text(risky, "=HYPERLINK(\"http://evil.example/\",\"点击\")", quoted);
            Cell plain = s.createRow(1).createCell(0);
            Cells.text(plain, "芒果", quoted);
            assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
            assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
        assertThat(Cells.risky("+86 771")).isTrue();
        assertThat(Cells.risky("-1")).isTrue();
        assertThat(Cells.risky("@cmd")).isTrue();
        assertThat(Cells.risky("ZL202310123456.7")).isFalse();
        assertThat(ImportSheet.letter(0)).isEqualTo("A");
        assertThat(ImportSheet.letter(25)).isEqualTo("Z");
        assertThat(ImportSheet.letter(26)).isEqualTo("AA");
    }
}
