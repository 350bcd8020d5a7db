package gx.techmarket.platform.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text cells that stay text. A value a spreadsheet program could take for a formula ({@code = + - @} first, the
 * characters of "formula injection") is written with a quote prefix; any other text as it is. Export code of the
 * market writes its user-supplied texts through {@link #text}.
 */
public final class Cells {

    private Cells() {}

    /** Whether {@code value} starts with a character a spreadsheet program reads as the start of a formula. */
    public static boolean risky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A quote-prefixed text style of {@code workbook}, to pass to {@link #text}. */
    public static CellStyle quotedStyle(Workbook workbook) {
        CellStyle quoted = workbook.createCellStyle();
        quoted.setDataFormat(workbook.createDataFormat().getFormat("@"));
        quoted.setQuotePrefixed(true);
        return quoted;
    }

    /** Sets {@code value} as text, quote-prefixed ({@code quoted}) when {@link #risky}. */
    public static void text(Cell cell, String value, CellStyle quoted) {
        cell.setCellValue(value == null ? "" : value);
        if (risky(value)) {
            cell.setCellStyle(quoted);
        }
    }
}
