package gx.techmarket.contracts.events;

import java.util.List;

/** A payload does not match its event type's JSON Schema. */
public class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final List<String> violations;

    public InvalidEventException(String type, List<String> violations) {
        super("payload of " + type + " does not match its schema: " + String.join("; ", violations));
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    /** The event type. */
    public String type() {
        return type;
    }

    /** What is wrong, each naming the JSON path, e.g. {@code $.seller.uscc: does not match the regex pattern ...}. */
    public List<String> violations() {
        return violations;
    }
}
