package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What went wrong with a submitted form: the portal's own checks per field, or a service's problem with its field
 * errors. The form is shown again with the user's input, each message next to its input, and a summary above the
 * form that names every field in the user's language and links to it.
 *
 * <p>Fields are named as the services name them ({@code title}, {@code buyer.uscc},
 * {@code nonTechnicalItems[1].amount}), which are also the inputs' names; each input's {@code id} is that name with
 * dots and brackets turned into dashes ({@link #anchor}), so a summary line can link to it and the input can point
 * at its message ({@code aria-describedby}).
 */
@TemplateData
public final class FormErrors {

    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("\\[(\\d+)]");
    private static final java.util.regex.Pattern ELEMENT_FIELD =
            java.util.regex.Pattern.compile("\\[\\d+](\\.[A-Za-z][A-Za-z0-9]*)+");

    private final Map<String, String> fields = new LinkedHashMap<>();
    private ServiceProblem.Problem problem;

    /** One line of the summary: the field as sent, its name without row numbers, its row (1-based, 0 if none). */
    @TemplateData
    public record Entry(String field, String key, int row, String message, String anchor) {}

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The violations of a form's constraints, worded from the portal's bundle (so they follow the language the user
     * chose, not the browser's), under the names the form's inputs have ({@code @RestForm("buyer.uscc")}).
     */
    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations, Msg msg) {
        FormErrors errors = new FormErrors();
        List<ConstraintViolation<T>> ordered = new ArrayList<>(violations);
        // the summary lists the fields in the form's order, not in the validator's
        ordered.sort(java.util.Comparator.comparingInt(v -> declared(v.getRootBeanClass(), v.getPropertyPath())));
        for (ConstraintViolation<T> v : ordered) {
            errors.add(inputName(v.getRootBeanClass(), v.getPropertyPath()),
                    text(v.getConstraintDescriptor().getAnnotation(), msg));
        }
        return errors;
    }

    private static String text(Annotation constraint, Msg msg) {
        if (constraint instanceof NotBlank || constraint instanceof NotEmpty || constraint instanceof NotNull) {
            return msg.required();
        }
        if (constraint instanceof Size size) {
            return msg.too_long(size.max());
        }
        if (constraint instanceof Pattern pattern && pattern.regexp().equals(Amounts.PATTERN)) {
            return msg.invalid_amount();
        }
        return msg.invalid_format();
    }

    /** The input's name: the field's {@code @RestForm} value when it has one, else the Java field's name. */
    static String inputName(Class<?> form, Path path) {
        String property = path.toString();
        Field field = field(form, property);
        RestForm restForm = field == null ? null : field.getAnnotation(RestForm.class);
        return restForm != null && !restForm.value().isEmpty() ? restForm.value() : property;
    }

    private static int declared(Class<?> form, Path path) {
        List<String> order = new ArrayList<>();
        for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
            List<String> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                own.add(f.getName());
            }
            // a superclass's fields (the title every listing has) come first, as on the page
            order.addAll(0, own);
        }
        int at = order.indexOf(path.toString());
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static Field field(Class<?> form, String name) {
        for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return null;
    }

    public static FormErrors of(ServiceProblem.Problem problem) {
        FormErrors errors = new FormErrors();
        errors.problem = problem;
        errors.fields.putAll(problem.byField());
        return errors;
    }

    /** Adds a check of the portal's own to one input. */
    public FormErrors add(String field, String message) {
        fields.merge(field, message, (a, b) -> a + "；" + b);
        return this;
    }

    /**
     * The same errors with {@code from}'s message on the input {@code to} instead: a service names a field by what
     * it takes ({@code buyer.uscc}) where the page has two inputs for it (a buyer chosen, or one typed in).
     */
    public FormErrors moved(String from, String to) {
        FormErrors moved = new FormErrors();
        moved.problem = problem;
        fields.forEach((field, message) -> moved.fields.merge(field.equals(from) ? to : field, message,
                (a, b) -> a + "；" + b));
        return moved;
    }

    public boolean any() {
        return problem != null || !fields.isEmpty();
    }

    /** Whether an input has a message: its own, or one for an element of it ({@code patentNumbers[1]}). */
    public boolean has(String field) {
        return !of(field).isEmpty();
    }

    /** The message for one input (with those for its elements), or an empty string. */
    public String of(String field) {
        List<String> messages = new ArrayList<>();
        fields.forEach((name, message) -> {
            if (name.equals(field) || (name.startsWith(field + "[") && name.endsWith("]")
                    && INDEXED.matcher(name.substring(field.length())).matches())) {
                messages.add(message);
            }
        });
        return String.join("；", messages);
    }

    /**
     * The messages for the fields of a list's elements typed into one input ({@code patents[0].number} for the input
     * {@code patents}), or an empty string; {@link #of} keeps to the input itself and its whole elements.
     */
    public String within(String field) {
        List<String> messages = new ArrayList<>();
        fields.forEach((name, message) -> {
            if (name.startsWith(field + "[") && ELEMENT_FIELD.matcher(name.substring(field.length())).matches()) {
                messages.add(message);
            }
        });
        return String.join("；", messages);
    }

    public ServiceProblem.Problem problem() {
        return problem;
    }

    /** Every field error, in the order found. */
    public List<Map.Entry<String, String>> all() {
        return List.copyOf(fields.entrySet());
    }

    /** The summary's lines: each field named (by {@link FormMsg#label}) and linked to its input. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        fields.forEach((field, message) -> {
            Matcher index = INDEXED.matcher(field);
            int row = index.find() ? Integer.parseInt(index.group(1)) + 1 : 0;
            String key = INDEXED.matcher(field).replaceAll("");
            entries.add(new Entry(field, key, row, message, anchor(field)));
        });
        return entries;
    }

    /** The {@code id} of the input a field's message belongs to: {@code buyer.uscc} → {@code buyer-uscc}. */
    public static String anchor(String field) {
        // an element of a list typed into one input (patentNumbers[1]) is that input
        String input = field.replaceAll("\\[\\d+]$", "");
        return input.replaceAll("[.\\[\\]]+", "-").replaceAll("-$", "");
    }

    /** For the templates: {@link #anchor}. */
    public String idOf(String field) {
        return anchor(field);
    }
}
