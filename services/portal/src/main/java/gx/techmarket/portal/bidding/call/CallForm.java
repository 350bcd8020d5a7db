package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A new call (榜单批次): title, sub-market, the kinds it gathers, when it opens and closes (China time), and its terms:
 * the minimum number of qualified bids, the province's support share in percent of the total R&D investment (at most
 * 50, up to four decimals: the service keeps a fraction with six) and the complaint period in days. Empty terms take
 * the service's defaults (1, 20 %, 5 days).
 */
@TemplateData
public class CallForm extends KeptForm {

    public static final List<String> KINDS = List.of("TECHNOLOGY_BREAKTHROUGH", "RESULT_TRANSFORMATION");

    @RestForm
    @NotBlank
    @Size(max = 200)
    public String title;

    @RestForm
    @NotBlank
    @Pattern(regexp = "45[0-9]{4}")
    public String regionCode;

    @RestForm
    public List<String> kinds = new ArrayList<>();

    @RestForm
    @NotBlank
    public String opensAt;

    @RestForm
    @NotBlank
    public String closesAt;

    @RestForm
    @Pattern(regexp = "\\s*([0-9]{1,2})?\\s*")
    public String minimumQualifiedBids;

    @RestForm
    @Pattern(regexp = "\\s*([0-9]{1,2}(\\.[0-9]{1,4})?)?\\s*")
    public String supportPercent;

    @RestForm
    @Pattern(regexp = "\\s*([0-9]{1,2})?\\s*")
    public String complaintPeriodDays;

    public List<String> kindChoices() {
        return KINDS;
    }

    public boolean hasKind(String kind) {
        return kinds != null && kinds.contains(kind);
    }

    /** The kinds sent that the service knows, in its order. */
    List<String> knownKinds() {
        return KINDS.stream().filter(this::hasKind).toList();
    }

    static Instant instant(String typed) {
        try {
            return typed == null || typed.isBlank() ? null
                    : LocalDateTime.parse(typed.strip()).atZone(ContentForm.CHINA).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    BigDecimal supportFraction() {
        return ContentForm.missing(supportPercent) ? null : new BigDecimal(supportPercent.strip()).movePointLeft(2);
    }

    private static Integer number(String typed) {
        return ContentForm.missing(typed) ? null : Integer.valueOf(typed.strip());
    }

    OpsRequests.NewCall toRequest() {
        return new OpsRequests.NewCall(title.strip(), regionCode.strip(), knownKinds(), instant(opensAt),
                instant(closesAt), number(minimumQualifiedBids), supportFraction(), number(complaintPeriodDays));
    }
}
