package gx.techmarket.notification.events;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.AgreementTermsWritten;
import gx.techmarket.contracts.events.BrokerInvited;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ChallengeRevised;
import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.ComplaintDecided;
import gx.techmarket.contracts.events.ComplaintFiled;
import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeadlineApproaching;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.InterestAnswered;
import gx.techmarket.contracts.events.InterestExpressed;
import gx.techmarket.contracts.events.MatchesFound;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.MilestoneReturned;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.notification.deadline.KnownChallenges;
import gx.techmarket.notification.notice.AgreementNotices;
import gx.techmarket.notification.notice.ChallengeNotices;
import gx.techmarket.notification.notice.CityBrokers;
import gx.techmarket.notification.notice.InterestNotices;
import gx.techmarket.notification.notice.MatchNotices;
import gx.techmarket.notification.notice.NotificationRules;
import gx.techmarket.notification.notice.Notices;
import gx.techmarket.platform.messaging.Inbox;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The market's events that concern someone, each handled once (inbox consumer {@code notification.notices}) and
 * turned into notices by {@link NotificationRules}; other types on the topics are acknowledged and ignored.
 * A published challenge is also kept for its deadline reminder and its title.
 *
 * <p>Built at start-up ({@link Startup}): a route table that cannot be built (a type that is not an event record,
 * e.g. event contracts on the class path older than the service) stops the start with its reason, instead of
 * failing every delivery later while the service reports ready.
 */
@Startup
@ApplicationScoped
class MarketEventsConsumer {

    static final String CONSUMER = "notification.notices";

    private final Inbox.Routes routes;

    MarketEventsConsumer(Inbox inbox, Notices notices, KnownChallenges challenges, CityBrokers brokers) {
        this.routes = inbox.routes(CONSUMER)
                .on(ResultPublished.class, e -> notices.keep(NotificationRules.of(e)))
                .on(DemandPublished.class, e -> notices.keep(NotificationRules.of(e)))
                .on(DemandExpired.class, e -> notices.keep(NotificationRules.of(e)))
                .on(DemandMatched.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ChallengePublished.class, e -> {
                    challenges.remember(e);
                    notices.keep(NotificationRules.of(e));
                })
                .on(ChallengeAwarded.class,
                        e -> notices.keep(NotificationRules.of(e, challenges.title(e.challengeId()))))
                .on(AgreementSigned.class, e -> notices.keep(AgreementNotices.of(e)))
                .on(MilestoneAccepted.class, e -> notices.keep(AgreementNotices.of(e)))
                .on(AgreementTermsWritten.class, e -> notices.keep(AgreementNotices.of(e)))
                .on(MilestoneReturned.class, e -> notices.keep(AgreementNotices.of(e)))
                .on(ChallengeRevised.class, e -> notices.keep(ChallengeNotices.of(e)))
                .on(ChallengeCancelled.class, e -> notices.keep(ChallengeNotices.of(e)))
                .on(ChallengeFailed.class, e -> notices.keep(ChallengeNotices.of(e)))
                .on(ComplaintFiled.class, e -> notices.keep(ChallengeNotices.of(e)))
                .on(ComplaintDecided.class, e -> notices.keep(ChallengeNotices.of(e)))
                .on(ContractDrafted.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ContractReturned.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ContractRegistered.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ContractRefused.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ContractAmended.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ContractDeregistered.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ContractDeadlineApproaching.class, e -> notices.keep(NotificationRules.of(e)))
                .on(SubsidyGranted.class, e -> notices.keep(NotificationRules.of(e)))
                .on(ClaimDecided.class, e -> notices.keep(NotificationRules.of(e)))
                .on(SubsidyPaid.class, e -> notices.keep(NotificationRules.of(e)))
                .on(InterestExpressed.class, e -> notices.keep(InterestNotices.of(e)))
                .on(InterestAnswered.class, e -> notices.keep(InterestNotices.of(e)))
                .on(BrokerInvited.class, e -> notices.keep(InterestNotices.of(e)))
                .on(MatchesFound.class, e -> notices.keep(
                        MatchNotices.of(e, brokers.in(MatchNotices.city(e.regionCode())))));
    }

    @Incoming("catalogue-results")
    Uni<Void> onResults(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("demand-demands")
    Uni<Void> onDemands(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("bidding-challenges")
    Uni<Void> onChallenges(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("registry-contracts")
    Uni<Void> onContracts(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("subsidy-grants")
    Uni<Void> onGrants(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("subsidy-claims")
    Uni<Void> onClaims(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("matching-interests")
    Uni<Void> onInterests(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }

    @Incoming("matching-matches")
    Uni<Void> onMatches(KafkaRecordBatch<String, String> batch) {
        return routes.process(batch);
    }
}
