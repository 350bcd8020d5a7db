package gx.techmarket.notification.notice;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The broker organisations of a city, from this service's read model of the directory (机构库): every organisation
 * whose latest facts say verified, kind AGENCY (技术转移/经纪机构) and a region in the city.
 */
@ApplicationScoped
public class CityBrokers {

    private static final String SQL = "select uscc from (select distinct on (uscc) uscc, kind, region, status"
            + " from directory_organisation order by uscc, valid_from desc) latest"
            + " where kind = 'AGENCY' and status = 'VERIFIED' and region like ? order by uscc";

    private final AgroalDataSource dataSource;

    CityBrokers(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The USCCs of the verified agencies registered in {@code city} (the first 4 digits of a region code). */
    public List<String> in(String city) {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, city + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the brokers of city " + city, e);
        }
        return found;
    }
}
