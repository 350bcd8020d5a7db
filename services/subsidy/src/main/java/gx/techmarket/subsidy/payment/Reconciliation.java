package gx.techmarket.subsidy.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * 对账: a programme-year's accounts over one month (China time): each account group's opening balance, the month's
 * movements by kind of entry, its closing balance, and the checks that they add up. Amounts are on the account's
 * normal side (a budget left, a payable owed, a bank's payments out and a receivable owed back are positive; an
 * increase is positive). {@code PAYABLE} and {@code RECEIVABLE} are the programme's accounts of all beneficiaries
 * (they are kept per programme, not per year: {@code scope} PROGRAMME); the others are the budget year's ({@code
 * scope} YEAR).
 *
 * @param month          the month, {@code 2026-12}
 * @param addsUp         every group's opening plus its movements equals its closing, and every closing equals the
 *                       balance the ledger keeps on its accounts less what was posted after the month
 * @param entriesBalance the month's entries touching the programme sum to zero over all their lines
 */
public record Reconciliation(String programmeCode, int budgetYear, String month, List<Group> accounts,
        boolean addsUp, boolean entriesBalance) {

    /** An account group over the month. */
    public record Group(
            String account,
            String scope,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal opening,
            List<Movement> movements,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal closing,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal keptClosing,
            boolean addsUp) {}

    /** What the month's entries of one kind did to the group. */
    public record Movement(String entryKind, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            int entries) {}

    /** Whether opening + movements = closing = the kept balance, for a group (plain arithmetic). */
    static boolean addsUp(BigDecimal opening, List<Movement> movements, BigDecimal closing, BigDecimal keptClosing) {
        BigDecimal rolled = movements.stream().map(Movement::amount).reduce(opening, BigDecimal::add);
        return rolled.compareTo(closing) == 0 && closing.compareTo(keptClosing) == 0;
    }
}
