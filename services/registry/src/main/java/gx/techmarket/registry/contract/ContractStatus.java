package gx.techmarket.registry.contract;

import gx.techmarket.platform.domain.Lifecycle;
import java.util.Set;

/**
 * The registration states of a technical contract (BRIEF: draft → submitted → accepted → under_review →
 * (needs_correction → resubmitted) → registered | not_registered; registered → amended | deregistered).
 *
 * <p>{@link #LIFECYCLE} is the one place that lists the moves. Its implemented moves are what the service does
 * today; the reserved ones belong to BRIEF's machine and are refused (409 {@code ILLEGAL_STATE_TRANSITION}) until an
 * issue implements them. Today a correction is resubmitted straight to {@code SUBMITTED} (and accepted again), so
 * {@code RESUBMITTED} and {@code UNDER_REVIEW} are not reached yet.
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
    /** 已变更: a registered contract amended (变更登记), same number. */
    AMENDED,
    /** 已注销: registration cancelled (注销登记, final). */
    DEREGISTERED;

    /**
     * The moves, each named by the endpoint that makes it. A lifecycle names each action once, so the reserved
     * moves out of {@code UNDER_REVIEW} get names of their own ({@code return-after-review},
     * {@code register-after-review}); when review is implemented they become further sources of
     * {@code return-for-correction} and {@code register}.
     */
    public static final Lifecycle<ContractStatus> LIFECYCLE = Lifecycle.of("Contract", ContractStatus.class)
            .move("submit", SUBMITTED, DRAFT, NEEDS_CORRECTION)
            .move("accept", ACCEPTED, SUBMITTED)
            .move("return-for-correction", NEEDS_CORRECTION, ACCEPTED)
            .move("register", REGISTERED, ACCEPTED)
            .reserved("review", UNDER_REVIEW, ACCEPTED, RESUBMITTED)
            .reserved("reject", NOT_REGISTERED, ACCEPTED, UNDER_REVIEW)
            .reserved("return-after-review", NEEDS_CORRECTION, UNDER_REVIEW)
            .reserved("register-after-review", REGISTERED, UNDER_REVIEW)
            .reserved("resubmit", RESUBMITTED, NEEDS_CORRECTION)
            .move("amend", AMENDED, REGISTERED, AMENDED)
            .move("deregister", DEREGISTERED, REGISTERED, AMENDED)
            .build();

    /** States in which a registration point has seen the filing (registrars of known points may read it). */
    static final Set<ContractStatus> FILED = Set.of(SUBMITTED, ACCEPTED, UNDER_REVIEW, NEEDS_CORRECTION, RESUBMITTED,
            REGISTERED, NOT_REGISTERED, AMENDED, DEREGISTERED);
}
