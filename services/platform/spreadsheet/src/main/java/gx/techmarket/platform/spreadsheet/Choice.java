package gx.techmarket.platform.spreadsheet;

/** A value of a coded column: the code the service keeps, and the label a person picks in the sheet (e.g. 中试). */
public record Choice(String code, String label) {}
