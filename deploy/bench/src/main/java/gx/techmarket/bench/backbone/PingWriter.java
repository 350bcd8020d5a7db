package gx.techmarket.bench.backbone;

import gx.techmarket.platform.messaging.Outbox;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The producing side as a service writes it: one JTA transaction that makes a change (a {@code bench_ping} row) and
 * publishes its event through the outbox, both committed together or not at all.
 */
@ApplicationScoped
class PingWriter {

    private final AgroalDataSource dataSource;
    private final Outbox outbox;

    PingWriter(AgroalDataSource dataSource, Outbox outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    /** Writes the ping and its event; returns once the transaction has committed. */
    void write(Pinged ping) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "insert into bench_ping (run, sequence, ping_id) values (?, ?, ?)")) {
                s.setString(1, ping.run());
                s.setLong(2, ping.sequence());
                s.setString(3, ping.pingId());
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            outbox.publish(ping);
        });
    }
}
