package gx.techmarket.portal.matching;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a conversation page sends: a message ({@code text}), a contact ({@code name}, {@code phone}, {@code email}) or
 * a broker to invite ({@code brokerUscc}); each form fills its own fields and the service checks the rest.
 */
@TemplateData
public class EntryForm {

    @RestForm
    @Size(max = InterestForm.MESSAGE_MAX)
    public String text;

    @RestForm
    @Size(max = 100)
    public String name;

    @RestForm
    @Size(max = 30)
    public String phone;

    @RestForm
    @Size(max = 254)
    public String email;

    @RestForm
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String brokerUscc;

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
