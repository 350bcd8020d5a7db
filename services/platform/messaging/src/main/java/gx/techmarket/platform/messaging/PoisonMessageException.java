package gx.techmarket.platform.messaging;

/**
 * A message that can never be handled (unparseable, not a CloudEvent, fails its schema, or a handler's verdict that
 * retrying cannot help): it goes to the dead-letter topic at once, without retries.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
