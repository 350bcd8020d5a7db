package gx.techmarket.portal.bidding.call;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One field that differs between two versions of a challenge, with its value in each as the service sends it (amounts
 * and times as text, the duration as a number).
 */
@TemplateData
public record FieldChange(String field, Object from, Object to) {

    /** Whether the field is an amount in 元 ({@code budgetMin}, {@code budgetMax}). */
    public boolean amount() {
        return "budgetMin".equals(field) || "budgetMax".equals(field);
    }

    public boolean time() {
        return "deadline".equals(field);
    }

    public BigDecimal fromAmount() {
        return decimal(from);
    }

    public BigDecimal toAmount() {
        return decimal(to);
    }

    public Instant fromTime() {
        return instant(from);
    }

    public Instant toTime() {
        return instant(to);
    }

    private static BigDecimal decimal(Object value) {
        try {
            return value == null ? null : new BigDecimal(value.toString());
        } catch (NumberFormatException notAnAmount) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
