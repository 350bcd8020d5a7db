package gx.techmarket.platform.it;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ServiceUnavailableException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** Requests that hold the database or reach one that is not there, to see how overload and outages are answered. */
@Path("/probe/pool")
public class PoolProbeResource {

    private final ConnectionHolder holder;
    private final Instance<AgroalDataSource> dataSources;

    PoolProbeResource(ConnectionHolder holder, @Any Instance<AgroalDataSource> dataSources) {
        this.holder = holder;
        this.dataSources = dataSources;
    }

    /** Writes a note and keeps the transaction (and so its connection) open until the test releases it. */
    @POST
    @Path("/hold/{title}")
    @PermitAll
    @Transactional
    public ProbeResource.NoteView hold(@PathParam("title") String title) throws InterruptedException {
        ProbeNote note = new ProbeNote();
        note.id = UUID.randomUUID();
        note.title = title;
        note.amount = BigDecimal.ONE;
        Panache.getEntityManager().persist(note);
        Panache.getEntityManager().flush();
        holder.holdUntilReleased();
        return new ProbeResource.NoteView(note.id, note.title, note.amount);
    }

    /** As if another service we called answered 503 with its own advice on when to retry. */
    @GET
    @Path("/downstream-unavailable")
    @PermitAll
    public String downstreamUnavailable() {
        throw new ServiceUnavailableException(7L);
    }

    /** Reads from the datasource named {@code unreachable} (configured by a test profile at a port nobody serves). */
    @GET
    @Path("/unreachable")
    @PermitAll
    public String unreachable() throws SQLException {
        AgroalDataSource down = dataSources.select(new DataSource.DataSourceLiteral("unreachable")).get();
        try (Connection c = down.getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }
}
