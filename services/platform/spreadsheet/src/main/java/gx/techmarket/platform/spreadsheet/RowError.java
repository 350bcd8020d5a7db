package gx.techmarket.platform.spreadsheet;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong in an import file, where a person finds it: the row as the spreadsheet numbers it (the header is
 * row 1), the column's letter and header ({@code null} for a rule of the whole row), a stable code and a message in
 * the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(int row, String column, String header, String code, String message) {}
