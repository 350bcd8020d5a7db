package gx.techmarket.registry.contract;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The registration states of a technical contract (BRIEF: draft → submitted → accepted → under_review →
 * (needs_correction → resubmitted) → registered | not_registered; registered → amended | deregistered).
 *
 * <p>This table is the one place that lists the moves. {@link Move#IMPLEMENTED} moves are what the service does
 * today; {@link Move#RESERVED} ones belong to BRIEF's machine and are refused (409 {@code ILLEGAL_STATE_TRANSITION})
 * until an issue implements them. Today a correction is resubmitted straight to {@code SUBMITTED} (and accepted
 * again), so {@code RESUBMITTED} and {@code UNDER_REVIEW} are not reached yet.
 */
public enum ContractStatus {
    /** 草稿: prepared by the parties (or drafted from an award), not yet filed. */
    DRAFT,
    /** 已提交: filed by the seller, waiting for a registration point. */
    SUBMITTED,
    /** 已受理: a registration point accepted it for processing; the deadline runs from here. */
    ACCEPTED,
    /** 审查中: under the registrar's (and experts') review. Reserved. */
    UNDER_REVIEW,
    /** 待补正: returned to the seller with reasons. */
    NEEDS_CORRECTION,
    /** 已重新提交: corrected and filed again. Reserved (a correction is resubmitted as SUBMITTED). */
    RESUBMITTED,
    /** 准予登记: registered, with its registration number. */
    REGISTERED,
    /** 不予登记: refused with grounds (final). Reserved. */
    NOT_REGISTERED,
    /** 已变更: a registered contract amended. Reserved. */
    AMENDED,
    /** 已注销: registration cancelled (final). Reserved. */
    DEREGISTERED;

    /** Whether a move is done by the service today or only reserved from BRIEF's machine. */
    public enum Move { IMPLEMENTED, RESERVED }

    private static final Map<ContractStatus, Map<ContractStatus, Move>> MOVES = new EnumMap<>(ContractStatus.class);

    static {
        for (ContractStatus s : values()) {
            MOVES.put(s, new EnumMap<>(ContractStatus.class));
        }
        implemented(DRAFT, SUBMITTED);
        implemented(SUBMITTED, ACCEPTED);
        implemented(ACCEPTED, REGISTERED);
        implemented(ACCEPTED, NEEDS_CORRECTION);
        implemented(NEEDS_CORRECTION, SUBMITTED);
        reserved(ACCEPTED, UNDER_REVIEW);
        reserved(ACCEPTED, NOT_REGISTERED);
        reserved(UNDER_REVIEW, NEEDS_CORRECTION);
        reserved(UNDER_REVIEW, REGISTERED);
        reserved(UNDER_REVIEW, NOT_REGISTERED);
        reserved(NEEDS_CORRECTION, RESUBMITTED);
        reserved(RESUBMITTED, UNDER_REVIEW);
        reserved(REGISTERED, AMENDED);
        reserved(REGISTERED, DEREGISTERED);
        reserved(AMENDED, AMENDED);
        reserved(AMENDED, DEREGISTERED);
    }

    private static void implemented(ContractStatus from, ContractStatus to) {
        MOVES.get(from).put(to, Move.IMPLEMENTED);
    }

    private static void reserved(ContractStatus from, ContractStatus to) {
        MOVES.get(from).put(to, Move.RESERVED);
    }

    /** Whether the service makes this move today. */
    public boolean canBecome(ContractStatus next) {
        return MOVES.get(this).get(next) == Move.IMPLEMENTED;
    }

    /** Every move out of this state, implemented or reserved. */
    public Map<ContractStatus, Move> moves() {
        return Map.copyOf(MOVES.get(this));
    }

    /** The seller may (re)file only a draft or a contract returned for correction. */
    public boolean isFileable() {
        return this == DRAFT || this == NEEDS_CORRECTION;
    }

    /** States in which a registration point has seen the filing (registrars of known points may read it). */
    static final Set<ContractStatus> FILED = Set.of(SUBMITTED, ACCEPTED, UNDER_REVIEW, NEEDS_CORRECTION, RESUBMITTED,
            REGISTERED, NOT_REGISTERED, AMENDED, DEREGISTERED);
}
