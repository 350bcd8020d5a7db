package gx.techmarket.platform.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
