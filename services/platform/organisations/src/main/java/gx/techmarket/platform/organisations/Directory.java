package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.domain.Relation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of the directory (机构库): the facts every rule about organisations must read, as of now
 * or as of any earlier instant. Never what a user typed; never a token's claims beyond {@code org_id}.
 *
 * <p>"Now" is the latest version the service has received: the directory's facts take effect when the directory
 * says (the events' instants), so a rule deciding about a past event (a contract registered last week) asks
 * {@link #asOf(String, Instant)} with that event's instant.
 */
@ApplicationScoped
public class Directory {

    private static final String FACTS = "select uscc, valid_from, name, name_en, kind, region, parent_uscc, status"
            + " from directory_organisation where uscc = ?";

    private final AgroalDataSource dataSource;

    Directory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The latest facts of the organisation, whatever its status; empty when the directory never verified it. */
    public Optional<OrganisationFacts> current(String uscc) {
        return one(FACTS + " order by valid_from desc limit 1", uscc, null);
    }

    /** The facts in force at {@code when}; empty when the organisation was not (yet) verified then. */
    public Optional<OrganisationFacts> asOf(String uscc, Instant when) {
        return one(FACTS + " and valid_from <= ? order by valid_from desc limit 1", uscc, when);
    }

    /** The organisation as a party, if the directory has verified it and not suspended it. */
    public Optional<Party> verifiedParty(String uscc) {
        return current(uscc).filter(OrganisationFacts::verified).map(OrganisationFacts::party);
    }

    /** What {@code a} is to {@code b} in the group tree as it is now. */
    public Relation relation(String a, String b) {
        return Relation.between(a, b, u -> current(u).map(OrganisationFacts::parentUscc));
    }

    /** What {@code a} was to {@code b} in the group tree at {@code when}. */
    public Relation relationAsOf(String a, String b, Instant when) {
        return Relation.between(a, b, u -> asOf(u, when).map(OrganisationFacts::parentUscc));
    }

    /** The organisation's qualifications valid on {@code day}, oldest first. */
    public List<Qualification> qualificationsOn(String uscc, LocalDate day) {
        return qualifications(uscc).stream().filter(q -> q.validOn(day)).toList();
    }

    /** Every qualification the directory recorded for the organisation, valid or not, oldest first. */
    public List<Qualification> qualifications(String uscc) {
        String sql = "select id, kind, number, valid_from, valid_to, expired_on from directory_qualification"
                + " where uscc = ? order by valid_from, id";
        List<Qualification> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Qualification(rs.getObject(1, UUID.class), QualificationKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the qualifications of " + uscc, e);
        }
        return found;
    }

    /** The registration point of this organisation, if the directory opened one, open or since closed. */
    public Optional<RegistrationPointFacts> registrationPoint(String uscc) {
        String sql = "select uscc, name, region, code, open from directory_registration_point where uscc = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, uscc);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new RegistrationPointFacts(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registration point " + uscc, e);
        }
    }

    /** The registration point of this organisation, if it is open now. */
    public Optional<RegistrationPointFacts> openRegistrationPoint(String uscc) {
        return registrationPoint(uscc).filter(RegistrationPointFacts::open);
    }

    private Optional<OrganisationFacts> one(String sql, String uscc, Instant when) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, uscc);
            if (when != null) {
                ps.setTimestamp(2, Timestamp.from(when));
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OrganisationFacts(rs.getString(1), rs.getString(3), rs.getString(4),
                        OrgKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        OrganisationStatus.valueOf(rs.getString(8)), rs.getTimestamp(2).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the directory's facts of " + uscc, e);
        }
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
