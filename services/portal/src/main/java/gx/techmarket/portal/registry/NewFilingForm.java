package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * 新建登记申请: the seller's organisation files a contract of any type (or, for a technology import, the domestic
 * buyer). Input names follow the registry's JSON ({@code counterparty.uscc}, {@code details.patentNumber},
 * {@code nonTechnicalItems[0].amount} …) so its field errors land next to them. The counterparty is chosen from the
 * directory (机构选择器), or declared as an organisation outside Guangxi (name, region) or a foreign one (name,
 * country); only the chosen way's inputs are sent, and only the chosen subtype's facts.
 */
@TemplateData
public class NewFilingForm extends KeptForm {

    public static final String DIRECTORY = "directory";
    public static final String EXTERNAL = "external";
    public static final String FOREIGN = "foreign";
    static final int ITEM_ROWS = 5;
    static final int CARRIER_ROWS = 3;
    private static final String SHARE = "\\s*(100(\\.0{1,2})?|[0-9]{1,2}(\\.[0-9]{1,2})?)?\\s*";

    @RestForm
    @NotBlank
    public String contractType;

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String title;

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String subject;

    @RestForm
    @NotBlank
    @Size(max = 5000)
    public String description;

    @RestForm
    @NotBlank
    public String signedOn;

    @RestForm
    public String performanceFrom;

    @RestForm
    public String performanceTo;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String totalContractAmount;

    /** {@link #DIRECTORY} (the default), {@link #EXTERNAL} or {@link #FOREIGN}. */
    @RestForm
    public String counterpartySource;

    @RestForm
    @Size(max = 100)
    public String counterpartyQuery;

    /** The picker's search button, without JavaScript: show the organisations found, send nothing. */
    @RestForm("find-counterparty")
    public String findCounterparty;

    @RestForm("counterparty.uscc")
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String counterpartyUscc;

    /** An organisation outside Guangxi is still named by its USCC (the registry requires one). */
    @RestForm("external.uscc")
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String externalUscc;

    @RestForm("external.name")
    @Size(max = 200)
    public String externalName;

    @RestForm("external.region")
    @Pattern(regexp = "\\s*([1-8][0-9]{5})?\\s*")
    public String externalRegion;

    @RestForm("foreign.name")
    @Size(max = 200)
    public String foreignName;

    @RestForm("foreign.country")
    @Pattern(regexp = "\\s*([A-Za-z]{2})?\\s*")
    public String foreignCountry;

    @RestForm("import")
    public String importContract;

    @RestForm
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String intermediaryUscc;

    @RestForm
    @Pattern(regexp = SHARE)
    public String inventorRewardShare;

    /** 技术领域: one of the market's industry codes, or blank (not stated). */
    @RestForm
    @Pattern(regexp = "\\s*([A-Z][A-Z0-9]*(_[A-Z0-9]+)*)?\\s*")
    public String technicalField;

    @RestForm("details.patentNumber")
    @Size(max = 50)
    public String patentNumber;

    @RestForm("details.applicationNumber")
    @Size(max = 50)
    public String applicationNumber;

    @RestForm("details.layoutRegistrationNumber")
    @Size(max = 50)
    public String layoutRegistrationNumber;

    @RestForm("details.varietyRightNumber")
    @Size(max = 50)
    public String varietyRightNumber;

    @RestForm("details.softwareRegistrationNumber")
    @Size(max = 50)
    public String softwareRegistrationNumber;

    @RestForm("details.certificateNumber")
    @Size(max = 50)
    public String certificateNumber;

    @RestForm("details.licenceScope")
    public String licenceScope;

    @RestForm("details.licencePeriodTo")
    public String licencePeriodTo;

    @RestForm("details.rightDescription")
    @Size(max = 500)
    public String rightDescription;

    /** 合作开发: each side's share (%) of the work, seller's first, and what it contributes. */
    @RestForm
    public List<String> contributionShare = new ArrayList<>();

    @RestForm
    public List<String> contributionDescription = new ArrayList<>();

    @RestForm("details.deliverable")
    @Size(max = 500)
    public String deliverable;

    @RestForm("details.trainees")
    @Pattern(regexp = "\\s*([0-9]{1,6})?\\s*")
    public String trainees;

    @RestForm("details.trainingContent")
    @Size(max = 500)
    public String trainingContent;

    /** 技术中介: the parties brought together, one per line. */
    @RestForm("details.principalParties")
    @Size(max = 2000)
    public String principalParties;

    @RestForm
    public List<String> itemCategory = new ArrayList<>();

    @RestForm
    public List<String> itemDescription = new ArrayList<>();

