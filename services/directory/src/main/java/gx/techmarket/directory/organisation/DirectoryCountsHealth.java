package gx.techmarket.directory.organisation;

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
 * The directory's verified organisations and open registration points: what every service's read model must count
 * too once it has read the directory's events (their {@code directory-read-model} check). Always UP.
 */
@Readiness
@ApplicationScoped
class DirectoryCountsHealth implements HealthCheck {

    private static final String COUNTS = "select (select count(*) from organisation where status = 'VERIFIED'),"
            + " (select count(*) from registration_point where open)";

    private final AgroalDataSource dataSource;

    DirectoryCountsHealth(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("directory");
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
