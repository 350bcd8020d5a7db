package gx.techmarket.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The innovation voucher events and the budget of a programme-year: their rules, as their schemas state them. */
class VoucherAndBudgetEventsTest {

    private static final Instant AT = Instant.parse("2026-09-25T06:40:00Z");

    private static VoucherRedeemed redeemed(String face, String redeemed, String returned) {
        return new VoucherRedeemed(Fixtures.VOUCHER_ID, "INNOVATION_VOUCHER", 2026, "450000", Fixtures.LIUZHOU_PARTS,
                Fixtures.GX_TTC, Fixtures.CONTRACT_ID, "26450103000123", new BigDecimal(face),
                new BigDecimal(redeemed), new BigDecimal(returned), AT);
    }

    @Test
    void aRedemptionPaysPartOfTheFaceValueAndGivesTheRestBackToTheFen() {
        VoucherRedeemed r = redeemed("20000", "15000.01", "4999.99");

        assertThat(r.faceValue()).isEqualTo(new BigDecimal("20000.00"));
        assertThat(r.redeemedAmount().add(r.returnedAmount())).isEqualTo(r.faceValue());
        assertThat(redeemed("20000.00", "20000.00", "0").returnedAmount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(r.aggregateId()).isEqualTo(Fixtures.VOUCHER_ID.toString());
    }

    @Test
    void aRedemptionWhoseAmountsDoNotAddUpToTheFaceValueIsRefused() {
        assertThatThrownBy(() -> redeemed("20000.00", "15000.01", "5000.00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
        assertThatThrownBy(() -> redeemed("20000.00", "0.00", "20000.00"))
                .as("a redemption pays something").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> redeemed("20000.00", "15000.001", "4999.999"))
                .as("no digits below the fen").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProviderIsAnotherChineseOrganisationThanTheHolder() {
        assertThatThrownBy(() -> new VoucherRedeemed(Fixtures.VOUCHER_ID, "INNOVATION_VOUCHER", 2026, "450000",
                Fixtures.LIUZHOU_PARTS, Fixtures.LIUZHOU_PARTS, Fixtures.CONTRACT_ID, "26450103000123",
                new BigDecimal("100.00"), new BigDecimal("100.00"), BigDecimal.ZERO, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoucherRedeemed(Fixtures.VOUCHER_ID, "INNOVATION_VOUCHER", 2026, "450000",
                Fixtures.LIUZHOU_PARTS, Party.foreign("Sugar Technologies GmbH", OrgKind.ENTERPRISE, "DE"),
                Fixtures.CONTRACT_ID, "26450103000123", new BigDecimal("100.00"), new BigDecimal("100.00"),
                BigDecimal.ZERO, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssuedOrExpiredVoucherHasAFaceValueAboveZeroAndASubMarket() {
        UUID round = UUID.randomUUID();
        assertThatThrownBy(() -> new VoucherIssued(Fixtures.VOUCHER_ID, round, "INNOVATION_VOUCHER", 2026, "450000",
                Fixtures.LIUZHOU_PARTS, BigDecimal.ZERO, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoucherIssued(Fixtures.VOUCHER_ID, round, "INNOVATION_VOUCHER", 2026, "45",
                Fixtures.LIUZHOU_PARTS, BigDecimal.TEN, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VoucherExpired(Fixtures.VOUCHER_ID, "INNOVATION_VOUCHER", 1999, "450000",
                Fixtures.LIUZHOU_PARTS, BigDecimal.TEN, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new VoucherExpired(Fixtures.VOUCHER_ID, "INNOVATION_VOUCHER", 2026, "451000",
                Fixtures.BAISE_HUAYIN, BigDecimal.TEN, AT).faceValue()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void aBudgetChangeIsKeyedByItsProgrammeYearAndCountsItsChangesFromOne() {
        BudgetChanged changed = Fixtures.budgetChanged();

        assertThat(changed.aggregateId()).isEqualTo("0b2d4f6a-8c1e-4a3b-9d5f-7e9a1c3e5b86");
        assertThat(changed.budget()).isEqualTo(new BigDecimal("3000000.00"));
        assertThat(EventJson.toJson(changed)).contains("\"available\":\"2950000.00\"", "\"version\":2");
        assertThatThrownBy(() -> new BudgetChanged(UUID.randomUUID(), "INNOVATION_VOUCHER", 2026, "450000",
                BigDecimal.TEN, BigDecimal.ONE, 0, AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BudgetChanged(UUID.randomUUID(), "INNOVATION_VOUCHER", 2026, "450000",
                BigDecimal.TEN, new BigDecimal("-1"), 1, AT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSchemasRefuseAZeroFaceValueAndAForeignHolder() {
        String issued = EventJson.toJson(Fixtures.voucherIssued());

        assertThat(EventSchemas.validate("subsidy.VoucherIssued.v1", issued)).isEmpty();
        assertThat(EventSchemas.validate("subsidy.VoucherIssued.v1",
                issued.replace("\"faceValue\":\"50000.00\"", "\"faceValue\":\"0.00\""))).isNotEmpty();
        assertThat(EventSchemas.validate("subsidy.VoucherIssued.v1", issued
                .replace("\"uscc\":\"91450200MA5L0PX62A\",", "").replace("\"region\":\"450200\"", "\"country\":\"DE\"")))
                .isNotEmpty();
    }
}
