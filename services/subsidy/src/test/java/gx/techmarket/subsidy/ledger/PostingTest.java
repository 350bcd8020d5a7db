package gx.techmarket.subsidy.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingTest {

    static final Account BUDGET = Account.budget("INTERMEDIARY_SUBSIDY", 2026);
    static final Account PAYABLE = Account.payable("INTERMEDIARY_SUBSIDY", "91450100MA5P2D9E7A");

    @Test
    void shouldAcceptBalancedLinesInYuanWithFen() {
        Posting p = new Posting(EntryKind.GRANT, "grant", null, List.of(
                Posting.Line.debit(BUDGET, new BigDecimal("8000")), Posting.Line.credit(PAYABLE, new BigDecimal("8000.00"))));
        assertThat(p.lines()).extracting(Posting.Line::amount).containsExactly(new BigDecimal("8000.00"),
                new BigDecimal("-8000.00"));
    }

    @Test
    void shouldRefuseLinesThatDoNotSumToZero() {
        assertThatThrownBy(() -> new Posting(EntryKind.GRANT, "grant", null, List.of(
                Posting.Line.debit(BUDGET, new BigDecimal("8000.00")), Posting.Line.credit(PAYABLE, new BigDecimal("7999.99")))))
                .hasMessageContaining("sum to zero");
    }

    @Test
    void shouldRefuseASingleLineZeroLinesAndDigitsBelowTheFen() {
        assertThatThrownBy(() -> new Posting(EntryKind.GRANT, "grant", null, List.of(Posting.Line.debit(BUDGET, BigDecimal.ONE))))
                .hasMessageContaining("at least two lines");
        assertThatThrownBy(() -> new Posting.Line(BUDGET, new BigDecimal("0.00"))).hasMessageContaining("zero");
        assertThatThrownBy(() -> Posting.Line.debit(BUDGET, new BigDecimal("0.001"))).hasMessageContaining("分");
        assertThatThrownBy(() -> Posting.Line.debit(BUDGET, new BigDecimal("-1.00"))).hasMessageContaining("positive");
    }

    @Test
    void shouldNameAccountsByKindProgrammeAndYearOrOwner() {
        assertThat(BUDGET.code()).isEqualTo("BUDGET:INTERMEDIARY_SUBSIDY:2026");
        assertThat(PAYABLE.code()).isEqualTo("PAYABLE:INTERMEDIARY_SUBSIDY:91450100MA5P2D9E7A");
        assertThat(Account.parse(PAYABLE.code())).isEqualTo(PAYABLE);
        assertThat(Account.parse("APPROPRIATION:INTERMEDIARY_SUBSIDY:2026"))
                .isEqualTo(Account.appropriation("INTERMEDIARY_SUBSIDY", 2026));
        assertThatThrownBy(() -> Account.payable("INTERMEDIARY_SUBSIDY", "nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReverseALineBySign() {
        assertThat(Posting.Line.debit(BUDGET, new BigDecimal("800.00")).reversed().amount())
                .isEqualByComparingTo("-800.00");
    }
}
