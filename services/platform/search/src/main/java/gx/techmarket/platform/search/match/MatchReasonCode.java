package gx.techmarket.platform.search.match;

/** Why a listing fits another (or, for the last of each pair, where it falls short): one per {@link MatchReason}. */
public enum MatchReasonCode {
    /** Both texts share salient words (the reason's {@code terms}). */
    SHARED_TERMS,
    /** Both are of the same industry. */
    SAME_INDUSTRY,
    /** The result is as mature as the demand's cooperation needs (转让/许可: 中试 or more; development: 小试 or more). */
    MATURITY_FITS,
    /** The result is earlier than the demand's cooperation needs. */
    MATURITY_EARLY,
    /** The asking price is within the budget (or below it). */
    PRICE_WITHIN_BUDGET,
    /** The price is 面议 (to be negotiated), or above the budget but open to negotiation. */
    PRICE_NEGOTIABLE,
    /** The asking price is above the budget's upper bound. */
    PRICE_ABOVE_BUDGET,
    /** Both are in the same city (地级市: the first 4 digits of the region code). */
    SAME_CITY,
    /**
     * Both are in the same province-level region (the first 2 digits: Guangxi), not the same city (or one of them is
     * registered at the province level).
     */
    SAME_PROVINCE_REGION,
    /** A way the holder transfers the result is a cooperation the demand accepts. */
    TRANSFER_MODE_FITS
}
