package gx.techmarket.portal.directory;

import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestForm;

/** An admin's grant of a qualification: its kind, number and validity (days, both included; no end = open-ended). */
@TemplateData
public class QualificationForm {

    @RestForm
    @NotBlank
    public String kind;

    @RestForm
    @NotBlank
    @Pattern(regexp = "\\s*([0-9A-Z][0-9A-Z-]{0,49})?\\s*")
    public String number;

    @RestForm
    @NotBlank
    public String validFrom;

    @RestForm
    public String validTo;

    static QualificationForm empty() {
        return new QualificationForm();
    }

    /** A typed day ({@code yyyy-MM-dd}, as a date input sends it), or null if it is none. */
    static LocalDate day(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    DirectoryRequests.Grant toRequest() {
        return new DirectoryRequests.Grant(kind, number.strip(), day(validFrom), day(validTo));
    }
}
