package gx.techmarket.demand.listing;

import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The moves the market makes on a published demand, not a user: matched when a 揭榜挂帅 challenge is published from
 * it or a technical contract is drafted for it (handlers of the inbox consumer {@code demand.matches}, in its
 * transaction), expired the day after its deadline (the expiry job, in batches). Each move locks the row and
 * publishes its event through the outbox in the same transaction; a demand that is no longer published (closed,
 * expired, matched before) is left as it is, so a redelivered event or a second instance's run changes nothing.
 */
@ApplicationScoped
class DemandMarketService {

    private static final Logger LOG = Logger.getLogger(DemandMarketService.class);

    private final DemandRepository demands;
    private final Outbox outbox;
    private final Clock clock;

    DemandMarketService(DemandRepository demands, Outbox outbox, Clock clock) {
        this.demands = demands;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A challenge was published: if it comes from one of our demands (技术攻关类), the demand is matched by it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onChallenge(ChallengePublished event) {
        if (event.demandId() == null) {
            return; // 成果转化类: from a result, not a demand
        }
        match(event.demandId(), event.demander(), "challenge " + event.challengeId(),
                d -> d.matchChallenge(event.challengeId(), MarketClock.now(clock)));
    }

    /**
     * A challenge was cancelled (撤榜) or failed (流标): the demand it matched, if any, is open again (published anew,
     * or expired when its deadline has passed). A challenge that matched none (成果转化类, or one whose demand was
     * matched by another since) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onChallengeEnded(UUID challengeId, String how) {
        Demand demand = demands.findMatchedByChallengeForUpdate(challengeId);
        if (demand == null) {
            LOG.debugf("challenge %s %s; no demand of ours was matched by it", challengeId, how);
            return;
        }
        if (demand.status() != DemandStatus.MATCHED) {
            LOG.infof("challenge %s %s; its demand %s is %s, left as it is", challengeId, how, demand.id(),
                    demand.status());
            return;
        }
        outbox.publish(demand.reopen(MarketClock.today(clock), MarketClock.now(clock)));
    }

    /** A contract was drafted: if it names one of our demands, the demand is matched by it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onContract(ContractDrafted event) {
        if (event.demandId() == null) {
            return;
        }
        match(event.demandId(), event.buyer(), "contract " + event.contractId(),
                d -> d.matchContract(event.contractId(), MarketClock.now(clock)));
    }

    /**
     * Matches the demand {@code demandId} when it is still published and {@code party} (the challenge's demander,
     * the contract's buyer) is its demander; otherwise logs why nothing changed. The producers check both before
     * they publish (bidding drafts a challenge from a published demand of its demander, the registry accepts a
     * published demand of the buyer), so these are late or replayed events, not errors to dead-letter.
     */
    private void match(UUID demandId, Party party, String what,
            Function<Demand, DemandMatched> move) {
        Demand demand = demands.findForUpdate(demandId);
        if (demand == null) {
            LOG.warnf("%s names demand %s, which this service does not know; nothing to match", what, demandId);
            return;
        }
        if (party == null || !demand.isOwnedBy(party.uscc())) {
            LOG.warnf("%s names demand %s of another organisation; nothing to match", what, demandId);
            return;
        }
        if (!demand.isMatchable()) {
            LOG.infof("%s names demand %s, which is %s; left as it is", what, demandId, demand.status());
            return;
        }
        outbox.publish(move.apply(demand));
    }

    /**
     * Expires up to {@code batch} published demands whose deadline lies before today (China time), one
     * {@code DemandExpired} each; rows another instance is expiring are skipped. How many it expired: the job calls
     * it again until a batch comes back empty.
     */
    @Transactional
    int expireBatch(int batch) {
        LocalDate today = MarketClock.today(clock);
        List<Demand> due = demands.lockPastDeadline(today, batch);
        for (Demand demand : due) {
            outbox.publish(demand.expire(today, MarketClock.now(clock)));
        }
        return due.size();
    }
}
