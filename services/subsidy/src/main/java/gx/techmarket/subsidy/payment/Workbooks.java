package gx.techmarket.subsidy.payment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few things every .xlsx this service writes does the same way (Apache POI, ADR 0027). */
final class Workbooks {

    private Workbooks() {}

    record Styles(CellStyle money, CellStyle header) {}

    static byte[] write(String sheetName, Consumer<Sheet> fill) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet(sheetName));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    static Styles styles(Sheet sheet) {
        Workbook wb = sheet.getWorkbook();
        CellStyle money = wb.createCellStyle();
        money.setAlignment(HorizontalAlignment.RIGHT);
        money.setDataFormat(wb.createDataFormat().getFormat("@"));
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        return new Styles(money, header);
    }

    /** A label and its value on row {@code r}; the next row. */
    static int pair(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    static void header(Sheet sheet, int r, List<String> columns, Styles styles) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
            row.getCell(c).setCellStyle(styles.header());
        }
    }

    /**
     * An amount in 元 as the exact decimal text with two decimals ({@code 160000.00}), right-aligned: never a
     * spreadsheet double, so what the bank imports is what the ledger posted, to the fen.
     */
    static void money(Row row, int column, BigDecimal amount, Styles styles) {
        row.createCell(column).setCellValue(amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        row.getCell(column).setCellStyle(styles.money());
    }

    static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
