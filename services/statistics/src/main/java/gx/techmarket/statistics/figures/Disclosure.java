package gx.techmarket.statistics.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What anyone may read of contract amounts (the public summary, the open data): a contract's price is the parties'
 * business, so a cell of fewer than {@link #MIN_CONTRACTS} contracts shows its count but not its amounts (市场统计
 * publishes aggregates, not deals). A table whose total is published never has exactly one such cell: its amounts
 * would be the total less the others, so the next smallest cell is withheld with it (complementary suppression).
 * Operators signed in see every amount (their dashboards are not public).
 */
public final class Disclosure {

    /** The fewest contracts a published amount may sum. */
    public static final int MIN_CONTRACTS = 3;

    private Disclosure() {}

    /** The total, its amounts withheld when it sums fewer than {@link #MIN_CONTRACTS} contracts. */
    public static ContractRow total(ContractRow total) {
        return total.count() > 0 && total.count() < MIN_CONTRACTS ? withheld(total) : total;
    }

    /** The rows of a table whose total is published, with the amounts no reader may learn withheld. */
    public static List<ContractRow> rows(List<ContractRow> rows) {
        List<ContractRow> out = new ArrayList<>(rows);
        List<Integer> small = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            ContractRow r = out.get(i);
            if (r.count() > 0 && r.count() < MIN_CONTRACTS) {
                small.add(i);
            }
        }
        if (small.size() == 1 && out.size() > 1) {
            // the one withheld cell is the total less the others: withhold the smallest other cell too
            int only = small.get(0);
            out.stream().filter(r -> out.indexOf(r) != only)
                    .min(Comparator.comparingLong(ContractRow::count).thenComparing(ContractRow::totalAmount))
                    .ifPresent(r -> small.add(out.indexOf(r)));
        }
        for (int i : small) {
            out.set(i, withheld(out.get(i)));
        }
        return List.copyOf(out);
    }

    /** Whether the row's amounts are withheld. */
    public static boolean isWithheld(ContractRow row) {
        return row.totalAmount() == null;
    }

    private static ContractRow withheld(ContractRow r) {
        return new ContractRow(r.key(), r.label(), r.labelEn(), r.count(), null, null);
    }
}
