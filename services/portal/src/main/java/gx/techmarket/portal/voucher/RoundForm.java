package gx.techmarket.portal.voucher;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestForm;

/** The admin's round form: programme and year, name, face value, mode, fee share (in %), dates (China). */
@TemplateData
public class RoundForm extends KeptForm {

    static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";

    @RestForm
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "\\s*[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\s*")
    public String programme;

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*20[0-9]{2}\\s*")
    public String year;

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String name;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String faceValue;

    @RestForm
    @NotBlank
    @Pattern(regexp = "TONGDUI|TONGYONG")
    public String mode;

    /** The share of the fee in per cent, e.g. {@code 50} or {@code 33.5}. */
    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*[0-9]{1,2}(\\.[0-9]{1,4})?\\s*")
    public String feeSharePercent;

    @RestForm
    @NotBlank
    @Pattern(regexp = DATE)
    public String applyFrom;

    @RestForm
    @NotBlank
    @Pattern(regexp = DATE)
    public String applyTo;

    @RestForm
    @NotBlank
    @Pattern(regexp = DATE)
    public String expiresOn;

    VoucherRequests.NewRound toRequest() {
        BigDecimal share = new BigDecimal(feeSharePercent.strip()).movePointLeft(2);
        return new VoucherRequests.NewRound(programme.strip(), Integer.valueOf(year.strip()), name.strip(),
                Amounts.parse(faceValue), mode, share, LocalDate.parse(applyFrom), LocalDate.parse(applyTo),
                LocalDate.parse(expiresOn), "TECH_SME");
    }
}
