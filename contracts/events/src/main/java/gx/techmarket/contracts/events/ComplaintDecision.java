package gx.techmarket.contracts.events;

/** The operator's decision on a complaint (质疑), as Prozorro's complaint state machine. */
public enum ComplaintDecision {
    /** 已受理: accepted for review; the complaint stays open and still suspends the award. */
    ACCEPTED_FOR_REVIEW,
    /** 不予受理: inadmissible (final). */
    REJECTED,
    /** 质疑成立 (final): the disqualification is lifted, or the panel scores again. */
    SATISFIED,
    /** 质疑不成立 (final). */
    DISMISSED
}
