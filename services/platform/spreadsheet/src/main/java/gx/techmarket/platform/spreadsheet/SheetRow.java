package gx.techmarket.platform.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * A data row of an import file as read: its number in the spreadsheet (the header is row 1) and the value of each
 * column by key, trimmed, {@code null} when blank. A coded column's value is its code (whether the cell held the
 * label or the code); a value not in the list is {@code null} here and a {@code NOT_IN_LIST} error of the sheet.
 * Every value is the cell's text as typed: a formula is its literal text ({@code =HYPERLINK(...)}), never a result.
 */
public record SheetRow(int number, Map<String, String> values, Map<String, List<String>> lists) {

    public SheetRow {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        lists = Map.copyOf(lists);
    }

    /** The value of a single-valued column, or {@code null}. */
    public String text(String key) {
        return values.get(key);
    }

    /** The values of a multiple column, in the order of the cell (empty when blank). */
    public List<String> list(String key) {
        return lists.getOrDefault(key, List.of());
    }
}
