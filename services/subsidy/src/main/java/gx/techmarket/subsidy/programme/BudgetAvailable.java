package gx.techmarket.subsidy.programme;

/**
 * Budget was added to a programme-year (a top-up) or given back to it (a reversal, an expired voucher). A CDI event,
 * fired synchronously in the transaction that changed the budget: its observers grant, oldest first, what waits for
 * that budget (entitlements of 免申即享 programmes, approved claims of the others).
 *
 * @param programmeCode the programme
 * @param budgetYear    the budget year
 */
public record BudgetAvailable(String programmeCode, int budgetYear) {}
