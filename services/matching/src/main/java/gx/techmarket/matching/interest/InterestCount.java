package gx.techmarket.matching.interest;

/**
 * How many conversations are about listings of one region in one state: what an operator sees of 意向洽谈 (never
 * who talks to whom, nor what they write).
 */
public record InterestCount(String regionCode, InterestState state, long count) {}
