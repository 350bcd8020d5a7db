package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What went wrong with a submitted form: the portal's own checks per field, or a service's problem with its field
 * errors. The form is shown again with the user's input and these messages next to it.
 */
@TemplateData
public final class FormErrors {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private ServiceProblem.Problem problem;

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The violations of a form's constraints, worded from the portal's bundle (so they follow the language the user
     * chose, not the browser's).
     */
    public static <T> FormErrors of(Set<ConstraintViolation<T>> violations, Msg msg) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<T> v : violations) {
            errors.add(v.getPropertyPath().toString(), text(v.getConstraintDescriptor().getAnnotation(), msg));
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

    public boolean any() {
        return problem != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The message for one input, or an empty string. */
    public String of(String field) {
        return fields.getOrDefault(field, "");
    }

    public ServiceProblem.Problem problem() {
        return problem;
    }

    /** Field errors the form has no input for (shown under the problem). */
    public List<Map.Entry<String, String>> all() {
        return List.copyOf(fields.entrySet());
    }
}
