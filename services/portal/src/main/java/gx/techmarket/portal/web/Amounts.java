package gx.techmarket.portal.web;

import java.math.BigDecimal;

/** Amounts typed into forms: 元 with at most two decimals; thousands separators and spaces are allowed. */
public final class Amounts {

    /** What an amount field may hold: digits with separators and at most two decimals, or nothing (not given). */
    public static final String PATTERN = "\\s*([0-9][0-9,\\s]{0,21}(\\.[0-9]{1,2})?)?\\s*";

    private Amounts() {}

    /** The exact amount, or null for an empty field. */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return new BigDecimal(typed.replace(",", "").replaceAll("\\s", ""));
    }

    /** For an input's value: the amount as the service sent it, without separators. */
    public static String input(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
