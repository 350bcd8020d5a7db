package gx.techmarket.contracts.events;

/** Why a challenge failed (流标). */
public enum ChallengeFailureReason {
    /** Nobody bid by the deadline. */
    NO_BIDS,
    /** Fewer bids passed 资格审查 than the call's minimum. */
    TOO_FEW_QUALIFIED_BIDS
}
