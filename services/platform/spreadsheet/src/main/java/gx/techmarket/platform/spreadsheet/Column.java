package gx.techmarket.platform.spreadsheet;

import java.util.List;
import java.util.Objects;

/**
 * A column of an import sheet.
 *
 * @param key      the name the service reads the value by (e.g. {@code title})
 * @param header   the Chinese header written in the sheet and expected back (e.g. 成果名称)
 * @param headerEn the English header, in the header's note; a sheet may also use it as the header
 * @param required whether every row must give a value
 * @param choices  the allowed values of a coded column (empty: free text); a cell may hold the label or the code
 * @param multiple whether a cell may hold several values separated by ；, ;, 、 or a line break
 * @param hint     what to type, in Chinese, shown on the instructions sheet and in the header's note
 * @param example  the example row's value
 */
public record Column(String key, String header, String headerEn, boolean required, List<Choice> choices,
        boolean multiple, String hint, String example) {

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(headerEn, "headerEn");
        choices = List.copyOf(choices);
        hint = hint == null ? "" : hint;
        example = example == null ? "" : example;
    }

    /** A free-text column. */
    public static Column text(String key, String header, String headerEn, boolean required, String hint,
            String example) {
        return new Column(key, header, headerEn, required, List.of(), false, hint, example);
    }

    /** A coded column with one value per cell (a drop-down list in the template). */
    public static Column coded(String key, String header, String headerEn, boolean required, List<Choice> choices,
            String hint, String example) {
        return new Column(key, header, headerEn, required, choices, false, hint, example);
    }

    /** A coded column with several values per cell. */
    public static Column codedMultiple(String key, String header, String headerEn, boolean required,
            List<Choice> choices, String hint, String example) {
        return new Column(key, header, headerEn, required, choices, true, hint, example);
    }

    /** A column of several free-text values per cell (one per line or separated by ；). */
    public static Column textMultiple(String key, String header, String headerEn, boolean required, String hint,
            String example) {
        return new Column(key, header, headerEn, required, List.of(), true, hint, example);
    }

    boolean coded() {
        return !choices.isEmpty();
    }
}
