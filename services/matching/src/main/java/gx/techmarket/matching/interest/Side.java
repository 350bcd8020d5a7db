package gx.techmarket.matching.interest;

/** Who a caller's organisation is in a conversation. */
public enum Side {
    /** The result's holder or the demander. */
    OWNER,
    /** The organisation that expressed its interest. */
    INTERESTED,
    /** The broker organisation one side invited. */
    BROKER
}
