package gx.techmarket.portal.edition;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** An operator's order for an edition: which catalogue, the month (YYYY-MM) and the scope (Guangxi or a city). */
@TemplateData
public class EditionForm {

    @RestForm
    @NotBlank
    @Pattern(regexp = "results|demands")
    public String kind = "results";

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\d{4}-\\d{2}")
    public String period;

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\d{6}")
    public String scope = "450000";
}
