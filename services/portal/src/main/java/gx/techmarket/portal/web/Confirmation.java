package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an irreversible step will do, shown before it is done: the action ({@link FormMsg#confirm_title}), the
 * object it is done to, the amounts concerned (in figures and in 大写) or the texts typed, and the form to post
 * again with {@code confirmed=yes}. Without JavaScript the portal answers an unconfirmed post with this as a page
 * ({@code confirm/page.html}); with it, the detail page's {@code <dialog>} asks the same before posting.
 */
@TemplateData
public record Confirmation(String action, String subject, String path, String back, List<Fact> facts,
        List<Field> fields) {

    /** The form field an irreversible step must carry: the user has confirmed it. */
    public static final String CONFIRMED = "confirmed";

    /** An amount (shown in figures and in words) or a text, with its label. */
    @TemplateData
    public record Fact(String label, BigDecimal amount, String text) {}

    /** A field of the form, posted again as it was typed. */
    @TemplateData
    public record Field(String name, String value) {}

    public static Confirmation of(String action, String subject, String path, String back) {
        return new Confirmation(action, subject, path, back, new ArrayList<>(), new ArrayList<>());
    }

    /** Whether a post carries the confirmation ({@code confirmed=yes}, from the dialog or the confirmation page). */
    public static boolean given(String confirmed) {
        return "yes".equals(confirmed);
    }

    /** An amount; none is shown when it is absent (a negotiable price). */
    public Confirmation amount(String label, BigDecimal amount) {
        if (amount != null) {
            facts.add(new Fact(label, amount, null));
        }
        return this;
    }

    /** A text the user typed (a reason); none is shown when it is blank. */
    public Confirmation text(String label, String text) {
        if (text != null && !text.isBlank()) {
            facts.add(new Fact(label, null, text));
        }
        return this;
    }

    /** A field to post again; a null value is not posted. */
    public Confirmation field(String name, String value) {
        if (value != null) {
            fields.add(new Field(name, value));
        }
        return this;
    }

    /** Every value of a repeated field (a table's column). */
    public Confirmation fields(String name, List<String> values) {
        if (values != null) {
            values.forEach(v -> field(name, v == null ? "" : v));
        }
        return this;
    }
}
