package gx.techmarket.subsidy.programme;

/** Who verifies and approves a programme's claims. */
public enum ApprovalMode {
    /** An admin whose sub-market covers the programme's and the beneficiary's verifies and approves, in one step. */
    SUB_MARKET,
    /** 市级初审、省级复核: an admin of the beneficiary's city verifies, then a province admin approves. */
    CITY_THEN_PROVINCE
}
