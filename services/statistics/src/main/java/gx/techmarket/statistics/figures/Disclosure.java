package gx.techmarket.statistics.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What anyone may read of contract amounts (the public summary, the open data): a contract's price is the parties'
 * business, so a cell of fewer than {@link #MIN_CONTRACTS} contracts shows its count but not its amounts (市场统计
 * publishes aggregates, not deals). Because the table's total is published too, the withheld cells of a table are
 * never one alone, nor fewer than {@link #MIN_CONTRACTS} contracts together: the total less the published cells would
 * give them away (to anyone, or to a party of one of them, who knows its own price), so the smallest published cells
 * are withheld with them until both hold (complementary suppression). A table whose rows nest in another published
 * table (contract types in categories) is protected within each parent as well ({@link #rowsWithin}).
 * Operators signed in see every amount (their dashboards are not public).
 */
public final class Disclosure {

    /** The fewest contracts a published amount may sum, and the fewest a withheld group may hold. */
    public static final int MIN_CONTRACTS = 3;

    private Disclosure() {}

    /** The total, its amounts withheld when it sums fewer than {@link #MIN_CONTRACTS} contracts. */
    public static ContractRow total(ContractRow total) {
        return total.count() > 0 && total.count() < MIN_CONTRACTS ? withheld(total) : total;
    }

    /** The rows of a table whose total is published, with the amounts no reader may learn withheld. */
    public static List<ContractRow> rows(List<ContractRow> rows) {
        List<ContractRow> out = new ArrayList<>(rows);
        boolean[] withheld = new boolean[out.size()];
        for (int i = 0; i < out.size(); i++) {
            ContractRow r = out.get(i);
            withheld[i] = r.count() > 0 && r.count() < MIN_CONTRACTS;
        }
        complete(out, withheld);
        for (int i = 0; i < out.size(); i++) {
            if (withheld[i]) {
                out.set(i, withheld(out.get(i)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The rows of a table that also nest in a published parent table ({@code parent} of a row: its parent's key):
     * protected in the table as a whole and again within each parent, whose published amount is the sum of its rows.
     */
    public static List<ContractRow> rowsWithin(List<ContractRow> rows, Function<ContractRow, String> parent) {
        List<ContractRow> out = new ArrayList<>(rows(rows));
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            groups.computeIfAbsent(parent.apply(out.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            List<ContractRow> members = group.stream().map(out::get).toList();
            boolean[] withheld = new boolean[members.size()];
            for (int j = 0; j < members.size(); j++) {
                withheld[j] = isWithheld(members.get(j));
            }
            complete(members, withheld);
            for (int j = 0; j < members.size(); j++) {
                if (withheld[j]) {
                    out.set(group.get(j), withheld(out.get(group.get(j))));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether the row's amounts are withheld. */
    public static boolean isWithheld(ContractRow row) {
        return row.totalAmount() == null;
    }

    /**
     * Withholds the smallest published cells with those already withheld until none or at least two are, and they
     * hold at least {@link #MIN_CONTRACTS} contracts together (or every cell is withheld).
     */
    private static void complete(List<ContractRow> rows, boolean[] withheld) {
        while (true) {
            int cells = 0;
            long contracts = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (withheld[i]) {
                    cells++;
                    contracts += rows.get(i).count();
                }
            }
            if (cells == 0 || cells >= 2 && contracts >= MIN_CONTRACTS) {
                return;
            }
            int next = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (!withheld[i] && rows.get(i).count() > 0 && (next < 0 || SMALLEST.compare(rows.get(i),
                        rows.get(next)) < 0)) {
                    next = i;
                }
            }
            if (next < 0) {
                return; // every cell is withheld already
            }
            withheld[next] = true;
        }
    }

    private static final Comparator<ContractRow> SMALLEST = Comparator.comparingLong(ContractRow::count)
            .thenComparing(r -> r.totalAmount() == null ? java.math.BigDecimal.ZERO : r.totalAmount());

    private static ContractRow withheld(ContractRow r) {
        return new ContractRow(r.key(), r.label(), r.labelEn(), r.count(), null, null);
    }
}
