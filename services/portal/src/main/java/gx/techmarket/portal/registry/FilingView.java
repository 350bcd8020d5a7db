package gx.techmarket.portal.registry;

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
        boolean buyerExternal,
        Counterparty intermediary,
        BigDecimal proposedAmount,
        BigDecimal totalContractAmount,
        BigDecimal nonTechnicalAmount,
        BigDecimal technologyTransactionAmount,
        List<ContractView.Item> nonTechnicalItems,
        LocalDate signedOn,
        String technicalField,
        String status,
        List<String> correctionReasons,
        String registrationPointUscc,
        String registrationNumber,
        String ruleSetVersion,
        Deadline deadline,
        Review review,
        Refusal refusal,
        String registrationPointName,
        int amendmentNumber,
        Instant amendedAt,
        Deregistration deregistration,
        List<Objection> objections,
        Certificate certificate,
        Instant createdAt,
        Instant submittedAt,
        Instant acceptedAt,
        Instant registeredAt,
        List<String> actions,
        Facts filing) implements Actionable {

    public FilingView {
        nonTechnicalItems = nonTechnicalItems == null ? List.of() : nonTechnicalItems;
        correctionReasons = correctionReasons == null ? List.of() : correctionReasons;
        objections = objections == null ? List.of() : objections;
    }

    /** The carriers as recognised (核定) or filed; none before a seller's own filing. */
    public List<Carrier> carriers() {
        return filing == null ? List.of() : filing.carriers();
    }

    /**
     * What the seller's own filing states beyond parties and amounts (标的, summary, performance, the subtype's
     * facts, carriers, reward share), the category recognised under the rule set, the amounts as filed and the
     * latest 核定; absent for a contract drafted from an award or by a broker.
     */
    @TemplateData
    public record Facts(String subject, String description, LocalDate performanceFrom, LocalDate performanceTo,
            Map<String, Object> details, List<Carrier> carriers, BigDecimal inventorRewardShare,
            String recognisedCategory, Amounts filedAmounts, Assessment assessment) {

        public Facts {
            details = details == null ? Map.of() : details;
            carriers = carriers == null ? List.of() : carriers;
        }

        /** The subtype's facts as lines to show: lists joined, each cooperative party's share and part. */
        public List<Detail> detailLines() {
            List<Detail> lines = new java.util.ArrayList<>();
            details.forEach((name, value) -> lines.add(new Detail(name, shown(value))));
            return lines;
        }

        private static String shown(Object value) {
            if (value instanceof List<?> list) {
                return list.stream().map(Facts::shown).collect(java.util.stream.Collectors.joining("；"));
            }
            if (value instanceof Map<?, ?> contribution) {
                return contribution.get("party") + " " + contribution.get("share") + "% "
                        + java.util.Objects.toString(contribution.get("description"), "");
            }
            return String.valueOf(value);
        }
    }

    /** One of the subtype's facts by its name in the registry, as shown. */
    @TemplateData
    public record Detail(String name, String value) {}

    /** A party: from the directory (USCC), outside Guangxi, or foreign ({@code country} other than CN, no USCC). */
    @TemplateData
    public record Counterparty(String uscc, String name, String kind, String region, String parentUscc,
            String country) {

        public boolean foreign() {
            return country != null && !country.isBlank() && !"CN".equals(country);
        }
    }

    /** 成交总额, non-technical items and 技术交易额 as filed (before 核定), with the items and carriers filed. */
    @TemplateData
    public record Amounts(BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount,
            BigDecimal technologyTransactionAmount, List<ContractView.Item> nonTechnicalItems,
            List<Carrier> carriers) {}

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

    /** Expert review (专家评审): why, the panel drawn, each expert with its opinion once given. */
    @TemplateData
    public record Review(String reason, String panelId, String field, Long seed, String drawnBy, Instant drawnAt,
            List<Expert> experts, int opinionsMissing) {

        public Review {
            experts = experts == null ? List.of() : experts;
        }
    }

    @TemplateData
    public record Expert(String expertId, String name, String organisationUscc, String organisationName,
            Opinion opinion) {}

    @TemplateData
    public record Opinion(String conclusion, String opinion, Instant givenAt) {

        public String at() {
            return Formats.china(givenAt);
        }
    }

    /** 不予登记: the grounds from the official list, the explanation, the stamp (未予登记). */
    @TemplateData
    public record Refusal(List<Ground> grounds, String explanation, Instant refusedAt, String stamp) {

        public Refusal {
            grounds = grounds == null ? List.of() : grounds;
        }
    }

    /** A ground of refusal from the official list, with its label. */
    @TemplateData
    public record Ground(String code, String label) {}

    /**
     * 登记证明, to those who may download it: the PDF's path in the registry and the public verification page's path
     * in the portal with its code.
     */
    @TemplateData
    public record Certificate(String pdf, String verificationCode, String verificationPath) {}

    /** 变更登记: the number of the last amendment and when (0: never amended). */
    public String amendedAtChina() {
        return Formats.china(amendedAt);
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
    public record Objection(UUID id, String raisedByUscc, String raisedByName, String raisedAs, String grounds,
            Instant raisedAt, String status, String explanation, Instant resolvedAt, List<String> actions)
            implements Actionable {}
}
