package gx.techmarket.portal.listing;

/** {@code {reason}}: why the operator rejects a listing, or why its owner takes it off the market. */
public record Reason(String reason) {}
