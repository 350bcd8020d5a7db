package gx.techmarket.platform.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is the stable, machine-readable identifier clients branch on;
 * {@code title} and {@code detail} are for people, in the language the caller asked for.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        String code,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input field: {@code field} is the JSON path the client sent (e.g. {@code items[2].amount}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String code, String message) {}

    public static URI typeOf(String code) {
        return URI.create("urn:techmarket:problem:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
