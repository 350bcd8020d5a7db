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

    @RestForm("buyer.name")
    @NotBlank
    @Size(max = 200)
    public String buyerName;

    @RestForm("buyer.region")
    @NotBlank
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

    RegistryRequests.Brokered toRequest() {
        return new RegistryRequests.Brokered(UUID.fromString(resultId.strip()), contractType,
                new RegistryRequests.Buyer(buyerUscc.strip(), buyerName.strip(), buyerRegion.strip()),
                title == null || title.isBlank() ? null : title.strip());
    }
}
