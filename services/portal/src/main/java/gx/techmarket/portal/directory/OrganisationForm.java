package gx.techmarket.portal.directory;

import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** An admin's edit of an organisation's facts: the whole set, as the directory's PUT takes it. */
@TemplateData
public class OrganisationForm extends KeptForm {

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String name;

    @RestForm
    @Size(max = 200)
    public String nameEn;

    @RestForm
    @NotBlank
    public String kind;

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*[1-8][0-9]{5}\\s*")
    public String region;

    @RestForm
    @Pattern(regexp = "\\s*([0-9A-HJ-NPQRTUWXY]{18})?\\s*")
    public String parentUscc;

    static OrganisationForm of(OrganisationView o) {
        OrganisationForm form = new OrganisationForm();
        form.name = o.name();
        form.nameEn = o.nameEn();
        form.kind = o.kind();
        form.region = o.region();
        form.parentUscc = o.parentUscc();
        return form;
    }

    DirectoryRequests.Edit toRequest() {
        return new DirectoryRequests.Edit(name.strip(), blankToNull(nameEn), kind, region.strip(),
                blankToNull(parentUscc));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
