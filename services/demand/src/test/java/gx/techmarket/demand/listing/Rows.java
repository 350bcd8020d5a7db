package gx.techmarket.demand.listing;

import gx.techmarket.platform.testing.Db;
import javax.sql.DataSource;

/** What the database holds of a demand, read behind the service's back. */
final class Rows {

    private Rows() {}

    static String statusOf(DataSource ds, String id) {
        return (String) Db.single(ds, "select status from demand where id = ?::uuid", id);
    }

    /** The events the demand's changes left in the outbox. */
    static long outboxRows(DataSource ds, String id) {
        return Db.count(ds, "select count(*) from outbox where aggregateid = ?", id);
    }
}
