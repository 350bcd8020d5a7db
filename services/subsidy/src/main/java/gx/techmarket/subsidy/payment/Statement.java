package gx.techmarket.subsidy.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 对账单: one beneficiary's subsidies over a year (China time), entry by entry, with running balances. {@code owed}
 * is what the programmes owe it (its PAYABLE accounts, credit positive): up with a grant, down with a reversal and a
 * payment, back up when a reversal after payment is turned into a receivable; {@code owedBack} is what it owes back
 * (its RECEIVABLE accounts): up with a receivable, down with a repayment or an offset. Closing owed = opening owed +
 * granted − reversed − paid + receivables raised.
 */
public record Statement(String beneficiaryUscc, String beneficiaryName, int year,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openingOwed,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openingOwedBack,
        List<Line> lines,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal closingOwed,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal closingOwedBack,
        Totals totals) {

    /** One entry as it touched the beneficiary. */
    public record Line(LocalDate date, String programmeCode, String what, String description,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal owedBack,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal owedBackBalance) {}

    /** The year's movements by kind: granted (grants and voucher redemptions), reversed, paid (gross), etc. */
    public record Totals(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal granted,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reversed,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivablesRaised,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal repaid,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal offset) {}

    /** One entry's effect on the beneficiary, before the running balances. */
    record Movement(LocalDate date, String programmeCode, String entryKind, String description,
            BigDecimal payableLines, BigDecimal receivableLines) {}

    /**
     * Builds the statement (plain Java): {@code payableLines} and {@code receivableLines} are the signed sums of the
     * entry's lines on the beneficiary's accounts (debit positive), as the ledger keeps them.
     */
    static Statement of(String uscc, String name, int year, BigDecimal openingPayable, BigDecimal openingReceivable,
            List<Movement> movements) {
        BigDecimal owed = openingPayable.negate();
        BigDecimal owedBack = openingReceivable;
        BigDecimal openingOwed = owed;
        BigDecimal openingOwedBack = owedBack;
        BigDecimal granted = zero();
        BigDecimal reversed = zero();
        BigDecimal paid = zero();
        BigDecimal raised = zero();
        BigDecimal repaid = zero();
        BigDecimal offset = zero();
        List<Line> lines = new ArrayList<>();
        for (Movement m : movements) {
            BigDecimal amount = m.payableLines().negate();
            BigDecimal back = m.receivableLines();
            owed = owed.add(amount);
            owedBack = owedBack.add(back);
            switch (m.entryKind()) {
                case "GRANT", "VOUCHER_REDEMPTION" -> granted = granted.add(amount);
                case "REVERSAL" -> reversed = reversed.add(amount.negate());
                case "PAYMENT" -> {
                    paid = paid.add(amount.negate());
                    offset = offset.add(back.negate());
                }
                case "RECEIVABLE_RAISED" -> raised = raised.add(back);
                case "REPAYMENT" -> repaid = repaid.add(back.negate());
                default -> { }
            }
            lines.add(new Line(m.date(), m.programmeCode(), m.entryKind(), m.description(), amount, back, owed,
                    owedBack));
        }
        return new Statement(uscc, name, year, openingOwed, openingOwedBack, List.copyOf(lines), owed, owedBack,
                new Totals(granted, reversed, paid, raised, repaid, offset));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
