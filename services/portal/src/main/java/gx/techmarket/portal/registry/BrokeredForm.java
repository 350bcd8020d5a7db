package gx.techmarket.portal.registry;

import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A broker's draft of a 技术转让 / 技术许可 contract for a published result; the input names follow the
 * registry's JSON ({@code buyer.uscc} …) so its field errors land next to them.
 *
 * <p>The buyer is chosen from the directory (机构选择器: {@code buyerQuery} searched, one verified organisation chosen
 * into {@code buyer.uscc}), or — only for a buyer outside Guangxi that the directory does not hold — declared with its
 * USCC, name and region ({@code buyerSource=external}). Which of the two is required depends on the choice, so those
 * requirements are checked by {@link #missing} rather than by annotations.
 */
@TemplateData
public class BrokeredForm extends KeptForm {

    public static final String DIRECTORY = "directory";
    public static final String EXTERNAL = "external";

    /** The input an external buyer's USCC is typed into (the chosen one is {@code buyer.uscc}). */
    public static final String EXTERNAL_USCC = "external.uscc";

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9a-fA-F-]{36}")
    public String resultId;

    @RestForm
    @NotBlank
    public String contractType;

    /** {@link #DIRECTORY} (the default) or {@link #EXTERNAL}. */
    @RestForm
    public String buyerSource;

    /** What the broker searched the directory for (the picker's search field). */
    @RestForm
    @Size(max = 100)
    public String buyerQuery;

    /** The picker's search button, without JavaScript: show the organisations found, send nothing. */
    @RestForm("find-buyer")
    public String findBuyer;

    /** The buyer chosen from the directory. */
    @RestForm("buyer.uscc")
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String buyerUscc;

    @RestForm(EXTERNAL_USCC)
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String externalUscc;

    @RestForm("buyer.name")
    @Size(max = 200)
    public String buyerName;

    @RestForm("buyer.region")
    @Pattern(regexp = "\\s*([1-8][0-9]{5})?\\s*")
    public String buyerRegion;

    @RestForm
    @Size(max = 200)
    public String title;

    /** A UUID as text: what {@link #demandId} holds when it holds anything. */
    static final String UUID_TEXT = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** The buyer's published demand (技术需求) the contract answers, when the draft was started from one. */
    @RestForm
    @Pattern(regexp = "\\s*(" + UUID_TEXT + ")?\\s*")
    public String demandId;

    static BrokeredForm forResult(String resultId, String demandId) {
        BrokeredForm form = new BrokeredForm();
        form.resultId = resultId;
        form.demandId = demandId;
        form.contractType = "TRANSFER_PATENT";
        form.buyerSource = DIRECTORY;
        return form;
    }

    public boolean external() {
        return EXTERNAL.equals(buyerSource);
    }

    /** The post is the picker's search (no JavaScript), not the draft. */
    public boolean searching() {
        return findBuyer != null && !findBuyer.isBlank();
    }

    /** The search as typed, trimmed, or null when there is nothing to search for. */
    String query() {
        if (buyerQuery == null || buyerQuery.isBlank()) {
            return null;
        }
        String q = buyerQuery.strip();
        return q.length() > 100 ? q.substring(0, 100) : q;
    }

    /** The chosen buyer's USCC, or null. */
    public String chosen() {
        return external() || buyerUscc == null || buyerUscc.isBlank() ? null : buyerUscc.strip();
    }

    /**
     * The inputs the chosen way of naming the buyer requires and the broker left empty: the chosen organisation, or
     * the external buyer's USCC, name and region.
     */
    java.util.List<String> missing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (external()) {
            if (blank(externalUscc)) {
                missing.add(EXTERNAL_USCC);
            }
            if (blank(buyerName)) {
                missing.add("buyer.name");
            }
            if (blank(buyerRegion)) {
                missing.add("buyer.region");
            }
        } else if (chosen() == null) {
            missing.add("buyer.uscc");
        }
        return missing;
    }

    /**
     * The draft as the registry takes it. A buyer from the directory is named by its USCC alone: the registry takes
     * its name, kind, region and parent from the directory. Only a buyer outside Guangxi that the directory does not
     * hold is declared {@code external} with its name and region, as typed.
     */
    RegistryRequests.Brokered toRequest() {
        RegistryRequests.Buyer buyer = external()
                ? new RegistryRequests.Buyer(externalUscc.strip(), true, buyerName.strip(), buyerRegion.strip())
                : new RegistryRequests.Buyer(chosen(), null, null, null);
        return new RegistryRequests.Brokered(UUID.fromString(resultId.strip()), contractType, buyer,
                title == null || title.isBlank() ? null : title.strip(), answered());
    }

    /** The demand the draft answers, or null (also for text that is no UUID: the form's check refuses it). */
    public UUID answered() {
        return blank(demandId) || !demandId.strip().matches(UUID_TEXT) ? null : UUID.fromString(demandId.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