    @RestForm
    public List<String> itemAmount = new ArrayList<>();

    @RestForm
    public List<String> carrierKind = new ArrayList<>();

    @RestForm
    public List<String> carrierDescription = new ArrayList<>();

    @RestForm
    public List<String> carrierQuantity = new ArrayList<>();

    /** 预审: the form is posted to itself and the registry's pre-check is shown beside it; nothing is saved. */
    @RestForm
    public String precheck;

    public static NewFilingForm blank() {
        NewFilingForm form = new NewFilingForm();
        form.contractType = "DEVELOPMENT_COMMISSIONED";
        form.counterpartySource = DIRECTORY;
        return form;
    }

    /** A filing as the registry holds it, to edit (PUT) while a draft or returned for correction. */
    static NewFilingForm of(FilingView contract) {
        NewFilingForm form = rowsOf(contract);
        form.contractType = contract.contractType();
        form.title = contract.title();
        form.signedOn = contract.signedOn() == null ? "" : contract.signedOn().toString();
        form.totalContractAmount = Amounts.input(contract.totalContractAmount());
        FilingView.Counterparty buyer = contract.buyer();
        if (buyer != null && buyer.foreign()) {
            form.counterpartySource = FOREIGN;
            form.foreignName = buyer.name();
            form.foreignCountry = buyer.country();
        } else if (buyer != null && contract.buyerExternal()) {
            form.counterpartySource = EXTERNAL;
            form.externalUscc = buyer.uscc();
            form.externalName = buyer.name();
            form.externalRegion = buyer.region();
        } else {
            form.counterpartySource = DIRECTORY;
            form.counterpartyUscc = buyer == null ? null : buyer.uscc();
        }
        form.intermediaryUscc = contract.intermediary() == null ? null : contract.intermediary().uscc();
        form.technicalField = contract.technicalField();
        FilingView.Facts facts = contract.filing();
        if (facts != null) {
            form.subject = facts.subject();
            form.description = facts.description();
            form.performanceFrom = facts.performanceFrom() == null ? null : facts.performanceFrom().toString();
            form.performanceTo = facts.performanceTo() == null ? null : facts.performanceTo().toString();
            form.inventorRewardShare = facts.inventorRewardShare() == null ? null
                    : facts.inventorRewardShare().toPlainString();
            facts.details().forEach(form::detailOf);
        }
        return form;
    }

