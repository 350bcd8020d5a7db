package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** Why an application is rejected: the applicant reads it and may apply again. */
@TemplateData
public class RejectionForm {

    @RestForm
    @NotBlank
    @Size(max = 500)
    public String reason;
}
