package gx.techmarket.platform.search;

/**
 * A search the kernel refuses because of what the client sent: the service answers 400 problem+json with
 * {@link #code()} (and {@link #field()} as the parameter at fault). Codes: {@code QUERY_TOO_LONG} (field {@code q}),
 * {@code UNKNOWN_FACET_VALUE} (field: the facet), {@code UNKNOWN_FACET} (field: the facet), {@code CURSOR_INVALID}
 * and {@code CURSOR_MISMATCH} (field {@code cursor}).
 */
public class SearchRefusal extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    public SearchRefusal(String code, String field, Object... args) {
        super(code + " (" + field + ")");
        this.code = code;
        this.field = field;
        this.args = args.clone();
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The message arguments (e.g. the value that is not known). */
    public Object[] args() {
        return args.clone();
    }
}
