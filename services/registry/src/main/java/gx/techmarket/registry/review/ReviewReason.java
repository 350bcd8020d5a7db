package gx.techmarket.registry.review;

/** Why a contract goes to expert review: its 技术交易额 reaches the rule set's threshold, or it is disputed. */
public enum ReviewReason { LARGE, DISPUTED }
