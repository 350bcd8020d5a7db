package gx.techmarket.bidding.result;

import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Inbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code known_result} up to date from {@code catalogue.results.v1} (成果转化类 challenges offer these). The
 * inbox runs each event once, in a transaction with the write; out-of-order events never undo a newer state.
 */
@ApplicationScoped
class ResultConsumer {

    static final String CONSUMER = "bidding.results";

    private final KnownResultRepository results;
    private final Clock clock;
    private final Inbox.Routes routes;

    ResultConsumer(Inbox inbox, KnownResultRepository results, Clock clock) {
        this.results = results;
        this.clock = clock;
        this.routes = inbox.routes(CONSUMER).on(ResultPublished.class, this::published)
                .on(ResultWithdrawn.class, this::withdrawn);
    }

    @Incoming("results")
    Uni<Void> on(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    /** Runs inside the inbox's transaction. */
    void published(ResultPublished event) {
        Instant now = MarketClock.now(clock);
        KnownResult known = results.findById(event.resultId());
        if (known == null) {
            results.persist(KnownResult.of(event, now));
        } else {
            known.update(event, now);
        }
    }

    /** Runs inside the inbox's transaction; a withdrawal of a result never heard of is ignored. */
    void withdrawn(ResultWithdrawn event) {
        KnownResult known = results.findById(event.resultId());
        if (known != null) {
            known.withdraw(event, MarketClock.now(clock));
        }
    }
}
