package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A colleague to add: the e-mail of the market account it signed up with. */
@TemplateData
public class InvitationForm {

    @RestForm
    @NotBlank
    @Email
    @Size(max = 200)
    public String email;
}
