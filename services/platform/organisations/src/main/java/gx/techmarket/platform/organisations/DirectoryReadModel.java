package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.Organisation;
import gx.techmarket.contracts.events.OrganisationChanged;
import gx.techmarket.contracts.events.OrganisationSuspended;
import gx.techmarket.contracts.events.OrganisationVerified;
import gx.techmarket.contracts.events.QualificationExpired;
import gx.techmarket.contracts.events.QualificationGranted;
import gx.techmarket.contracts.events.RegistrationPointClosed;
import gx.techmarket.contracts.events.RegistrationPointOpened;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Applies the directory's events to the read model, inside the inbox's transaction. Each effect depends only on
 * the event (its own instant, never the time of consumption), and applying one twice changes nothing, so a replay
 * from offset 0 rebuilds exactly the same tables.
 */
@ApplicationScoped
class DirectoryReadModel {

    private static final Logger LOG = Logger.getLogger(DirectoryReadModel.class);

    private static final String UPSERT_VERSION = "insert into directory_organisation"
            + " (uscc, valid_from, name, name_en, kind, region, parent_uscc, status) values (?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (uscc, valid_from) do update set name = excluded.name, name_en = excluded.name_en,"
            + " kind = excluded.kind, region = excluded.region, parent_uscc = excluded.parent_uscc,"
            + " status = excluded.status";

    private final AgroalDataSource dataSource;
    private final Directory directory;

    DirectoryReadModel(AgroalDataSource dataSource, Directory directory) {
        this.dataSource = dataSource;
        this.directory = directory;
    }

    void verified(OrganisationVerified event) {
        version(event.organisation(), event.verifiedAt(), OrganisationStatus.VERIFIED);
    }

    void changed(OrganisationChanged event) {
        version(event.organisation(), event.changedAt(), OrganisationStatus.VERIFIED);
    }

    /** A suspension is a version with the facts in force at the time, status SUSPENDED. */
    void suspended(OrganisationSuspended event) {
        directory.asOf(event.uscc(), event.suspendedAt()).ifPresentOrElse(
                facts -> version(new Organisation(facts.uscc(), facts.name(), facts.nameEn(), facts.kind(),
                        facts.region(), facts.parentUscc()), event.suspendedAt(), OrganisationStatus.SUSPENDED),
                () -> LOG.warnf("Organisation %s suspended before this service knew it verified: nothing to suspend",
                        event.uscc()));
    }

    void qualificationGranted(QualificationGranted event) {
        var q = event.qualification();
        update("insert into directory_qualification (id, uscc, kind, number, valid_from, valid_to) values"
                + " (?, ?, ?, ?, ?, ?) on conflict (id) do update set kind = excluded.kind, number = excluded.number,"
                + " valid_from = excluded.valid_from, valid_to = excluded.valid_to, expired_on = null, reason = null",
                q.id(), event.uscc(), q.kind().name(), q.number(), Directory.date(q.validFrom()),
                Directory.date(q.validTo()));
    }

    void qualificationExpired(QualificationExpired event) {
        int rows = update("update directory_qualification set expired_on = ?, reason = ? where id = ?",
                Directory.date(event.expiredOn()), event.reason(), event.qualificationId());
        if (rows == 0) {
            LOG.warnf("Qualification %s of %s expired before this service knew it was granted",
                    event.qualificationId(), event.uscc());
        }
    }

    void pointOpened(RegistrationPointOpened event) {
        update("insert into directory_registration_point (uscc, name, region, code, open, opened_at, closed_at)"
                + " values (?, ?, ?, ?, true, ?, null) on conflict (uscc) do update set name = excluded.name,"
                + " region = excluded.region, code = excluded.code, open = true, opened_at = excluded.opened_at,"
                + " closed_at = null", event.uscc(), event.name(), event.region(), event.code(),
                Timestamp.from(event.openedAt()));
    }

    void pointClosed(RegistrationPointClosed event) {
        int rows = update("update directory_registration_point set open = false, closed_at = ? where uscc = ?",
                Timestamp.from(event.closedAt()), event.uscc());
        if (rows == 0) {
            LOG.warnf("Registration point %s closed before this service knew it opened", event.uscc());
        }
    }

    private void version(Organisation o, Instant validFrom, OrganisationStatus status) {
        update(UPSERT_VERSION, o.uscc(), Timestamp.from(validFrom), o.name(), o.nameEn(), o.kind().name(), o.region(),
                o.parentUscc(), status.name());
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply a directory event: " + sql, e);
        }
    }
}
