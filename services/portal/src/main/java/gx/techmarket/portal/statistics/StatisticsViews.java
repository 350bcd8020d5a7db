package gx.techmarket.portal.statistics;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the statistics service (统计分析) answers, as the portal reads it. Amounts are exact decimals in 元. */
public final class StatisticsViews {

    private StatisticsViews() {}

    @TemplateData
    public record ContractRow(String key, String label, String labelEn, long count, BigDecimal totalAmount,
            BigDecimal technologyAmount) {

        /**
         * Whether the amounts are withheld from the public (too few contracts): the service sends none. Not a
         * truthiness test of the amount in a template: Qute takes 0.00 for false, and a year without contracts sums
         * 0.00.
         */
        public boolean withheld() {
            return totalAmount == null;
        }
    }

    @TemplateData
    public record ContractFigures(String dimension, String flow, LocalDate from, LocalDate to, String region,
            String regionLabel, List<ContractRow> rows, ContractRow total) {}

    @TemplateData
    public record ContractLine(UUID contractId, String registrationNumber, String title, String contractType,
            String typeLabel, LocalDate registeredOn, String sellerName, String sellerRegion, String buyerName,
            String buyerRegion, String intermediaryName, String pointName, BigDecimal totalAmount,
            BigDecimal technologyAmount) {}

    @TemplateData
    public record ListingRow(String key, String label, String labelEn, long published, long matched, long withdrawn,
            long closed, long expired, BigDecimal avgDaysToMatch) {}

    @TemplateData
    public record ListingFigures(String dimension, LocalDate from, LocalDate to, String region, List<ListingRow> rows,
            ListingRow total) {}

    @TemplateData
    public record ChallengeRow(String key, String label, String labelEn, long published, long awarded, long failed,
            long cancelled, BigDecimal awardedAmount, BigDecimal avgDaysToAward) {}

    @TemplateData
    public record ChallengeFigures(String dimension, LocalDate from, LocalDate to, String region,
            List<ChallengeRow> rows, ChallengeRow total) {}

    @TemplateData
    public record SubsidyRow(String key, String label, String labelEn, long granted, BigDecimal grantedAmount,
            long claimsApproved, BigDecimal claimedAmount, long paid, BigDecimal paidGross, BigDecimal paidNet,
            long vouchersIssued, BigDecimal issuedValue, long vouchersRedeemed, BigDecimal redeemedAmount,
            long vouchersExpired, BigDecimal returnedAmount, String subMarket, BigDecimal budget,
            BigDecimal available) {

        /** Whether the programme's budget is the caller's to see (0.00 is a budget, spent: shown as such). */
        public boolean budgetShown() {
            return budget != null && available != null;
        }
    }

    /** 技术经理人 performance; {@code name} null when the directory links no broker to the account. */
    @TemplateData
    public record BrokerPersonRow(String account, String name, String certificateNumber, String agencyUscc,
            String agencyName, String region, String regionLabel, long count, BigDecimal totalAmount,
            BigDecimal technologyAmount) {}

    @TemplateData
    public record BrokerRow(String uscc, String name, String region, String regionLabel, long count,
            BigDecimal totalAmount, BigDecimal technologyAmount) {}

    @TemplateData
    public record TargetView(String region, String label, String labelEn, int year, BigDecimal target,
            BigDecimal achieved, BigDecimal progress, String source, List<String> actions) {

        /** Whether the caller may take {@code action} ({@code set}: the province's operators). */
        public boolean can(String action) {
            return actions != null && actions.contains(action);
        }

        /** A target set by the portal's form (the service's body). */
        public record Request(@com.fasterxml.jackson.annotation.JsonFormat(
                shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) BigDecimal amount, String source) {}

        /** The progress as a percentage with one decimal ({@code 42.5}), for the table and the chart. */
        public String percent() {
            return progress == null ? "" : progress.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
        }
    }
}
