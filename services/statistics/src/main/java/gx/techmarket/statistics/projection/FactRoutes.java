package gx.techmarket.statistics.projection;

import gx.techmarket.contracts.events.BrokerChanged;
import gx.techmarket.contracts.events.BudgetChanged;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.contracts.events.VoucherExpired;
import gx.techmarket.contracts.events.VoucherIssued;
import gx.techmarket.contracts.events.VoucherRedeemed;
import gx.techmarket.platform.messaging.Inbox;
import java.util.function.IntSupplier;

/** The one routing table of the facts, for the live consumer and for a rebuild: the same events, the same writes. */
final class FactRoutes {

    private FactRoutes() {}

    /**
     * Routes of {@code consumer} writing to the generation {@code generation} answers in each event's transaction;
     * with {@code changes} (the live consumer), a listing's publication or end also goes to the open data's feed.
     */
    static Inbox.Routes of(Inbox inbox, String consumer, Facts facts, IntSupplier generation, OpenChanges changes) {
        boolean live = changes != null;
        return inbox.routes(consumer)
                .on(ContractRegistered.class, e -> facts.contractRegistered(generation.getAsInt(), e))
                .on(ContractAmended.class, e -> facts.contractAmended(generation.getAsInt(), e))
                .on(ContractDeregistered.class, e -> facts.contractDeregistered(generation.getAsInt(), e))
                .on(ResultPublished.class, e -> {
                    facts.resultPublished(generation.getAsInt(), e);
                    if (live) {
                        changes.record(e.resultId(), "RESULT", "PUBLISHED", e.publishedAt());
                    }
                })
                .on(ResultWithdrawn.class, e -> {
                    facts.resultWithdrawn(generation.getAsInt(), e);
                    if (live) {
                        changes.record(e.resultId(), "RESULT", "WITHDRAWN", e.withdrawnAt());
                    }
                })
                .on(DemandPublished.class, e -> {
                    facts.demandPublished(generation.getAsInt(), e);
                    if (live) {
                        changes.record(e.demandId(), "DEMAND", "PUBLISHED", e.publishedAt());
                    }
                })
                .on(DemandMatched.class, e -> {
                    facts.demandMatched(generation.getAsInt(), e);
                    if (live) {
                        changes.record(e.demandId(), "DEMAND", "MATCHED", e.matchedAt());
                    }
                })
                .on(DemandClosed.class, e -> {
                    facts.demandClosed(generation.getAsInt(), e);
                    if (live) {
                        changes.record(e.demandId(), "DEMAND", "CLOSED", e.closedAt());
                    }
                })
                .on(DemandExpired.class, e -> {
                    facts.demandExpired(generation.getAsInt(), e);
                    if (live) {
                        changes.record(e.demandId(), "DEMAND", "EXPIRED", e.expiredAt());
                    }
                })
                .on(ChallengePublished.class, e -> facts.challengePublished(generation.getAsInt(), e))
                .on(ChallengeAwarded.class, e -> facts.challengeAwarded(generation.getAsInt(), e))
                .on(ChallengeFailed.class, e -> facts.challengeFailed(generation.getAsInt(), e))
                .on(ChallengeCancelled.class, e -> facts.challengeCancelled(generation.getAsInt(), e))
                .on(SubsidyGranted.class, e -> facts.subsidyGranted(generation.getAsInt(), e))
                .on(ClaimDecided.class, e -> facts.claimDecided(generation.getAsInt(), e))
                .on(SubsidyPaid.class, e -> facts.subsidyPaid(generation.getAsInt(), e))
                .on(VoucherIssued.class, e -> facts.voucherIssued(generation.getAsInt(), e))
                .on(VoucherRedeemed.class, e -> facts.voucherRedeemed(generation.getAsInt(), e))
                .on(VoucherExpired.class, e -> facts.voucherExpired(generation.getAsInt(), e))
                .on(BudgetChanged.class, e -> facts.budgetChanged(generation.getAsInt(), e))
                .on(BrokerChanged.class, e -> facts.brokerChanged(generation.getAsInt(), e));
    }
}
