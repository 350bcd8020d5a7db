package gx.techmarket.contracts.events;

/** There is no JSON Schema for an event type on the classpath, or the name is not an event type name at all. */
public class UnknownEventTypeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String type;

    public UnknownEventTypeException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** The type that was asked for. */
    public String type() {
        return type;
    }
}
