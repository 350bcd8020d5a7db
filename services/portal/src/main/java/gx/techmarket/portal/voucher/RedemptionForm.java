package gx.techmarket.portal.voucher;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** The provider's redemption: the contract's registration number and the payment evidence of the fee. */
@TemplateData
public class RedemptionForm extends KeptForm {

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*([0-9]{14}|[0-9]{16})\\s*")
    public String registrationNumber;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String fee;

    @RestForm
    @NotBlank
    @Pattern(regexp = RoundForm.DATE)
    public String paidOn;

    @RestForm
    @NotBlank
    @Size(max = 100)
    public String paymentReference;

    VoucherRequests.Redemption toRequest() {
        return new VoucherRequests.Redemption(registrationNumber.strip(), Amounts.parse(fee),
                LocalDate.parse(paidOn), paymentReference.strip());
    }
}
