package gx.techmarket.subsidy.ledger;

import java.util.UUID;

/**
 * An entry was posted on a programme-year's budget account ({@code BUDGET:<programme>:<year>}): an allocation, a grant,
 * a reversal, a voucher issued, redeemed or expired. A CDI event, fired synchronously by {@link Ledger} in the
 * transaction of the posting, once per budget account the entry touches, after its lines are written (the kept
 * balance includes them). The single place every change of what is left of a budget passes through.
 *
 * @param programmeCode the programme
 * @param budgetYear    the budget year
 * @param entryId       the entry posted
 * @param kind          why it was posted
 */
public record BudgetPosted(String programmeCode, int budgetYear, UUID entryId, EntryKind kind) {}
