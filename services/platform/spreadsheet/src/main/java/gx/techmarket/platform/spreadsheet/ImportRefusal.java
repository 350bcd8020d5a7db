package gx.techmarket.platform.spreadsheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * The problem+json of a file refused for its rows (422 {@code IMPORT_ROWS_INVALID}): the problem's fields, and
 * {@code rows}, every error by row and column, in the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRefusal(URI type, String title, int status, String detail, URI instance, String code,
        List<RowError> rows) {}
