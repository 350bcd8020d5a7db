package gx.techmarket.platform.messaging;

import gx.techmarket.platform.testing.Topics;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The probe's consumer: records an effect per event, publishes a follow-up for notes saying "ack", fails on
 * purpose for notes saying "flaky-N" (the first N attempts) or "always-fail", and calls notes saying "poison"
 * poison. It consumes in batches, as the services do, and keeps the ce_id of each batch's records.
 */
@ApplicationScoped
class NoteConsumer {

    static final String CONSUMER = "probe.note-effects";

    /** What SmallRye's own CloudEvents support saw, by event id. */
    static final Map<String, IncomingCloudEventMetadata<?>> SEEN_BY_SMALLRYE = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** The event ids of every batch the inbox got, in the order of its records. */
    static final List<List<String>> BATCHES = new CopyOnWriteArrayList<>();

    private final Outbox outbox;
    private final AgroalDataSource dataSource;
    private final Inbox.Routes routes;

    NoteConsumer(Inbox inbox, Outbox outbox, AgroalDataSource dataSource) {
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.routes = inbox.routes(CONSUMER).on(Notes.WRITTEN, Notes.NoteWritten.class, this::apply);
    }

    Inbox.Routes routes() {
        return routes;
    }

    @Incoming("notes-in")
    Uni<Void> onNotes(KafkaRecordBatch<String, String> batch) {
        BATCHES.add(batch.getRecords().stream().map(r -> Topics.header(r.getHeaders(), CloudEventHeaders.ID)).toList());
        return routes.process(batch);
    }

    @Incoming("notes-ce")
    CompletionStage<Void> onCloudEvent(Message<String> message) {
        message.getMetadata(IncomingCloudEventMetadata.class)
                .ifPresent(ce -> SEEN_BY_SMALLRYE.put(ce.getId(), ce));
        return message.ack();
    }

    private void apply(Notes.NoteWritten note) {
        if (note.text().startsWith("flaky-")) {
            int failures = Integer.parseInt(note.text().substring("flaky-".length()));
            if (ATTEMPTS.computeIfAbsent(note.noteId(), k -> new AtomicInteger()).incrementAndGet() <= failures) {
                throw new IllegalStateException("a transient failure, on purpose");
            }
        }
        if (note.text().equals("poison")) {
            throw new PoisonMessageException("this note is poison");
        }
        if (note.text().equals("always-fail")) {
            ATTEMPTS.computeIfAbsent(note.noteId(), k -> new AtomicInteger()).incrementAndGet();
            throw new IllegalStateException("this note can never be handled");
        }
        UUID eventId = MessageContext.current().orElseThrow().causationId();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into note_effect (event_id, note_id, sequence) values (?, ?, ?)")) {
            s.setObject(1, eventId);
            s.setString(2, note.noteId());
            s.setInt(3, note.sequence());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (note.text().equals("ack")) {
            outbox.publish(Notes.ACKNOWLEDGED, new Notes.NoteAcknowledged(note.noteId(), note.sequence()));
        }
    }
}
