package gx.techmarket.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A beneficiary's statement from its ledger lines: running balances and the year's totals, to the fen. */
class StatementTest {

    private static final String P = "RESULT_TRANSFORMATION_POST_SUBSIDY";

    private static Statement.Movement m(int day, String kind, String payable, String receivable) {
        return new Statement.Movement(LocalDate.of(2026, 12, day), P, kind, kind, new BigDecimal(payable),
                new BigDecimal(receivable));
    }

    @Test
    void shouldRunGrantPaymentReversalAfterPaymentReceivableAndOffsetToTheFen() {
        Statement st = Statement.of("91450200MA5L0PX62A", "柳州汽车零部件有限公司", 2026, new BigDecimal("-100.00"),
                BigDecimal.ZERO.setScale(2), List.of(
                        m(1, "GRANT", "-160000.00", "0"),           // owed 160,000.00 more
                        m(2, "PAYMENT", "160100.00", "0"),          // the bank pays all that is owed
                        m(3, "REVERSAL", "40000.33", "0"),          // a reversal after payment: overpaid
                        m(3, "RECEIVABLE_RAISED", "-40000.33", "40000.33"), // square again, owed back
                        m(4, "GRANT", "-50000.00", "0"),
                        m(5, "PAYMENT", "50000.00", "-30000.00"),   // set off 30,000.00, the bank pays 20,000.00
                        m(6, "REPAYMENT", "0", "-10000.33")));

        assertThat(st.openingOwed()).isEqualByComparingTo("100.00");
        assertThat(st.lines()).extracting(Statement.Line::balance).extracting(BigDecimal::toPlainString)
                .containsExactly("160100.00", "0.00", "-40000.33", "0.00", "50000.00", "0.00", "0.00");
        assertThat(st.lines()).extracting(Statement.Line::owedBackBalance).extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "0.00", "0.00", "40000.33", "40000.33", "10000.33", "0.00");
        assertThat(st.closingOwed()).isEqualByComparingTo("0.00");
        assertThat(st.closingOwedBack()).isEqualByComparingTo("0.00");
        Statement.Totals t = st.totals();
        assertThat(t.granted()).isEqualByComparingTo("210000.00");
        assertThat(t.reversed()).isEqualByComparingTo("40000.33");
        assertThat(t.paid()).isEqualByComparingTo("210100.00");
        assertThat(t.receivablesRaised()).isEqualByComparingTo("40000.33");
        assertThat(t.offset()).isEqualByComparingTo("30000.00");
        assertThat(t.repaid()).isEqualByComparingTo("10000.33");
        // closing owed = opening + granted − reversed − paid + receivables raised
        assertThat(st.openingOwed().add(t.granted()).subtract(t.reversed()).subtract(t.paid())
                .add(t.receivablesRaised())).isEqualByComparingTo(st.closingOwed());
    }
}
