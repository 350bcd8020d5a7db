package gx.techmarket.notification.notice;

/**
 * What a notice tells its recipients; the portal renders its text from the kind and the notice's {@code args} in the
 * reader's language. A kind that is {@code mailed} is also sent by e-mail when the notice carries a deadline: those
 * are the notices a user must act on in time.
 */
public enum NotificationKind {
    CONTRACT_DRAFTED(false),
    CONTRACT_RETURNED(true),
    CONTRACT_REGISTERED(false),
    CONTRACT_REFUSED(false),
    CONTRACT_AMENDED(false),
    CONTRACT_DEREGISTERED(false),
    CONTRACT_DEADLINE_APPROACHING(true),
    CONTRACT_OVERDUE(true),
    RESULT_PUBLISHED(false),
    DEMAND_PUBLISHED(false),
    CHALLENGE_PUBLISHED(false),
    CHALLENGE_DEADLINE_APPROACHING(true),
    CHALLENGE_AWARDED(false),
    SUBSIDY_GRANTED(false),
    CLAIM_APPROVED(false),
    CLAIM_RETURNED(false),
    CLAIM_REJECTED(false),
    SUBSIDY_PAID(false),
    // 揭榜协议 (issue 17, bidding.agreement): AgreementNotices
    AGREEMENT_SIGNED(false),
    MILESTONE_ACCEPTED(false),
    // after publication (issue 17, notices): ChallengeNotices, AgreementNotices
    /** An edit invalidated the recipient's bid: reconfirm it on the new version by the deadline (mailed). */
    BID_TO_RECONFIRM(true),
    CHALLENGE_CANCELLED(false),
    CHALLENGE_FAILED(false),
    COMPLAINT_FILED(false),
    COMPLAINT_DECIDED(false),
    /** The other party wrote (or changed) the terms of the 揭榜协议: confirm them. */
    AGREEMENT_TO_CONFIRM(false),
    MILESTONE_RETURNED(false),
    // the demand lifecycle completed (issue 18)
    /** The demand's deadline passed with nothing matching it: the market expired it. */
    DEMAND_EXPIRED(false),
    /** A challenge was published from the demand, or a contract drafted for it. */
    DEMAND_MATCHED(false),

    // 意向洽谈 (issue 18, matching): InterestNotices
    /** An organisation expressed its interest in the recipient's result or demand. */
    INTEREST_RECEIVED(false),
    /** The owner answered the recipient's expression of interest. */
    INTEREST_ANSWERED(false),
    /** A side of a conversation invited the recipient (a broker organisation) into it. */
    BROKER_INVITED(false),
    /** 匹配推荐: a listing's matches changed (its owner; the brokers of its city). */
    MATCHES_FOUND(false);

    private final boolean mailed;

    NotificationKind(boolean mailed) {
        this.mailed = mailed;
    }

    /** Whether a notice of this kind that carries a deadline is also mailed. */
    public boolean mailedWithDeadline() {
        return mailed;
    }
}
