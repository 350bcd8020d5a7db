package gx.techmarket.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an import template (.xlsx, Apache POI): the data sheet {@value Template#DATA_SHEET} with the Chinese headers
 * (each with a note giving the English header and what to type), every data cell formatted as text and the coded
 * columns as drop-down lists (from a hidden sheet, so long lists such as regions fit); the instructions sheet
 * {@value Template#INSTRUCTIONS_SHEET} with the rules and an example row under the same headers. The example is not on
 * the data sheet, so a file sent back unchanged imports nothing by mistake.
 */
public final class TemplateWriter {

    private TemplateWriter() {}

    public static byte[] write(Template template) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(Template.DATA_SHEET);
            Sheet instructions = wb.createSheet(Template.INSTRUCTIONS_SHEET);
            Sheet lists = wb.createSheet(Template.LISTS_SHEET);
            Styles styles = new Styles(wb);
            dataSheet(template, data, lists, styles);
            instructionsSheet(template, instructions, styles);
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the template", e);
        }
    }

    /**
     * Sets {@code value} as the text of {@code cell}, never as a formula: a value starting with {@code = + - @} is
     * written as text with a quote prefix, so that a spreadsheet program neither evaluates it nor turns it into a
     * formula when the cell is edited. Every cell the market writes into an .xlsx goes through here.
     */
    public static void text(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(Cells.risky(value) ? quoted : plain);
    }

    private static void dataSheet(Template template, Sheet data, Sheet lists, Styles styles) {
        Row header = data.createRow(0);
        Drawing<?> drawing = data.createDrawingPatriarch();
        DataValidationHelper validations = data.getDataValidationHelper();
        int listColumn = 0;
        List<Column> columns = template.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.required : styles.header);
            ClientAnchor anchor = data.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(data.getWorkbook().getCreationHelper().createRichTextString(
                    column.headerEn() + (column.required() ? " (required / 必填)" : "")
                            + (column.hint().isEmpty() ? "" : "\n" + column.hint())));
            cell.setCellComment(note);
            data.setDefaultColumnStyle(c, styles.text);
            data.setColumnWidth(c, Math.min(60, Math.max(12, column.header().length() * 3)) * 256);
            if (column.coded() && !column.multiple()) {
                int n = column.choices().size();
                for (int i = 0; i < n; i++) {
                    Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                    text(row.createCell(listColumn), column.choices().get(i).label(), styles.text, styles.quoted);
                }
                String letter = ImportSheet.letter(listColumn);
                DataValidation validation = validations.createValidation(
                        validations.createFormulaListConstraint("'" + Template.LISTS_SHEET + "'!$" + letter + "$1:$"
                                + letter + "$" + n),
                        new CellRangeAddressList(1, template.maxRows(), c, c));
                validation.setShowErrorBox(true);
                validation.createErrorBox("不在可选范围内", "请从下拉列表中选择。Pick a value from the list.");
                data.addValidationData(validation);
                listColumn++;
            }
        }
        data.createFreezePane(0, 1);
    }

    private static void instructionsSheet(Template template, Sheet sheet, Styles styles) {
        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(template.title());
        title.getCell(0).setCellStyle(styles.header);
        for (String line : template.instructions()) {
            text(sheet.createRow(r++).createCell(0), line, styles.text, styles.quoted);
        }
        r++;
        Row columnsTitle = sheet.createRow(r++);
        columnsTitle.createCell(0).setCellValue("各列说明 Columns");
        columnsTitle.getCell(0).setCellStyle(styles.header);
        for (Column column : template.columns()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), column.header(), styles.text, styles.quoted);
            text(row.createCell(1), column.headerEn(), styles.text, styles.quoted);
            text(row.createCell(2), column.required() ? "必填 required" : "选填 optional", styles.text,
                    styles.quoted);
            String choices = column.choices().isEmpty() ? ""
                    : "可选：" + String.join("、", column.choices().stream().map(Choice::label).toList());
            text(row.createCell(3), column.hint() + (choices.isEmpty() ? "" : (column.hint().isEmpty() ? "" : "；")
                    + choices), styles.text, styles.quoted);
        }
        r++;
        Row exampleTitle = sheet.createRow(r++);
        exampleTitle.createCell(0).setCellValue("示例（请在“" + Template.DATA_SHEET + "”表中填写，本表不导入） Example");
        exampleTitle.getCell(0).setCellStyle(styles.header);
        Row headers = sheet.createRow(r++);
        Row example = sheet.createRow(r);
        for (int c = 0; c < template.columns().size(); c++) {
            Column column = template.columns().get(c);
            headers.createCell(c).setCellValue(column.header());
            headers.getCell(c).setCellStyle(styles.header);
            text(example.createCell(c), column.example(), styles.text, styles.quoted);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 80 * 256);
    }

    /** The styles of a template: text cells (format {@code @}), the same with a quote prefix, headers. */
    private static final class Styles {
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle header;
        final CellStyle required;

        Styles(Workbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            text = wb.createCellStyle();
            text.setDataFormat(textFormat);
            text.setWrapText(true);
            quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setDataFormat(textFormat);
            header.setFont(bold);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
            required = wb.createCellStyle();
            required.setDataFormat(textFormat);
            required.setFont(red);
        }
    }
}
