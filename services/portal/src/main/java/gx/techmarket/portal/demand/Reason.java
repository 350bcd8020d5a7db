package gx.techmarket.portal.demand;

/** {@code {reason}} for reject and close. */
record Reason(String reason) {}
