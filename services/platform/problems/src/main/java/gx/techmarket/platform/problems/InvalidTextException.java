package gx.techmarket.platform.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that {@link TextRules} refuses; Jackson adds the field's path as it unwinds. */
public final class InvalidTextException extends MismatchedInputException {

    private final transient TextRules.Violation violation;

    InvalidTextException(JsonParser parser, TextRules.Violation violation) {
        super(parser, violation.code() + " " + violation.character() + " at character " + violation.position(),
                String.class);
        this.violation = violation;
    }

    public TextRules.Violation violation() {
        return violation;
    }
}
