package gx.techmarket.matching.listing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.matching.MatchingServiceTest;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The read model of listings, fed by the catalogue's and the demand service's events through the inbox. */
@QuarkusTest
class ListingConsumerTest extends MatchingServiceTest {

    @Test
    void aPublishedResultIsKnownOpenAndAWithdrawalClosesIt() {
        ResultPublished result = Listings.result(Orgs.GXU, "蔗渣生物法制浆技术");
        Listings.publish(db, result);
        assertThat(Db.single(db, "select open from known_listing where id = ?", result.resultId())).isEqualTo(true);
        assertThat(Db.single(db, "select kind from known_listing where id = ?", result.resultId())).isEqualTo("RESULT");
        assertThat(Db.single(db, "select owner_uscc from known_listing where id = ?", result.resultId()))
                .isEqualTo(Orgs.GXU.uscc());

        Listings.withdraw(db, result);
        assertThat(Db.single(db, "select open from known_listing where id = ?", result.resultId())).isEqualTo(false);

        // a replay of the publication (older than the withdrawal) does not reopen it
        Listings.publish(db, result);
        assertThat(Db.single(db, "select open from known_listing where id = ?", result.resultId())).isEqualTo(false);
        assertThat(Db.count(db, "select count(*) from known_listing where id = ?", result.resultId())).isEqualTo(1);
    }

    @Test
    void aDemandIsKnownWithItsDeadlineAndEventTypesNotRoutedHereAreIgnored() {
        DemandPublished demand = Listings.demand(Orgs.BAISE_ALUMINIUM, "赤泥脱碱",
                LocalDate.now().plus(30, ChronoUnit.DAYS));
        // an event type this service does not handle (a later demand.DemandArchived.v1, say), on the same key and so
        // the same partition just before the publication: acknowledged unread, and the partition keeps flowing
        UUID unknown = UUID.randomUUID();
        TestEvents.sendJson("demand.demands.v1", "demand.DemandArchived.v1", demand.demandId().toString(),
                "{\"demandId\":\"" + demand.demandId() + "\",\"whatever\":true}", unknown, Listings.DEMAND);
        Listings.publish(db, demand);
        assertThat(Db.single(db, "select deadline from known_listing where id = ?", demand.demandId()).toString())
                .isEqualTo(demand.deadline().toString());
        assertThat(Db.handled(db, ListingConsumer.DEMANDS, unknown)).isFalse();
    }

    @Test
    void aDemandClosedExpiredOrMatchedTakesNoNewInterest() {
        LocalDate deadline = LocalDate.now().plus(30, ChronoUnit.DAYS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DemandPublished closed = Listings.demand(Orgs.BAISE_ALUMINIUM, "赤泥脱碱", deadline);
        DemandPublished expired = Listings.demand(Orgs.BAISE_ALUMINIUM, "氧化铝焙烧节能", deadline);
        DemandPublished matched = Listings.demand(Orgs.BAISE_ALUMINIUM, "铝灰无害化", deadline);
        for (DemandPublished d : List.of(closed, expired, matched)) {
            Listings.publish(db, d);
            assertThat(Db.single(db, "select open from known_listing where id = ?", d.demandId())).isEqualTo(true);
        }

        Listings.end(db, new DemandClosed(closed.demandId(), Orgs.BAISE_ALUMINIUM.uscc(), "已自行解决", now));
        Listings.end(db, new DemandExpired(expired.demandId(), expired.title(), Orgs.BAISE_ALUMINIUM.uscc(),
                deadline, now));
        Listings.end(db, new DemandMatched(matched.demandId(), matched.title(), Orgs.BAISE_ALUMINIUM.uscc(),
                UUID.randomUUID(), null, now));

        for (DemandPublished d : List.of(closed, expired, matched)) {
            assertThat(Db.single(db, "select open from known_listing where id = ?", d.demandId()))
                    .as(d.title()).isEqualTo(false);
        }
    }
}
