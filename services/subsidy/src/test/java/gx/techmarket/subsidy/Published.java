package gx.techmarket.subsidy;

import gx.techmarket.contracts.events.DomainEvent;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventType;
import gx.techmarket.platform.testing.Db;
import java.util.List;
import javax.sql.DataSource;

/** What the service wrote to its outbox, read back as event records: the events it published, in commit order. */
public final class Published {

    private Published() {}

    /** The events of {@code recordType} about aggregate {@code aggregateId}, oldest first. */
    public static <E extends DomainEvent> List<E> about(DataSource db, Class<E> recordType, Object aggregateId) {
        return Db.column(db, "select payload::text from outbox where type = ? and aggregateid = ? order by seq",
                        EventType.of(recordType).type(), aggregateId.toString()).stream()
                .map(json -> EventJson.fromJson((String) json, recordType))
                .toList();
    }
}
