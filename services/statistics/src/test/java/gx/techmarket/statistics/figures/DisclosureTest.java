package gx.techmarket.statistics.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public's figures never tell the price of one or two deals, not even by subtraction from the total. */
class DisclosureTest {

    static ContractRow row(String key, long count, String amount) {
        return new ContractRow(key, key, key, count, new BigDecimal(amount), new BigDecimal(amount));
    }

    @Test
    void aCellOfFewerThanThreeContractsShowsItsCountButNoAmount() {
        List<ContractRow> rows = Disclosure.rows(List.of(row("450100", 10, "5000000.00"), row("450200", 2, "300000.00"),
                row("451000", 1, "120000.00"), row("450300", 4, "800000.00")));
        assertThat(rows).extracting(ContractRow::count).containsExactly(10L, 2L, 1L, 4L);
        assertThat(rows.get(1).totalAmount()).isNull();
        assertThat(rows.get(1).technologyAmount()).isNull();
        assertThat(rows.get(2).totalAmount()).isNull();
        // two withheld cells: their sum is knowable, neither alone
        assertThat(rows.get(0).totalAmount()).isEqualByComparingTo("5000000.00");
        assertThat(rows.get(3).totalAmount()).isEqualByComparingTo("800000.00");
    }

    @Test
    void aSingleWithheldCellTakesTheNextSmallestWithItSoTheTotalDoesNotGiveItAway() {
        List<ContractRow> rows = Disclosure.rows(List.of(row("450100", 10, "5000000.00"), row("451000", 1, "120000.00"),
                row("450300", 4, "800000.00"), row("450200", 4, "700000.00")));
        assertThat(rows.get(1).totalAmount()).isNull();
        // 4 contracts twice: the smaller amount goes with it
        assertThat(rows.get(3).totalAmount()).isNull();
        assertThat(rows.get(2).totalAmount()).isEqualByComparingTo("800000.00");
        assertThat(rows.get(0).totalAmount()).isEqualByComparingTo("5000000.00");
    }

    @Test
    void aTotalOfOneOrTwoContractsIsWithheldAndNothingElseChanges() {
        assertThat(Disclosure.total(row(null, 2, "300000.00")).totalAmount()).isNull();
        assertThat(Disclosure.total(row(null, 3, "300000.00")).totalAmount()).isEqualByComparingTo("300000.00");
        assertThat(Disclosure.total(row(null, 0, "0.00")).totalAmount()).isEqualByComparingTo("0.00");
        List<ContractRow> fine = List.of(row("450100", 3, "1.00"), row("450200", 5, "2.00"));
        assertThat(Disclosure.rows(fine)).isEqualTo(fine);
        // a table of one cell: its amounts are the total's, withheld by the total's own rule
        assertThat(Disclosure.rows(List.of(row("450100", 1, "9.00"))).get(0).totalAmount()).isNull();
    }
}