    /** One of the registry's {@code details} into its input(s). */
    private void detailOf(String name, Object value) {
        if (value instanceof List<?> list && name.equals("contributions")) {
            for (Object side : list) {
                if (side instanceof Map<?, ?> m) {
                    contributionShare.add(java.util.Objects.toString(m.get("share"), ""));
                    contributionDescription.add(java.util.Objects.toString(m.get("description"), ""));
                }
            }
            return;
        }
        String text = value instanceof List<?> list
                ? String.join("\n", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
        switch (name) {
            case "patentNumber" -> patentNumber = text;
            case "applicationNumber" -> applicationNumber = text;
            case "layoutRegistrationNumber" -> layoutRegistrationNumber = text;
            case "varietyRightNumber" -> varietyRightNumber = text;
            case "softwareRegistrationNumber" -> softwareRegistrationNumber = text;
            case "certificateNumber" -> certificateNumber = text;
            case "rightDescription" -> rightDescription = text;
            case "licenceScope" -> licenceScope = text;
            case "licencePeriodTo" -> licencePeriodTo = text;
            case "deliverable" -> deliverable = text;
            case "trainees" -> trainees = text;
            case "trainingContent" -> trainingContent = text;
            case "principalParties" -> principalParties = text;
            default -> {
                // a fact this portal does not know yet is kept by the registry only if sent again: it is not
                // shown as an input, so an edit does not send it
            }
        }
    }

    /** The contract's items and carriers as rows to change (核定, 变更登记). */
    static NewFilingForm rowsOf(FilingView contract) {
        NewFilingForm form = new NewFilingForm();
        for (ContractView.Item item : contract.nonTechnicalItems()) {
            form.itemCategory.add(item.category() == null ? "" : item.category());
            form.itemDescription.add(item.description() == null ? "" : item.description());
            form.itemAmount.add(Amounts.input(item.amount()));
        }
        for (FilingView.Carrier carrier : contract.carriers()) {
            form.carrierKind.add(carrier.kind() == null ? "" : carrier.kind());
            form.carrierDescription.add(carrier.description() == null ? "" : carrier.description());
            form.carrierQuantity.add(carrier.quantity() == null ? "" : carrier.quantity().toString());
        }
        return form;
    }

    public String source() {
        return EXTERNAL.equals(counterpartySource) || FOREIGN.equals(counterpartySource) ? counterpartySource
                : DIRECTORY;
    }

    public boolean searching() {
        return findCounterparty != null && !findCounterparty.isBlank();
    }

    public boolean prechecking() {
        return precheck != null && !precheck.isBlank();
    }

    public boolean isImport() {
        return importContract != null && !importContract.isBlank();
    }

    /** The chosen organisation's USCC, or null. */
    public String chosen() {
        return !DIRECTORY.equals(source()) || blank(counterpartyUscc) ? null : counterpartyUscc.strip();
    }

    /** A subtype's fact as typed (the template's value of {@code details.<name>}). */
    public String detail(String name) {
        String value = switch (name) {
            case "patentNumber" -> patentNumber;
            case "applicationNumber" -> applicationNumber;
            case "layoutRegistrationNumber" -> layoutRegistrationNumber;
            case "varietyRightNumber" -> varietyRightNumber;
            case "softwareRegistrationNumber" -> softwareRegistrationNumber;
            case "certificateNumber" -> certificateNumber;
            case "licenceScope" -> licenceScope;
            case "licencePeriodTo" -> licencePeriodTo;
            case "rightDescription" -> rightDescription;
            case "deliverable" -> deliverable;
            case "trainees" -> trainees;
            case "trainingContent" -> trainingContent;
            case "principalParties" -> principalParties;
            default -> null;
        };
        return value == null ? "" : value;
    }

    /** One row of the items table as typed, under the registry's names for its fields. */
    @TemplateData
    public record ItemRow(int index, String category, String description, String amount) {

        public String descriptionField() {
            return "nonTechnicalItems[" + index + "].description";
        }

        public String amountField() {
            return "nonTechnicalItems[" + index + "].amount";
        }
    }

    @TemplateData
    public record CarrierRow(int index, String kind, String description, String quantity) {

        public String descriptionField() {
            return "carriers[" + index + "].description";
        }

        public String quantityField() {
            return "carriers[" + index + "].quantity";
        }
    }

    public List<ItemRow> itemRows() {
        List<ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < ITEM_ROWS; i++) {
            rows.add(new ItemRow(i, at(itemCategory, i), at(itemDescription, i), at(itemAmount, i)));
        }
        return rows;
    }

    public List<CarrierRow> carrierRows() {
        List<CarrierRow> rows = new ArrayList<>();
        for (int i = 0; i < CARRIER_ROWS; i++) {
            rows.add(new CarrierRow(i, at(carrierKind, i), at(carrierDescription, i), at(carrierQuantity, i)));
        }
        return rows;
    }

