package gx.techmarket.portal.bidding.call;

import gx.techmarket.portal.bidding.ChallengeView;
import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.web.KeptForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What a challenge states, as a form: title, 技术难题, 攻关目标, budget range (元), duration (months) and the deadline for
 * bids ({@code yyyy-MM-ddTHH:mm} as a datetime-local input sends it, China time). The proposal and the operator's
 * edit share it; which fields are required beyond these checks is the page's ({@link #missing}).
 */
@TemplateData
public class ContentForm extends KeptForm {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @RestForm
    @Size(max = 200)
    public String title;

    @RestForm
    @NotBlank
    @Size(max = 5000)
    public String problem;

    @RestForm
    @Size(max = 5000)
    public String goals;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String budgetMin;

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String budgetMax;

    @RestForm
    @Pattern(regexp = "\\s*([0-9]{1,3})?\\s*")
    public String durationMonths;

    @RestForm
    @NotBlank
    public String deadline;

    /** The form filled with a challenge's current content. */
    void fill(ChallengeView c) {
        title = c.title();
        problem = c.problem();
        goals = c.goals();
        budgetMin = c.budgetMin() == null ? null : Amounts.input(c.budgetMin());
        budgetMax = c.budgetMax() == null ? null : Amounts.input(c.budgetMax());
        durationMonths = c.durationMonths() == null ? null : String.valueOf(c.durationMonths());
        deadline = c.deadline() == null ? null : INPUT.format(c.deadline().atZone(CHINA));
    }

    /** The deadline as an instant, or null when the text is not a date and time. */
    Instant deadlineInstant() {
        try {
            return deadline == null || deadline.isBlank() ? null
                    : LocalDateTime.parse(deadline.strip()).atZone(CHINA).toInstant();
        } catch (DateTimeParseException notADateTime) {
            return null;
        }
    }

    BigDecimal min() {
        return Amounts.parse(budgetMin);
    }

    BigDecimal max() {
        return Amounts.parse(budgetMax);
    }

    Integer months() {
        return durationMonths == null || durationMonths.isBlank() ? null : Integer.valueOf(durationMonths.strip());
    }

    /** Whether a field the page requires is empty. */
    static boolean missing(String value) {
        return value == null || value.isBlank();
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
