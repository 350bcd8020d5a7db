package gx.techmarket.portal.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service refused a request: its problem+json document (RFC 9457 as the platform's {@code problems} module writes
 * it), shown to the user near the form or action that caused it.
 */
public class ServiceProblem extends RuntimeException {

    private final Problem problem;

    public ServiceProblem(Problem problem) {
        super(problem.code() + " " + problem.status(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String title, int status, String detail, String code, List<FieldError> errors) {

        public Problem {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        /** What to show: the detail, else the title, else the status. */
        public String message() {
            if (detail != null && !detail.isBlank()) {
                return detail;
            }
            return title != null && !title.isBlank() ? title : "HTTP " + status;
        }

        /** The field errors by field name (the form's inputs carry the services' field names). */
        public Map<String, String> byField() {
            return errors.stream().filter(e -> e.field() != null)
                    .collect(Collectors.toMap(FieldError::field, FieldError::text, (a, b) -> a + "；" + b));
        }

        public static Problem local(int status, String code, String detail, List<FieldError> errors) {
            return new Problem(null, status, detail, code, errors);
        }

    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String code, String message) {

        public String text() {
            return message != null ? message : code;
        }
    }
}
