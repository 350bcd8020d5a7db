package gx.techmarket.portal.bidding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.portal.web.FormErrors;
import gx.techmarket.portal.web.ServiceProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 揭榜协议 form's rows: empty ones skipped, the terms sent in order, the service's errors put on the row typed. */
class AgreementFormTest {

    @Test
    void shouldSendTheTypedRowsInOrderAndSkipEmptyOnes() {
        AgreementForm form = form("", "小试", "中试");

        AgreementClient.Terms terms = form.toTerms(false);

        assertThat(terms.contractType()).isNull();
        assertThat(terms.totalInvestment()).isEqualByComparingTo("300000.00");
        assertThat(terms.milestones()).extracting(AgreementClient.MilestoneTerms::title).containsExactly("小试", "中试");
        assertThat(terms.milestones().get(1).dueDate()).isEqualTo(LocalDate.parse("2028-06-30"));
        assertThat(terms.milestones().get(1).supportAmount()).isEqualByComparingTo(new BigDecimal("40000.00"));
    }

    @Test
    void shouldPutTheServicesErrorOnTheRowTheMilestoneWasTypedIn() {
        AgreementForm form = form("", "小试", "中试");
        FormErrors fromService = FormErrors.of(new ServiceProblem.Problem(null, 400, "x", "MILESTONE_DUE_DATE_PASSED",
                List.of(new ServiceProblem.FieldError("milestones[1].dueDate", "MILESTONE_DUE_DATE_PASSED", "已过"))));

        FormErrors shown = form.onRows(fromService);

        assertThat(shown.of("milestones[3].dueDate")).isEqualTo("已过");
        assertThat(shown.has("milestones[1].dueDate")).isFalse();
    }

    @Test
    void shouldShowAtLeastThreeRowsAndOneMoreThanTypedUpToTwelve() {
        assertThat(new AgreementForm().rows()).hasSize(3);
        AgreementForm twelve = new AgreementForm();
        for (int i = 0; i < 12; i++) {
            twelve.msTitle.add("m" + i);
        }
        assertThat(twelve.rows()).hasSize(12);
    }

    /** Row 0 empty except as given, row 1 empty, rows 2 and 3 the two milestones (row titles as given). */
    private static AgreementForm form(String first, String second, String third) {
        AgreementForm form = new AgreementForm();
        form.totalInvestment = "300,000.00";
        form.enterpriseShare = "200000.00";
        form.bidderShare = "100000.00";
        form.msTitle.addAll(List.of(first, "", second, third));
        form.msDeliverables.addAll(List.of("", "", "小试报告", "中试线验收报告"));
        form.msDueDate.addAll(List.of("", "", "2027-06-30", "2028-06-30"));
        form.msSupport.addAll(List.of("", "", "20000.00", "40000.00"));
        return form;
    }
}
