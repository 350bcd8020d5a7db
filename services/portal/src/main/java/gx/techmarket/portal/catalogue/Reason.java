package gx.techmarket.portal.catalogue;

/** {@code {reason}} for reject and withdraw. */
record Reason(String reason) {}
