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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The seller's filing: 成交总额, the signing date, an optional title and up to {@value #ROWS} itemised non-technical
 * items (category, description, amount); rows left empty are not sent.
 */
@TemplateData
public class FilingForm extends KeptForm {

    static final int ROWS = 5;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String totalContractAmount;

    @RestForm
    @NotBlank
    public String signedOn;

    @RestForm
    @Size(max = 200)
    public String title;

    /** 技术领域: one of the market's industry codes, or blank (not stated). */
    @RestForm
    @Pattern(regexp = "\\s*([A-Z][A-Z0-9]*(_[A-Z0-9]+)*)?\\s*")
    public String technicalField;

    @RestForm
    public List<String> itemCategory = new ArrayList<>();

    @RestForm
    public List<String> itemDescription = new ArrayList<>();

    @RestForm
    public List<String> itemAmount = new ArrayList<>();

    /** One row of the items table, as typed, under the names the registry gives its fields in a problem. */
    @TemplateData
    public record Row(int index, String category, String description, String amount) {

        public String descriptionField() {
            return "nonTechnicalItems[" + index + "].description";
        }

        public String amountField() {
            return FilingForm.amountField(index);
        }
    }

    static String amountField(int row) {
        return "nonTechnicalItems[" + row + "].amount";
    }

    /** The items' amounts added up, for the confirmation; null when there is none, or one is not an amount. */
    BigDecimal itemsTotal() {
        BigDecimal total = null;
        for (Row row : rows()) {
            if (row.amount().isBlank()) {
                continue;
            }
            if (!row.amount().matches(Amounts.PATTERN)) {
                return null;
            }
            total = (total == null ? BigDecimal.ZERO : total).add(Amounts.parse(row.amount()));
        }
        return total;
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(i, at(itemCategory, i), at(itemDescription, i), at(itemAmount, i)));
        }
        return rows;
    }

    static FilingForm of(FilingView contract) {
        FilingForm form = new FilingForm();
        form.totalContractAmount = Amounts.input(contract.totalContractAmount() != null
                ? contract.totalContractAmount() : contract.proposedAmount());
        form.signedOn = contract.signedOn() == null ? "" : contract.signedOn().toString();
        form.title = contract.title();
        form.technicalField = contract.technicalField();
        for (ContractView.Item item : contract.nonTechnicalItems()) {
            form.itemCategory.add(item.category());
            form.itemDescription.add(item.description());
            form.itemAmount.add(Amounts.input(item.amount()));
        }
        return form;
    }

    LocalDate signedOnDate() {
        try {
            return signedOn == null ? null : LocalDate.parse(signedOn.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** The indexes of rows whose amount is not an amount (the portal's own check before filing). */
    List<Integer> badAmounts() {
        List<Integer> bad = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.amount().isBlank() && !row.amount().matches(Amounts.PATTERN)) {
                bad.add(row.index());
            }
        }
        return bad;
    }

    RegistryRequests.Filing toRequest() {
        List<RegistryRequests.Item> items = new ArrayList<>();
        for (Row row : rows()) {
            if (row.description().isBlank() && row.amount().isBlank()) {
                continue;
            }
            items.add(new RegistryRequests.Item(row.category().isBlank() ? null : row.category(),
                    row.description().strip(), Amounts.parse(row.amount())));
        }
        return new RegistryRequests.Filing(Amounts.parse(totalContractAmount), items, signedOnDate(),
                title == null || title.isBlank() ? null : title.strip(),
                technicalField == null || technicalField.isBlank() ? null : technicalField.strip());
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
