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
 */
@TemplateData
public class BrokeredForm extends KeptForm {

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9a-fA-F-]{36}")
    public String resultId;

    @RestForm
    @NotBlank
    public String contractType;

    @RestForm("buyer.uscc")
    @NotBlank
    @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}")
    public String buyerUscc;

    /**
     * An out-of-province buyer the directory (机构库) does not know: only then are its name and region sent, and the
     * registry records it as an unverified external party. Any other buyer is named by its USCC alone.
     */
    @RestForm("buyer.external")
    public String buyerExternal;

    @RestForm("buyer.name")
    @Size(max = 200)
    public String buyerName;

    @RestForm("buyer.region")
    @Pattern(regexp = "[1-8][0-9]{5}")
    public String buyerRegion;

    @RestForm
    @Size(max = 200)
    public String title;

    static BrokeredForm forResult(String resultId) {
        BrokeredForm form = new BrokeredForm();
        form.resultId = resultId;
        form.contractType = "TRANSFER_PATENT";
        return form;
    }

    public boolean external() {
        return "true".equals(buyerExternal) || "on".equals(buyerExternal);
    }

    RegistryRequests.Brokered toRequest() {
        RegistryRequests.Buyer buyer = external()
                ? new RegistryRequests.Buyer(buyerUscc.strip(), true, blankToNull(buyerName), blankToNull(buyerRegion))
                : new RegistryRequests.Buyer(buyerUscc.strip(), null, null, null);
        return new RegistryRequests.Brokered(UUID.fromString(resultId.strip()), contractType, buyer,
                blankToNull(title));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
