package gx.techmarket.platform.messaging;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The event being handled on this thread, if any: an event published while handling another is caused by it and
 * carries its correlation id, so a chain of events across services can be followed back to the first command.
 */
public final class MessageContext {

    /** The correlation id of the chain and the id of the event that caused the current work. */
    public record Current(UUID correlationId, UUID causationId) {}

    private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    private MessageContext() {}

    public static Optional<Current> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} as caused by event {@code causationId} in chain {@code correlationId}. */
    public static <T> T within(UUID correlationId, UUID causationId, Supplier<T> work) {
        Current previous = CURRENT.get();
        CURRENT.set(new Current(correlationId, causationId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