    /**
     * The inputs the form requires beyond its annotations and the portal's own format checks, as field → which
     * message: the counterparty by the chosen way, dates, item amounts, carrier quantities.
     */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        switch (source()) {
            case EXTERNAL -> {
                requireText(problems, "external.uscc", externalUscc);
                requireText(problems, "external.name", externalName);
                requireText(problems, "external.region", externalRegion);
            }
            case FOREIGN -> {
                requireText(problems, "foreign.name", foreignName);
                requireText(problems, "foreign.country", foreignCountry);
            }
            default -> {
                if (chosen() == null) {
                    problems.put("counterparty.uscc", "picker");
                }
            }
        }
        date(problems, "signedOn", signedOn);
        date(problems, "performanceFrom", performanceFrom);
        date(problems, "performanceTo", performanceTo);
        date(problems, "details.licencePeriodTo", licencePeriodTo);
        for (ItemRow row : itemRows()) {
            if (!row.amount().isBlank() && !row.amount().matches(Amounts.PATTERN)) {
                problems.put(row.amountField(), "amount");
            }
        }
        for (CarrierRow row : carrierRows()) {
            if (!row.quantity().isBlank() && !row.quantity().strip().matches("[1-9][0-9]{0,3}")) {
                problems.put(row.quantityField(), "number");
            }
        }
        return problems;
    }

    RegistrationRequests.Filing toRequest() {
        return new RegistrationRequests.Filing(contractType, strip(title), strip(subject), strip(description),
                day(signedOn), day(performanceFrom), day(performanceTo), money(totalContractAmount), items(),
                carriers(), counterparty(), strip(intermediaryUscc), isImport() ? Boolean.TRUE : null,
                blank(inventorRewardShare) ? null : new BigDecimal(inventorRewardShare.strip()), details(),
                blank(technicalField) ? null : technicalField.strip());
    }

    RegistrationRequests.Precheck toPrecheck(String sellerKind) {
        return new RegistrationRequests.Precheck(strip(subject), strip(description), null, strip(contractType),
                blank(totalContractAmount) || !totalContractAmount.matches(Amounts.PATTERN) ? null
                        : money(totalContractAmount),
                items(), day(signedOn), sellerKind,
                blank(inventorRewardShare) || !inventorRewardShare.matches(SHARE) ? null
                        : new BigDecimal(inventorRewardShare.strip()));
    }

    /** The counterparty by the chosen way: the directory's USCC alone, or the typed facts of an external one. */
    private RegistrationRequests.Counterparty counterparty() {
        return switch (source()) {
            case EXTERNAL -> new RegistrationRequests.Counterparty(strip(externalUscc), true, null,
                    strip(externalName), strip(externalRegion), null);
            case FOREIGN -> new RegistrationRequests.Counterparty(null, null, true, strip(foreignName), null,
                    foreignCountry == null ? null : foreignCountry.strip().toUpperCase(java.util.Locale.ROOT));
            default -> new RegistrationRequests.Counterparty(chosen(), null, null, null, null, null);
        };
    }

    /**
     * The chosen subtype's facts only, as the registry reads them: the number of trainees a number, the principal
     * parties a list (one per line), the cooperative contributions a list of each side's share and part.
     */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        RegistrationChoices.DETAIL_TYPES.forEach((name, types) -> {
            if (contractType == null || !types.contains(contractType)) {
                return;
            }
            if (name.equals("contributions")) {
                List<Map<String, Object>> sides = contributions();
                if (!sides.isEmpty()) {
                    details.put(name, sides);
                }
                return;
            }
            String value = detail(name).strip();
            if (value.isEmpty()) {
                return;
            }
            switch (name) {
                case "trainees" -> details.put(name, value.matches("[0-9]{1,6}") ? Integer.valueOf(value) : value);
                case "principalParties" -> details.put(name, value.lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList());
                default -> details.put(name, value);
            }
        });
        return details;
    }

    /** The two sides of a cooperative development (SELLER, BUYER) with what was typed for each. */
    private List<Map<String, Object>> contributions() {
        List<Map<String, Object>> sides = new ArrayList<>();
        String[] parties = {"SELLER", "BUYER"};
        for (int i = 0; i < parties.length; i++) {
            String share = at(contributionShare, i).strip();
            String part = at(contributionDescription, i).strip();
            if (share.isEmpty() && part.isEmpty()) {
                continue;
            }
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("party", parties[i]);
            side.put("share", share.matches(SHARE) && !share.isEmpty() ? money(share).toPlainString() : share);
            side.put("description", part);
            sides.add(side);
        }
        return sides;
    }

    /** The share typed for side {@code i} (0 seller, 1 buyer) of a cooperative development. */
    public String contributionShare(int i) {
        return at(contributionShare, i);
    }

    public String contributionDescription(int i) {
        return at(contributionDescription, i);
    }

    List<RegistryRequests.Item> items() {
        List<RegistryRequests.Item> items = new ArrayList<>();
        for (ItemRow row : itemRows()) {
            if (row.description().isBlank() && row.amount().isBlank()) {
                continue;
            }
            items.add(new RegistryRequests.Item(row.category().isBlank() ? null : row.category(),
                    row.description().strip(),
                    row.amount().matches(Amounts.PATTERN) ? money(row.amount()) : null));
        }
        return items;
    }

    List<RegistrationRequests.Carrier> carriers() {
        List<RegistrationRequests.Carrier> carriers = new ArrayList<>();
        for (CarrierRow row : carrierRows()) {
            if (row.description().isBlank() && row.quantity().isBlank()) {
                continue;
            }
            carriers.add(new RegistrationRequests.Carrier(row.kind().isBlank() ? "DOCUMENTS" : row.kind(),
                    row.description().strip(),
                    row.quantity().strip().matches("[1-9][0-9]{0,3}") ? Integer.parseInt(row.quantity().strip())
                            : 1));
        }
        return carriers;
    }

    private static void requireText(Map<String, String> problems, String field, String value) {
        if (blank(value)) {
            problems.put(field, "required");
        }
    }

    private static void date(Map<String, String> problems, String field, String value) {
        if (!blank(value) && day(value) == null) {
            problems.put(field, "date");
        }
    }

    static LocalDate day(String value) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** An amount as typed (checked against {@link Amounts#PATTERN}), with its two decimals: 500000 → 500000.00. */
    static BigDecimal money(String typed) {
        BigDecimal amount = Amounts.parse(typed);
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
