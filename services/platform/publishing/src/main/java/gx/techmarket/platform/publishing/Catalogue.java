package gx.techmarket.platform.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A published catalogue (目录) as the files print it: a title page (name, period, scope, date, count) and sections by
 * city then industry, each a table of the same columns. A value is a {@link String} or a {@link BigDecimal} (an
 * amount in 元) or {@code null} (left empty); the writers never make a value into a formula.
 *
 * @param name the edition's name, e.g. 广西可供转化的科技成果目录（2026年11月）
 * @param period how the period reads, e.g. 2026年11月
 * @param scope how the scope reads, e.g. 广西壮族自治区 or 百色市
 * @param publisher who publishes it, printed on the title page
 * @param generatedOn the China date it was made
 * @param columns the table's columns, in order
 * @param sections the sections in the order printed
 */
public record Catalogue(String name, String period, String scope, String publisher, LocalDate generatedOn,
        List<Column> columns, List<Section> sections) {

    public Catalogue {
        Objects.requireNonNull(name);
        Objects.requireNonNull(generatedOn);
        columns = List.copyOf(columns);
        sections = List.copyOf(sections);
        for (Section s : sections) {
            for (List<Object> row : s.rows()) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " values under " + columns.size()
                            + " columns");
                }
            }
        }
    }

    /** How many items all the sections list. */
    public int itemCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }

    /**
     * A column: its Chinese header and its relative width (the PDF shares the page's width by these; the sheet
     * takes {@code width} characters).
     */
    public record Column(String header, int width) {}

    /**
     * The items of one city and one industry.
     *
     * @param city the city's name, e.g. 百色市
     * @param industry the industry's name, e.g. 制糖
     * @param rows one list of values per item, in column order
     */
    public record Section(String city, String industry, List<List<Object>> rows) {
        public Section {
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                    .toList();
        }
    }

    /** The text of a value as both files print it: an amount with two decimals, nothing for none. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        return value.toString();
    }
}
