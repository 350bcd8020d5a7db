package gx.techmarket.portal.bidding;

import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** The operator's challenge form: which published demand, an optional title, the bidding deadline (China time). */
@TemplateData
public class ChallengeForm extends KeptForm {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @RestForm
    @NotBlank
    @Pattern(regexp = "[0-9a-fA-F-]{36}")
    public String demandId;

    @RestForm
    @Size(max = 200)
    public String title;

    /** {@code yyyy-MM-ddTHH:mm} as a datetime-local input sends it, in China time. */
    @RestForm
    @NotBlank
    public String deadline;

    static ChallengeForm forDemand(String demandId) {
        ChallengeForm form = new ChallengeForm();
        form.demandId = demandId;
        return form;
    }

    public boolean selects(UUID id) {
        return id != null && id.toString().equalsIgnoreCase(demandId == null ? "" : demandId.strip());
    }

    /** The deadline as an instant, or null when the text is not a date and time. */
    java.time.Instant deadlineInstant() {
        try {
            return deadline == null ? null : LocalDateTime.parse(deadline.strip()).atZone(CHINA).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    BiddingRequests.NewChallenge toRequest() {
        return new BiddingRequests.NewChallenge(UUID.fromString(demandId),
                title == null || title.isBlank() ? null : title.strip(), deadlineInstant());
    }
}
