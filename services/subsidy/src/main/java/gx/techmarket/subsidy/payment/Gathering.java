package gx.techmarket.subsidy.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a batch is made up (plain Java): each payee's items are summed (gross); what the payee owes back to the same
 * programme and is not set aside for another batch is set off against it, up to the gross (offset); the bank pays the
 * rest (net). A payee the bank must pay (net above zero) without a verified account in the directory is held out,
 * whole, with the reason: its items wait for a later batch and nothing is set off for it.
 */
final class Gathering {

    /** A payee that is held out because the directory has no verified bank account for it. */
    static final String NO_VERIFIED_BANK_ACCOUNT = "NO_VERIFIED_BANK_ACCOUNT";

    private Gathering() {}

    /** What one payee is owed in the programme-year, summed over its unpaid items. */
    record Due(String payeeUscc, String payeeName, BigDecimal amount, int items) {
        Due {
            Objects.requireNonNull(payeeUscc, "payeeUscc");
            if (amount.signum() <= 0 || items <= 0) {
                throw new IllegalArgumentException("a payee's due is positive and has items");
            }
        }
    }

    /** A verified account as the directory gives it. */
    record Account(String bankName, String accountNumber, String accountName) {}

    /** A payee in the batch. */
    record Line(String payeeUscc, String payeeName, Account account, BigDecimal gross, BigDecimal offset,
            BigDecimal net, int items) {}

    /** A payee held out of the batch. */
    record Held(String payeeUscc, BigDecimal amount, int items, String reason) {}

    record Result(List<Line> lines, List<Held> held) {

        BigDecimal total() {
            return lines.stream().map(Line::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /**
     * @param dues        each payee's due, in the order the batch lists them
     * @param accounts    the verified accounts the directory gave, by USCC
     * @param offsettable what each payee owes back to the programme and may be set off now, by USCC (absent: none)
     */
    static Result gather(List<Due> dues, Map<String, Account> accounts, Map<String, BigDecimal> offsettable) {
        List<Line> lines = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        for (Due due : dues) {
            BigDecimal owedBack = offsettable.getOrDefault(due.payeeUscc(), BigDecimal.ZERO);
            BigDecimal offset = owedBack.min(due.amount()).max(BigDecimal.ZERO).setScale(2);
            BigDecimal net = due.amount().subtract(offset).setScale(2);
            Account account = accounts.get(due.payeeUscc());
            if (net.signum() > 0 && account == null) {
                held.add(new Held(due.payeeUscc(), due.amount(), due.items(), NO_VERIFIED_BANK_ACCOUNT));
                continue;
            }
            lines.add(new Line(due.payeeUscc(), due.payeeName(), account, due.amount().setScale(2), offset, net,
                    due.items()));
        }
        return new Result(List.copyOf(lines), List.copyOf(held));
    }
}
