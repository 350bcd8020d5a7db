package gx.techmarket.platform.organisations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * How much of the directory this service knows: the verified organisations and open registration points of its read
 * model, next to the directory's own counts (its health check says the same of its tables). Whoever starts a market
 * and must not act before every service knows the organisations (the end-to-end tests, a deployment's smoke test)
 * waits until they agree. Always UP: an empty directory is a state, not a fault.
 */
@Readiness
@ApplicationScoped
class DirectoryReadModelHealth implements HealthCheck {

    private static final String COUNTS = "select"
            + " (select count(*) from directory_organisation o where o.status = 'VERIFIED' and o.valid_from ="
            + "    (select max(v.valid_from) from directory_organisation v where v.uscc = o.uscc)),"
            + " (select count(*) from directory_registration_point where open)";

    private final AgroalDataSource dataSource;

    DirectoryReadModelHealth(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("directory-read-model");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(COUNTS)) {
            rs.next();
            return response.up().withData("verifiedOrganisations", rs.getLong(1))
                    .withData("openRegistrationPoints", rs.getLong(2)).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
