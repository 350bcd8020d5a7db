package gx.techmarket.matching.interest;

/** 意向洽谈's state: open (either side writes) or closed by one side (final). */
public enum InterestState {
    OPEN,
    CLOSED
}
