package gx.techmarket.portal.bidding.evaluation;

import io.quarkus.qute.TemplateData;
import java.util.Map;
import java.util.UUID;

/**
 * What was typed into one row's form on a page with a form per row (a bid's qualification decision, a complaint's
 * decision): the row it belongs to and its values by field. The form in error keeps its values and gets the fields'
 * own {@code id}s, which the error summary links to; every other row's inputs get {@code id}s made unique by the
 * row's id.
 */
@TemplateData
public record RowForm(UUID row, Map<String, String> values) {

    public static RowForm none() {
        return new RowForm(null, Map.of());
    }

    /** Whether the form belongs to a row (else the page's own forms show the errors). */
    public boolean inRow() {
        return row != null;
    }

    public boolean isFor(UUID id) {
        return id != null && id.equals(row);
    }

    /** The {@code id} of {@code field}'s input in the form of row {@code id}. */
    public String idOf(String field, UUID id) {
        return field + (isFor(id) ? "" : "-" + id);
    }

    /** What was typed into {@code field} of row {@code id} (the row in error), else empty. */
    public String value(String field, UUID id) {
        return isFor(id) && values.get(field) != null ? values.get(field) : "";
    }

    /** Whether {@code option} was chosen in {@code field} of row {@code id}. */
    public boolean chose(String field, UUID id, String option) {
        return option.equals(value(field, id));
    }
}
