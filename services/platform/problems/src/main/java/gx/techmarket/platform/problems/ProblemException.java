package gx.techmarket.platform.problems;

import java.util.Objects;

/**
 * A failure the client can act on. Domain code throws it (or one of the factories) with a stable code;
 * the message text lives in the {@code problem-messages} bundles, keyed by that code, in zh-CN and en.
 *
 * <p>Arguments are substituted into the message with {@link java.text.MessageFormat} syntax ({@code {0}}).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final String field;
    private final String fieldCode;

    public ProblemException(int status, String code, Object... args) {
        this(status, code, null, null, args);
    }

    private ProblemException(int status, String code, String field, String fieldCode, Object[] args) {
        super(code, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has an error status, not " + status);
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.args = args == null ? new Object[0] : args.clone();
        this.field = field;
        this.fieldCode = fieldCode;
    }

    /** The same problem, naming the one input field at fault and why ({@code field.<fieldCode>} in the bundles). */
    public ProblemException withField(String field, String fieldCode) {
        return new ProblemException(status, code, Objects.requireNonNull(field), Objects.requireNonNull(fieldCode),
                args);
    }

    /** The input field at fault, if the problem names one. */
    public String field() {
        return field;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    /** 404: the object does not exist, or the caller may not know it exists. */
    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(404, code, args);
    }

    /** 403: the caller is known but may not do this to this object. */
    public static ProblemException forbidden(String code, Object... args) {
        return new ProblemException(403, code, args);
    }

    /** 409: the request conflicts with the object's current state or with a business rule. */
    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(409, code, args);
    }

    /** 400: the request is well-formed but a value is not acceptable. */
    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(400, code, args);
    }

    /**
     * 409 {@code ILLEGAL_STATE_TRANSITION}: e.g. approving a result that is still a draft. The state names
     * are the API's enum constants, so a client can show or match them.
     */
    public static ProblemException illegalTransition(String entity, Enum<?> from, Enum<?> to) {
        return new ProblemException(409, "ILLEGAL_STATE_TRANSITION", Term.entity(entity), Term.state(entity, from),
                Term.state(entity, to));
    }
}
