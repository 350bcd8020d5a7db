package gx.techmarket.portal.registry;

import com.fasterxml.jackson.annotation.JsonProperty;
import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Formats;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contract as the registry shows it since issue 15 (filing by any seller, deadlines, review, refusal, 核定,
 * amendments, objections): {@link ContractView}'s facts and what the registrar's workbench and the seller's
 * filings need on top. Read through {@link RegistrationClient}; whatever a contract does not have yet is absent.
 */
@TemplateData
public record FilingView(
        UUID id,
        String title,
        String contractType,
        String contractCategory,
        String origin,
        UUID resultId,
        Counterparty seller,
        Counterparty buyer,
        Counterparty intermediary,
        String subject,
        String description,
        @JsonProperty("import") Boolean importContract,
        BigDecimal inventorRewardShare,
        Map<String, Object> details,
        BigDecimal proposedAmount,
        BigDecimal totalContractAmount,
        BigDecimal nonTechnicalAmount,
        BigDecimal technologyTransactionAmount,
        Amounts filedAmounts,
        List<ContractView.Item> nonTechnicalItems,
        List<Carrier> carriers,
        Assessment assessment,
        LocalDate signedOn,
        LocalDate performanceFrom,
        LocalDate performanceTo,
        String status,
        List<String> correctionReasons,
        String registrationPointUscc,
        String registrationNumber,
        String ruleSetVersion,
        Deadline deadline,
        Review review,
        Refusal refusal,
        List<Amendment> amendments,
        Deregistration deregistration,
        List<Objection> objections,
        Instant createdAt,
        Instant submittedAt,
        Instant acceptedAt,
        Instant registeredAt,
        List<String> actions) implements Actionable {

    public FilingView {
        nonTechnicalItems = nonTechnicalItems == null ? List.of() : nonTechnicalItems;
        carriers = carriers == null ? List.of() : carriers;
        correctionReasons = correctionReasons == null ? List.of() : correctionReasons;
        amendments = amendments == null ? List.of() : amendments;
        objections = objections == null ? List.of() : objections;
        details = details == null ? Map.of() : details;
    }

    /** A party: from the directory (USCC), outside Guangxi, or foreign ({@code country} other than CN, no USCC). */
    @TemplateData
    public record Counterparty(String uscc, String name, String kind, String region, String parentUscc,
            String country) {

        public boolean foreign() {
            return country != null && !country.isBlank() && !"CN".equals(country);
        }
    }

    /** 成交总额, non-technical items and 技术交易额 as filed (before 核定). */
    @TemplateData
    public record Amounts(BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount,
            BigDecimal technologyTransactionAmount) {}

    /** A technology carrier (存档资料, test media, 1–2 sets of test equipment): not deducted. */
    @TemplateData
    public record Carrier(String kind, String description, Integer quantity) {}

    /** The registrar's 核定 of the amounts: why, by whom, when. */
    @TemplateData
    public record Assessment(String reason, String assessedBy, Instant assessedAt) {

        public String at() {
            return Formats.china(assessedAt);
        }
    }

    /** The clock of a filing under examination, in working days on the China calendar. */
    @TemplateData
    public record Deadline(LocalDate startedOn, LocalDate dueOn, Integer workingDays, String unit,
            boolean provisional, boolean overdue, Integer workingDaysLeft) {}

    /** Expert review (专家评审): why, the drawn panel and the opinions given. */
    @TemplateData
    public record Review(String reason, String field, UUID panelId, String seed, Instant startedAt,
            List<Expert> experts, List<Opinion> opinions) {

        public Review {
            experts = experts == null ? List.of() : experts;
            opinions = opinions == null ? List.of() : opinions;
        }
    }

    @TemplateData
    public record Expert(String expertId, String name, String organisation) {}

    @TemplateData
    public record Opinion(String expertId, String expertName, String conclusion, String opinion, Instant givenAt) {}

    /** 不予登记: the grounds from the official list, the explanation, the stamp (未予登记). */
    @TemplateData
    public record Refusal(List<String> grounds, String explanation, Instant refusedAt, String stamp) {

        public Refusal {
            grounds = grounds == null ? List.of() : grounds;
        }
    }

    /** 变更登记. */
    @TemplateData
    public record Amendment(Integer amendmentNumber, String reason, Instant amendedAt) {

        public String at() {
            return Formats.china(amendedAt);
        }
    }

    /** 注销登记: RESCINDED or VOID. */
    @TemplateData
    public record Deregistration(String reason, String explanation, Instant deregisteredAt) {

        public String at() {
            return Formats.china(deregisteredAt);
        }
    }

    /** 异议: by a party or the tax/finance authority; the registering point resolves it (UPHELD, DISMISSED). */
    @TemplateData
    public record Objection(UUID id, String raisedBy, String grounds, String status, Instant raisedAt,
            String outcome, String explanation, Instant resolvedAt, List<String> actions) implements Actionable {}
}
