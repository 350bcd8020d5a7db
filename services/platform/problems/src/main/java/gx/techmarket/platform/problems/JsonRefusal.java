package gx.techmarket.platform.problems;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a request body was not read, as the client should hear it: a problem code and, when one field is at fault,
 * that field's JSON path with its own code and message. Codes (stable):
 * <ul>
 *   <li>{@code MALFORMED_JSON} (not JSON, or not the expected structure; line and column when known),
 *       {@code TRAILING_CONTENT} (anything after the document), {@code JSON_TOO_LARGE} (nesting, number or text
 *       length);</li>
 *   <li>{@code INVALID_JSON_FIELD} with a field code: {@code INVALID_TYPE}, {@code UNKNOWN_ENUM_VALUE},
 *       {@code INVALID_VALUE}, {@code UNKNOWN_PROPERTY}, {@code DUPLICATE_PROPERTY}, {@code NUL_CHARACTER},
 *       {@code UNPAIRED_SURROGATE}, {@code CONTROL_CHARACTER}.</li>
 * </ul>
 */
record JsonRefusal(String code, Problem.FieldError field, Object[] args) {

    static JsonRefusal of(JsonProcessingException e, Locale locale) {
        if (e instanceof StreamConstraintsException) {
            return new JsonRefusal("JSON_TOO_LARGE", null, new Object[0]);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path = path(m.getPath());
            if (e instanceof InvalidTextException text) {
                var v = text.violation();
                return field(path, v.code(), locale, v.character(), v.position());
            }
            if (e instanceof UnrecognizedPropertyException unknown) {
                return field(path, "UNKNOWN_PROPERTY", locale, names(unknown.getKnownPropertyIds()));
            }
            if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                return field(path, "UNKNOWN_ENUM_VALUE", locale, constants(invalid.getTargetType()));
            }
            if (e instanceof ValueInstantiationException || e instanceof InvalidFormatException) {
                return field(path, "INVALID_VALUE", locale);
            }
            return field(path, "INVALID_TYPE", locale);
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token")) {
            return new JsonRefusal("TRAILING_CONTENT", null, location(e));
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e.getProcessor() instanceof JsonParser parser) {
            if (message.startsWith("Duplicate field")) {
                return field(path(parser.getParsingContext()), "DUPLICATE_PROPERTY", locale);
            }
            if (e instanceof InputCoercionException) {
                // a number beyond the range of its field (e.g. 1e10 for an int)
                return field(path(parser.getParsingContext()), "INVALID_VALUE", locale);
            }
        }
        return new JsonRefusal("MALFORMED_JSON", null, location(e));
    }

    private static JsonRefusal field(String path, String fieldCode, Locale locale, Object... args) {
        String message = Messages.text("field." + fieldCode, locale, args).orElse(fieldCode);
        return new JsonRefusal("INVALID_JSON_FIELD", new Problem.FieldError(path, fieldCode, message), new Object[0]);
    }

    private static Object[] location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? new Object[] {"?", "?"}
                : new Object[] {String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())};
    }

    /** {@code items[2].amount}: the path as the client wrote it. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static String names(Collection<Object> known) {
        return known == null ? "" : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String constants(Class<?> type) {
        StringBuilder sb = new StringBuilder();
        for (Object c : type.getEnumConstants()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(((Enum<?>) c).name());
        }
        return sb.toString();
    }
}
