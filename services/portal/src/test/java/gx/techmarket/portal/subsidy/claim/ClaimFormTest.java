package gx.techmarket.portal.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the claim form sends: the payments typed (empty rows left out), or last year's R&D expense; bad rows named. */
class ClaimFormTest {

    static final UUID ENTITLEMENT = UUID.fromString("4b6d8f0a-2c4e-4a6b-8d0f-1e3a5c7e9b24");

    @Test
    void shouldSendThePaymentsTypedWithTheContractsNumberAndLeaveEmptyRowsOut() {
        ClaimForm form = ClaimForm.on(ENTITLEMENT, "26450103000123");
        form.paymentAmount = List.of("300,000.33", "", "");
        form.paymentPaidOn = List.of("2026-11-03", "", "");
        form.paymentReference = List.of(" B20261103-0042 ", "", "");

        ClaimRequests.NewClaim sent = form.toNew();

        assertThat(sent.entitlementId()).isEqualTo(ENTITLEMENT);
        assertThat(sent.programmeCode()).isNull();
        assertThat(sent.payments()).containsExactly(new ClaimRequests.Payment(new BigDecimal("300000.33"),
                LocalDate.of(2026, 11, 3), "26450103000123", "B20261103-0042"));
        assertThat(sent.expenses()).isEmpty();
        assertThat(form.badRows()).isEmpty();
    }

    @Test
    void shouldNameARowWhoseAmountOrDateIsNotOne() {
        ClaimForm form = ClaimForm.on(ENTITLEMENT, "26450103000123");
        form.paymentAmount = List.of("12abc", "100.00", "100.00");
        form.paymentPaidOn = List.of("2026-11-03", "2026/11/03", "2026-11-04");
        form.paymentReference = List.of("a", "b", "c");

        assertThat(form.badRows()).containsExactly(0, 1);
    }

    @Test
    void shouldSendLastYearsExpenseForAnRdExpenseClaim() {
        ClaimForm form = ClaimForm.onExpense("RD_EXPENSE_SUBSIDY", 2027);
        form.expenseAmount = "2,000,000.00";
        form.expenseDescription = "2026年度研发费用专项审计报告 桂审〔2027〕12号";

        ClaimRequests.NewClaim sent = form.toNew();

        assertThat(form.expense()).isTrue();
        assertThat(sent.entitlementId()).isNull();
        assertThat(sent.budgetYear()).isEqualTo(2027);
        assertThat(sent.payments()).isEmpty();
        assertThat(sent.expenses()).containsExactly(new ClaimRequests.Expense(2026, new BigDecimal("2000000.00"),
                "2026年度研发费用专项审计报告 桂审〔2027〕12号"));
    }
}
