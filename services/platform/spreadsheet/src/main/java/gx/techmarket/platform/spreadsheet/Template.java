package gx.techmarket.platform.spreadsheet;

import java.util.List;

/**
 * An import sheet: its columns in order, the lines of its instructions sheet, and how many data rows one file may
 * hold.
 *
 * @param title        what the file imports, e.g. 科技成果批量导入
 * @param columns      the data sheet's columns, in order
 * @param instructions lines of the instructions sheet (Chinese, each with its English after it if wanted)
 * @param maxRows      the most data rows a file may hold
 */
public record Template(String title, List<Column> columns, List<String> instructions, int maxRows) {

    /** The data sheet's name: the reader reads it, or the first sheet when a file has no sheet of that name. */
    public static final String DATA_SHEET = "数据";
    /** The instructions sheet's name. */
    public static final String INSTRUCTIONS_SHEET = "填写说明";
    /** The hidden sheet holding the lists of the drop-downs. */
    static final String LISTS_SHEET = "选项";

    public Template {
        columns = List.copyOf(columns);
        instructions = List.copyOf(instructions);
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        if (columns.stream().map(Column::key).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("two columns share a key");
        }
    }

    Column column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key));
    }
}
