package gx.techmarket.portal.demand;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.listing.ListingForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The demand form as typed, kept as text so a refused form comes back as the user left it. */
@TemplateData
public class DemandForm extends ListingForm<DemandRequest> {

    @RestForm
    @NotBlank
    @Size(max = 5000)
    public String problem;

    @RestForm
    @NotBlank
    public String industry;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String budgetMin;

    @RestForm
    @NotBlank
    @Pattern(regexp = Amounts.PATTERN)
    public String budgetMax;

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}")
    public String deadline;

    @RestForm
    @NotEmpty
    public List<String> cooperationModes = new ArrayList<>();

    /** The title in English (optional, for the market's English readers). */
    @RestForm
    @Size(max = 200)
    public String titleEn;

    /** The problem in English (optional). */
    @RestForm
    @Size(max = 2000)
    public String problemEn;

    public boolean accepts(String mode) {
        return cooperationModes != null && cooperationModes.contains(mode);
    }

    static DemandForm of(DemandView d) {
        DemandForm form = new DemandForm();
        form.title = d.title();
        form.problem = d.problem();
        form.titleEn = d.titleEn();
        form.problemEn = d.problemEn();
        form.industry = d.industry();
        form.budgetMin = Amounts.input(d.budgetMin());
        form.budgetMax = Amounts.input(d.budgetMax());
        form.deadline = d.deadline() == null ? "" : d.deadline().toString();
        form.regionCode = d.regionCode();
        form.cooperationModes = new ArrayList<>(d.cooperationModes());
        return form;
    }

    /** The deadline, or null when the typed text is not a date. */
    LocalDate deadlineDate() {
        try {
            return deadline == null ? null : LocalDate.parse(deadline.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    @Override
    public DemandRequest toRequest() {
        return new DemandRequest(title.strip(), problem.strip(), industry, Amounts.parse(budgetMin),
                Amounts.parse(budgetMax), deadlineDate(), regionCode, List.copyOf(cooperationModes),
                titleEn == null || titleEn.isBlank() ? null : titleEn.strip(),
                problemEn == null || problemEn.isBlank() ? null : problemEn.strip());
    }
}
