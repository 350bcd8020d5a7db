package gx.techmarket.bidding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.bidding.agreement.AgreementRequest.MilestoneTerms;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.problems.ProblemException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a 揭榜协议's terms, without Quarkus. */
class AgreementTermsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.200000");

    static MilestoneTerms milestone(String due, String amount) {
        return new MilestoneTerms("中试线建成", "中试报告", LocalDate.parse(due), new BigDecimal(amount));
    }

    static AgreementRequest request(ContractType type, String total, String enterprise, String bidder,
            MilestoneTerms... milestones) {
        return new AgreementRequest(type, new BigDecimal(total), new BigDecimal(enterprise), new BigDecimal(bidder),
                List.of(milestones));
    }

    static ProblemException refusal(ChallengeKind kind, AgreementRequest request) {
        try {
            AgreementTerms.of(kind, TWENTY_PERCENT, request, TODAY);
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("accepted " + request);
    }

    @Test
    void shouldMakeTheSupportTheShareOfTheTotalAndNumberTheMilestones() {
        AgreementTerms terms = AgreementTerms.of(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TWENTY_PERCENT,
                request(null, "5000000", "3800000.00", "1200000",
                        milestone("2027-03-31", "300000"), milestone("2027-12-31", "700000.00")), TODAY);

        assertThat(terms.contractType()).isEqualTo(ContractType.DEVELOPMENT_COMMISSIONED);
        assertThat(terms.totalInvestment()).isEqualByComparingTo("5000000").hasScaleOf(2);
        assertThat(terms.provinceSupport()).isEqualTo(new BigDecimal("1000000.00"));
        assertThat(terms.milestones()).extracting(Milestone::number).containsExactly(1, 2);
        assertThat(terms.milestones()).extracting(Milestone::supportAmount)
                .containsExactly(new BigDecimal("300000.00"), new BigDecimal("700000.00"));
    }

    @Test
    void shouldRoundTheSupportDownToTheFen() {
        // 20 % of 333.33 is 66.666: the province never promises more than its share
        assertThat(AgreementTerms.provinceSupport(new BigDecimal("333.33"), TWENTY_PERCENT))
                .isEqualTo(new BigDecimal("66.66"));
        assertThat(AgreementTerms.provinceSupport(new BigDecimal("0.01"), new BigDecimal("0.500000")))
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldRefuseSharesThatDoNotMakeTheTotal() {
        ProblemException p = refusal(ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                request(null, "5000000.00", "3800000.00", "1199999.99", milestone("2027-03-31", "1000000.00")));
        assertThat(p.code()).isEqualTo("SHARES_NOT_TOTAL");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.field()).isEqualTo("bidderShare");
    }

    @Test
    void shouldMakeTheMilestonesReleaseExactlyTheSupport() {
        ProblemException over = refusal(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, request(null, "5000000.00",
                "3800000.00", "1200000.00", milestone("2027-03-31", "300000.00"), milestone("2027-12-31", "700000.01")));
        assertThat(over.code()).isEqualTo("MILESTONE_AMOUNTS_EXCEED_SUPPORT");
        assertThat(over.args()).containsExactly("1000000.01", "1000000.00");

        ProblemException under = refusal(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, request(null, "5000000.00",
                "3800000.00", "1200000.00", milestone("2027-03-31", "999999.99")));
        assertThat(under.code()).isEqualTo("MILESTONE_AMOUNTS_BELOW_SUPPORT");
        assertThat(under.field()).isEqualTo("milestones");
    }

    @Test
    void shouldKeepTheMilestonesAheadAndInOrder() {
        assertThat(refusal(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, request(null, "5000000.00", "3800000.00",
                "1200000.00", milestone("2026-12-06", "1000000.00"))).code()).isEqualTo("MILESTONE_DUE_DATE_PASSED");
        ProblemException order = refusal(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, request(null, "5000000.00",
                "3800000.00", "1200000.00", milestone("2027-12-31", "300000.00"), milestone("2027-03-31", "700000.00")));
        assertThat(order.code()).isEqualTo("MILESTONE_DUE_DATES_OUT_OF_ORDER");
        assertThat(order.field()).isEqualTo("milestones[1].dueDate");
    }

    @Test
    void shouldFixTheBreakthroughContractAndLetTheTransformationChooseTransferLicenceOrDevelopment() {
        assertThat(refusal(ChallengeKind.TECHNOLOGY_BREAKTHROUGH, request(ContractType.LICENSE_PATENT, "100.00",
                "50.00", "50.00", milestone("2027-03-31", "20.00"))).code()).isEqualTo("CONTRACT_TYPE_NOT_ALLOWED");
        assertThat(refusal(ChallengeKind.RESULT_TRANSFORMATION, request(null, "100.00", "50.00", "50.00",
                milestone("2027-03-31", "20.00"))).code()).isEqualTo("CONTRACT_TYPE_REQUIRED");
        assertThat(refusal(ChallengeKind.RESULT_TRANSFORMATION, request(ContractType.CONSULTING, "100.00", "50.00",
                "50.00", milestone("2027-03-31", "20.00"))).code()).isEqualTo("CONTRACT_TYPE_NOT_ALLOWED");

        assertThat(AgreementTerms.of(ChallengeKind.RESULT_TRANSFORMATION, TWENTY_PERCENT, request(
                ContractType.LICENSE_PATENT, "100.00", "50.00", "50.00", milestone("2027-03-31", "20.00")), TODAY)
                .contractType()).isEqualTo(ContractType.LICENSE_PATENT);
        assertThat(AgreementTerms.contractTypes(ChallengeKind.TECHNOLOGY_BREAKTHROUGH))
                .containsExactly(ContractType.DEVELOPMENT_COMMISSIONED);
        assertThat(AgreementTerms.contractTypes(ChallengeKind.RESULT_TRANSFORMATION))
                .extracting(ContractType::category).doesNotContain(ContractCategory.CONSULTING, ContractCategory.SERVICE)
                .contains(ContractCategory.TRANSFER, ContractCategory.LICENSE, ContractCategory.DEVELOPMENT);
    }
}
