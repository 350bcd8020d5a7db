package gx.techmarket.portal.subsidy.programmes;

import gx.techmarket.portal.web.Amounts;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** A new programme as typed: what it is (code, year, rule, names, sub-market), its first budget and its terms. */
@TemplateData
public class ProgrammeForm extends TermsForm {

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\s*")
    @Size(max = 64)
    public String code;

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*20[0-9]{2}\\s*")
    public String budgetYear;

    @RestForm
    @NotBlank
    public String rule = "BUYER_POST_SUBSIDY";

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String name;

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String nameEn;

    @RestForm
    @NotBlank
    public String subMarket;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String budget;

    static ProgrammeForm forYear(int year, String subMarket) {
        ProgrammeForm form = new ProgrammeForm();
        form.budgetYear = String.valueOf(year);
        form.subMarket = subMarket;
        return form;
    }

    int year() {
        return Integer.parseInt(budgetYear.strip());
    }

    ProgrammeRequests.Open toRequest() {
        return new ProgrammeRequests.Open(code.strip(), year(), rule, name.strip(), nameEn.strip(), subMarket,
                Amounts.parse(budget), toTerms());
    }
}
