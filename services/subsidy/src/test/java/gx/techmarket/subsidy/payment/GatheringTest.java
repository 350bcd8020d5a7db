package gx.techmarket.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a batch is made up: gross, offset against what is owed back, net; payees without an account held out. */
class GatheringTest {

    private static final String A = "91450100MA5P2D9E7A";
    private static final String B = "91450200MA5L0PX62A";
    private static final String C = "91450300MA5KC7Q12L";
    private static final Gathering.Account ACCOUNT = new Gathering.Account("中国工商银行南宁分行", "6222021234567890123",
            "广西技术转移中心有限公司");

    private static Gathering.Due due(String uscc, String amount, int items) {
        return new Gathering.Due(uscc, "单位" + uscc.substring(14), new BigDecimal(amount), items);
    }

    @Test
    void shouldPayEachPayeeItsItemsLessWhatItOwesBackToTheFen() {
        Gathering.Result r = Gathering.gather(List.of(due(A, "8000.00", 1), due(B, "160000.00", 2)),
                Map.of(A, ACCOUNT, B, ACCOUNT), Map.of(B, new BigDecimal("40000.01")));

        assertThat(r.lines()).extracting(Gathering.Line::payeeUscc, Gathering.Line::gross, Gathering.Line::offset,
                Gathering.Line::net, Gathering.Line::items).containsExactly(
                tuple(A, new BigDecimal("8000.00"), new BigDecimal("0.00"), new BigDecimal("8000.00"), 1),
                tuple(B, new BigDecimal("160000.00"), new BigDecimal("40000.01"), new BigDecimal("119999.99"), 2));
        assertThat(r.held()).isEmpty();
        assertThat(r.total()).isEqualByComparingTo("127999.99");
    }

    @Test
    void shouldSetOffNoMoreThanTheGrossSoTheBankPaysNothingAndNeedsNoAccount() {
        Gathering.Result r = Gathering.gather(List.of(due(A, "500.00", 1)), Map.of(),
                Map.of(A, new BigDecimal("800.00")));

        assertThat(r.lines()).singleElement().satisfies(l -> {
            assertThat(l.offset()).isEqualByComparingTo("500.00");
            assertThat(l.net()).isEqualByComparingTo("0.00");
            assertThat(l.account()).isNull();
        });
        assertThat(r.total()).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldHoldOutWholeAPayeeTheBankMustPayWithoutAVerifiedAccountAndSetNothingOffForIt() {
        Gathering.Result r = Gathering.gather(List.of(due(A, "8000.00", 1), due(C, "800.00", 3)),
                Map.of(A, ACCOUNT), Map.of(C, new BigDecimal("100.00")));

        assertThat(r.lines()).extracting(Gathering.Line::payeeUscc).containsExactly(A);
        assertThat(r.held()).containsExactly(new Gathering.Held(C, new BigDecimal("800.00"), 3,
                Gathering.NO_VERIFIED_BANK_ACCOUNT));
        assertThat(r.total()).isEqualByComparingTo("8000.00");
    }
}
