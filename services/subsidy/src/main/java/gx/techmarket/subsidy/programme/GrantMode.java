package gx.techmarket.subsidy.programme;

/** How a programme's money reaches its beneficiaries. */
public enum GrantMode {
    /** 免申即享: granted without a claim, as soon as the facts qualify and the budget covers it. */
    AUTOMATIC,
    /**
     * 需申报: what the facts qualify for is a ceiling (an entitlement {@code CLAIMABLE}); money is granted claim by
     * claim, on evidence (付款凭证, expenses), once verified and approved.
     */
    CLAIM
}
