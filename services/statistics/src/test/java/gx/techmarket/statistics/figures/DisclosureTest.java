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

    @Test
    void twoDealsAloneAreNotWithheldTogetherForEitherPartyCouldTellTheOthersPrice() {
        // {1, 1, 5}: the two single deals withheld together would be the total less 5, and either party knows its own
        List<ContractRow> rows = Disclosure.rows(List.of(row("450100", 1, "100.00"), row("450200", 1, "200.00"),
                row("450300", 5, "900.00")));
        assertThat(rows).allMatch(Disclosure::isWithheld);
        // {2, 10, 4}: the two-contract cell takes the smallest other with it (6 contracts withheld together)
        List<ContractRow> more = Disclosure.rows(List.of(row("450100", 2, "100.00"), row("450200", 10, "2000.00"),
                row("450300", 4, "900.00")));
        assertThat(more.get(0).totalAmount()).isNull();
        assertThat(more.get(2).totalAmount()).isNull();
        assertThat(more.get(1).totalAmount()).isEqualByComparingTo("2000.00");
    }

    @Test
    void typesAreProtectedWithinTheirCategoryWhoseAmountIsPublishedToo() {
        // 技术转让 (published: 7 contracts) = patent transfer 1 + secret transfer 6; consulting 4, service 9. In the
        // table as a whole the single patent transfer takes consulting with it (the smallest other), which leaves the
        // secret transfers published, and 技术转让 less them would be the one patent's price: within 技术转让 the
        // secret transfers are withheld too.
        List<ContractRow> types = List.of(row("TRANSFER_PATENT", 1, "100.00"),
                row("TRANSFER_TECHNICAL_SECRET", 6, "600.00"), row("CONSULTING", 4, "400.00"),
                row("SERVICE", 9, "900.00"));
        List<ContractRow> rows = Disclosure.rowsWithin(types,
                r -> gx.techmarket.contracts.events.ContractType.valueOf(r.key()).category().name());
        assertThat(rows.get(0).totalAmount()).isNull();
        assertThat(rows.get(1).totalAmount()).as("the patent's sibling in its category").isNull();
        assertThat(rows.get(3).totalAmount()).isEqualByComparingTo("900.00");
    }
}
