package gx.techmarket.contracts.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The event types of the market: record class to {@link EventType} and back. Lists the real events only; a
 * test-only event is described with {@link EventType#of(Class)} or the {@link EventType} constructor instead.
 */
public final class EventCatalog {

    private static final List<EventType> ALL = Stream.of(
                    ResultPublished.class,
                    ResultWithdrawn.class,
                    DemandPublished.class,
                    // issue 18, the demand lifecycle completed
                    DemandClosed.class,
                    DemandExpired.class,
                    DemandMatched.class,
                    ChallengePublished.class,
                    ChallengeAwarded.class,
                    // issue 17, evaluation: 流标
                    ChallengeFailed.class,
                    AgreementSigned.class,
                    MilestoneAccepted.class,
                    // issue 17, notices: versions, cancellation, complaints, agreement terms, milestones sent back
                    ChallengeRevised.class,
                    ChallengeCancelled.class,
                    ComplaintFiled.class,
                    ComplaintDecided.class,
                    AgreementTermsWritten.class,
                    MilestoneReturned.class,
                    ContractDrafted.class,
                    ContractReturned.class,
                    ContractRegistered.class,
                    ContractRefused.class,
                    ContractAmended.class,
                    ContractDeregistered.class,
                    ContractDeadlineApproaching.class,
                    SubsidyGranted.class,
                    ClaimDecided.class,
                    SubsidyPaid.class,
                    // innovation vouchers and programme budgets, for the statistics of 创新券 and 预算
                    VoucherIssued.class,
                    VoucherRedeemed.class,
                    VoucherExpired.class,
                    BudgetChanged.class,
                    OrganisationVerified.class,
                    OrganisationChanged.class,
                    OrganisationSuspended.class,
                    QualificationGranted.class,
                    QualificationExpired.class,
                    RegistrationPointOpened.class,
                    RegistrationPointClosed.class,
                    // the 技术经理人 register, for the statistics' broker record
                    BrokerChanged.class,
                    // issue 18, 意向洽谈 (matching)
                    InterestExpressed.class,
                    InterestAnswered.class,
                    BrokerInvited.class,
                    InterestClosed.class,
                    // issue 18, computed matches (matching)
                    MatchesFound.class)
            .<EventType>map(EventType::of)
            .toList();

    private static final Map<String, EventType> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, EventType> BY_RECORD = new LinkedHashMap<>();

    static {
        for (EventType t : ALL) {
            if (BY_TYPE.put(t.type(), t) != null) {
                throw new ExceptionInInitializerError("event type " + t.type() + " is listed twice");
            }
            if (BY_RECORD.put(t.recordType(), t) != null) {
                throw new ExceptionInInitializerError("record " + t.recordType().getName() + " is listed twice");
            }
        }
    }

    private EventCatalog() {}

    /** Every event type, in a stable order. */
    public static List<EventType> all() {
        return ALL;
    }

    /** The descriptor of a logical type such as {@code registry.ContractRegistered.v1}; empty if it is not listed. */
    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The descriptor of an event record class; empty if the catalog does not list it. */
    public static Optional<EventType> byRecordType(Class<?> recordType) {
        return Optional.ofNullable(BY_RECORD.get(recordType));
    }

    /** The event types published on a topic, in catalog order; empty if none is. */
    public static List<EventType> byTopic(String topic) {
        Objects.requireNonNull(topic, "topic");
        return ALL.stream().filter(t -> t.topic().equals(topic)).toList();
    }

    /** Every topic an event is published on. */
    public static SortedSet<String> topics() {
        TreeSet<String> topics = new TreeSet<>();
        ALL.forEach(t -> topics.add(t.topic()));
        return Collections.unmodifiableSortedSet(topics);
    }
}
