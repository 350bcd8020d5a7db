package gx.techmarket.platform.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A {@link Catalogue} as one .xlsx sheet (Apache POI, streamed: a province's catalogue may hold many thousands of
 * rows): the header row in Chinese, frozen; the columns 城市 and 行业 first, then the catalogue's; set widths. Every value
 * is a text cell or, for an amount, a number cell with two decimals — never a formula: a title such as
 * {@code =HYPERLINK("http://x")} is stored as text, and a text that a spreadsheet could take for a formula when
 * edited (starting with = + - @) is marked quote-prefixed as well.
 */
public final class CatalogueXlsx {

    /** Characters that make a spreadsheet read a typed-in value as a formula. */
    private static final String FORMULA_START = "=+-@";

    private CatalogueXlsx() {}

    /** The workbook of {@code catalogue}, as bytes. */
    public static byte[] render(Catalogue catalogue) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(catalogue.name());
            SXSSFSheet sheet = workbook.createSheet(sheetName(catalogue));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setWrapText(true);
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setWrapText(true);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            Row header = sheet.createRow(0);
            text(header, 0, "城市", headerStyle);
            text(header, 1, "行业", headerStyle);
            sheet.setColumnWidth(0, 12 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            List<Catalogue.Column> columns = catalogue.columns();
            for (int i = 0; i < columns.size(); i++) {
                text(header, i + 2, columns.get(i).header(), headerStyle);
                sheet.setColumnWidth(i + 2, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Catalogue.Section section : catalogue.sections()) {
                for (List<Object> values : section.rows()) {
                    Row row = sheet.createRow(r++);
                    value(row, 0, section.city(), textStyle, quoted, amount);
                    value(row, 1, section.industry(), textStyle, quoted, amount);
                    for (int i = 0; i < values.size(); i++) {
                        value(row, i + 2, values.get(i), textStyle, quoted, amount);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the catalogue " + catalogue.name() + " did not render", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // in memory: nothing left to release
            }
        }
    }

    private static String sheetName(Catalogue catalogue) {
        // a sheet's name: at most 31 characters, none of : \ / ? * [ ]
        String name = catalogue.scope().replaceAll("[:\\\\/?*\\[\\]]", "_");
        return name.isBlank() ? "目录" : name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static void value(Row row, int column, Object value, CellStyle text, CellStyle quoted, CellStyle amount) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal number) {
            var cell = row.createCell(column);
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(amount);
            return;
        }
        String s = value.toString();
        text(row, column, s, !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0 ? quoted : text);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The sheet's header: 城市, 行业, then {@code catalogue}'s columns. For readers of the file. */
    public static List<String> headers(Catalogue catalogue) {
        var headers = new java.util.ArrayList<String>(List.of("城市", "行业"));
        catalogue.columns().forEach(c -> headers.add(c.header()));
        return headers;
    }
}
