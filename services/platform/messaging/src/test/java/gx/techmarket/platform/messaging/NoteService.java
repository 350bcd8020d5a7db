package gx.techmarket.platform.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A command that changes state and publishes its event in one transaction, as every service does. */
@ApplicationScoped
class NoteService {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    NoteService(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Transactional
    UUID write(String noteId, int sequence, String text) {
        insert(noteId, sequence, text);
        return outbox.publish(Notes.WRITTEN, new Notes.NoteWritten(noteId, sequence, text));
    }

    /** Writes several notes of one aggregate and publishes their events in one transaction; returns their ids. */
    @Transactional
    List<UUID> writeAll(String noteId, List<String> texts) {
        List<UUID> ids = new ArrayList<>();
        for (int sequence = 0; sequence < texts.size(); sequence++) {
            insert(noteId, sequence, texts.get(sequence));
            ids.add(outbox.publish(Notes.WRITTEN, new Notes.NoteWritten(noteId, sequence, texts.get(sequence))));
        }
        return ids;
    }

    /** Writes, publishes, then fails: the transaction rolls back, and with it the event. */
    @Transactional
    UUID writeThenFail(String noteId, int sequence, String text) {
        insert(noteId, sequence, text);
        outbox.publish(Notes.WRITTEN, new Notes.NoteWritten(noteId, sequence, text));
        throw new IllegalStateException("the command failed after publishing");
    }

    private void insert(String noteId, int sequence, String text) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into note (note_id, sequence, text) values (?, ?, ?)")) {
            s.setString(1, noteId);
            s.setInt(2, sequence);
            s.setString(3, text);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
