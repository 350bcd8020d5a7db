package gx.techmarket.contracts.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Field checks of the event records, mirroring their JSON Schemas. */
final class Require {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 5000;
    static final int CODE_MAX = 64;
    /** An operator's reason (common.v1 Reason). */
    static final int REASON_MAX = 1000;

    private Require() {}

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    static String matches(String value, Pattern pattern, String field) {
        present(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' does not match " + pattern.pattern());
        }
        return value;
    }

    /** An open-set UPPER_SNAKE_CASE code of at most 64 characters, such as an industry or programme code. */
    static String code(String value, String field) {
        matches(value, Codes.UPPER_SNAKE_CODE, field);
        if (value.length() > CODE_MAX) {
            throw new IllegalArgumentException(field + " is longer than " + CODE_MAX + " characters");
        }
        return value;
    }

    static String matchesIfPresent(String value, Pattern pattern, String field) {
        return value == null ? null : matches(value, pattern, field);
    }

    /** Not blank and at most {@code max} characters (code points, as JSON Schema counts them). */
    static String text(String value, int max, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return value;
    }

    static String textIfPresent(String value, int max, String field) {
        return value == null ? null : text(value, max, field);
    }

    /** An immutable copy; {@code null} stands for the empty list. Elements must be present and distinct. */
    static <T> List<T> distinct(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + " contains null");
            }
        }
        List<T> copy = List.copyOf(values);
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(field + " contains duplicates");
        }
        return copy;
    }

    static <T> List<T> nonEmptyDistinct(List<T> values, String field) {
        List<T> copy = distinct(values, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " needs at least one element");
        }
        return copy;
    }

    /** A programme budget year (年度), 2000 to 2100. */
    static int budgetYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("budgetYear " + year + " is not between 2000 and 2100");
        }
        return year;
    }

    /** {@link Money#of(BigDecimal)} of an amount that must be above zero. */
    static BigDecimal positiveAmount(BigDecimal amount, String field) {
        BigDecimal scaled = Money.of(present(amount, field));
        if (scaled.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be above zero");
        }
        return scaled;
    }

    /** A Chinese organisation (with USCC and region): not a foreign party. */
    static Party domestic(Party party, String field) {
        present(party, field);
        if (party.isForeign()) {
            throw new IllegalArgumentException(field + " must be a Chinese organisation, not one of " + party.country());
        }
        return party;
    }
}
