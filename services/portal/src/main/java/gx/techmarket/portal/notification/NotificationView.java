package gx.techmarket.portal.notification;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Formats;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A notice to the user's organisation (and role) as the notification service answers it: the portal writes its text
 * from {@code kind} and {@code args} in the user's language ({@code notification_*.properties}); {@code link} is the
 * portal path of the subject.
 */
@TemplateData
public record NotificationView(UUID id, String kind, String subjectType, String subjectId, String link,
        Map<String, String> args, Instant createdAt, Instant deadline, boolean read, List<String> actions)
        implements Actionable {

    public NotificationView {
        args = args == null ? Map.of() : args;
    }

    /** One argument of the message, empty when the service sent none. */
    public String arg(String name) {
        String value = args.get(name);
        return value == null ? "" : value;
    }

    /** The link if it is a path of the portal, so a notice can never send the user to another site. */
    public String safeLink() {
        return link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
    }

    /** The {@code amount} argument in 元 with thousands separators; as sent when it is not a plain decimal. */
    public String amount() {
        String plain = arg("amount");
        try {
            return plain.isEmpty() ? "" : Formats.yuan(new BigDecimal(plain));
        } catch (NumberFormatException notADecimal) {
            return plain;
        }
    }

    /** The deadline in China time ({@code deadline}, else the {@code deadline} argument), empty when none. */
    public String due() {
        if (deadline != null) {
            return Formats.china(deadline);
        }
        try {
            return arg("deadline").isEmpty() ? "" : Formats.china(Instant.parse(arg("deadline")));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return "";
        }
    }
}
