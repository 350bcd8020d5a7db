package gx.techmarket.registry.contract;

import gx.techmarket.platform.domain.Lifecycle;
import java.util.Set;

/**
 * The registration states of a technical contract (BRIEF: draft → submitted → accepted → under_review →
 * (needs_correction → resubmitted) → registered | not_registered; registered → amended | deregistered).
 *
 * <p>{@link #LIFECYCLE} is the one place that lists the moves; every move of BRIEF's machine is implemented, and any
 * other is refused (409 {@code ILLEGAL_STATE_TRANSITION}).
 */
public enum ContractStatus {
    /** 草稿: prepared by the parties (or drafted from an award), not yet filed. */
    DRAFT,
    /** 已提交: filed by the seller, waiting for a registration point. */
    SUBMITTED,
    /** 已受理: a registration point accepted it for processing; the deadline runs from here. */
    ACCEPTED,
    /** 审查中: under expert review (large or disputed contracts). */
    UNDER_REVIEW,
    /** 待补正: returned to the seller with reasons. */
    NEEDS_CORRECTION,
    /** 已重新提交: corrected and filed again, with the point that returned it; the clock starts again. */
    RESUBMITTED,
    /** 准予登记: registered, with its registration number. */
    REGISTERED,
    /** 不予登记: refused with grounds (final), stamped 未予登记. */
    NOT_REGISTERED,
    /** 已变更: a registered contract amended (变更登记), same number. */
    AMENDED,
    /** 已注销: registration cancelled (注销登记, final). */
    DEREGISTERED;

    /**
     * The moves, each named by the endpoint that makes it, each once: a move with several sources (return, refuse,
     * register from an accepted, resubmitted or reviewed filing) is one action. A correction is filed again with
     * {@code resubmit} and stays with the point that returned it.
     */
    public static final Lifecycle<ContractStatus> LIFECYCLE = Lifecycle.of("Contract", ContractStatus.class)
            .move("submit", SUBMITTED, DRAFT)
            .move("accept", ACCEPTED, SUBMITTED)
            .move("return-for-correction", NEEDS_CORRECTION, ACCEPTED, RESUBMITTED, UNDER_REVIEW)
            .move("resubmit", RESUBMITTED, NEEDS_CORRECTION)
            .move("start-review", UNDER_REVIEW, ACCEPTED, RESUBMITTED)
            .move("refuse", NOT_REGISTERED, ACCEPTED, RESUBMITTED, UNDER_REVIEW)
            .move("register", REGISTERED, ACCEPTED, RESUBMITTED, UNDER_REVIEW)
            .move("amend", AMENDED, REGISTERED, AMENDED)
            .move("deregister", DEREGISTERED, REGISTERED, AMENDED)
            .build();

    /** States in which a registration point has seen the filing (registrars of known points may read it). */
    static final Set<ContractStatus> FILED = Set.of(SUBMITTED, ACCEPTED, UNDER_REVIEW, NEEDS_CORRECTION, RESUBMITTED,
            REGISTERED, NOT_REGISTERED, AMENDED, DEREGISTERED);
}
