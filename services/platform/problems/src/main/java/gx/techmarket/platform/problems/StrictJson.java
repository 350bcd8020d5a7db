package gx.techmarket.platform.problems;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.regex.Pattern;

/**
 * The one JSON configuration of every service: a request body is read exactly as sent or refused, never coerced.
 * <ul>
 *   <li>nothing after the document ({@code {…}{…}} is not the first of two requests);</li>
 *   <li>no unknown properties and no property twice;</li>
 *   <li>no scalar coercion: a number or a boolean is not a string, an integer is not an enum constant, a fraction
 *       is not an integer, a number is not a date, a string is not a number or a boolean, and "" is not null;</li>
 *   <li>strings pass {@link TextRules}: no NUL, no unpaired surrogate, no control character but tab, CR and LF in
 *       {@link FreeText} fields;</li>
 *   <li>bounded nesting, number and string lengths (the body limit bounds the rest).</li>
 * </ul>
 * Events are read by {@code contracts/events}' own mapper and are not affected.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Request records are a few levels deep; anything deeper is an attack on the parser, not a request. */
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 64;
    static final int MAX_STRING_LENGTH = 1 << 20;

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    @Override
    public int priority() {
        // after Quarkus' own configuration-driven customizer (which turns FAIL_ON_UNKNOWN_PROPERTIES off)
        return MINIMUM_PRIORITY;
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        // an integer is an exact decimal (100 for 100.00 元): Integer -> Float stays allowed; amounts may also come as
        // plain decimal strings (see DecimalDeserializer), every other floating type only as a number
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String, CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.EmptyString);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
        for (LogicalType structured : new LogicalType[] {LogicalType.POJO, LogicalType.Collection, LogicalType.Array,
                LogicalType.Map, LogicalType.OtherScalar}) {
            refuse(mapper, structured, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean);
        }
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        // a date is an ISO-8601 string, never a number of days or milliseconds since 1970
        for (Class<?> time : new Class<?>[] {LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
                OffsetDateTime.class, ZonedDateTime.class}) {
            mapper.configOverride(time).setFormat(JsonFormat.Value.forLeniency(false));
        }
        SimpleModule module = new SimpleModule("techmarket-strict-input")
                .addDeserializer(String.class, new TextDeserializer(false))
                .addDeserializer(BigDecimal.class, new DecimalDeserializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                // Instant and its kin read a number as seconds or milliseconds since 1970, whatever the leniency
                return Temporal.class.isAssignableFrom(description.getBeanClass())
                        ? new StringOnly(deserializer) : deserializer;
            }
        });
        mapper.registerModule(module);
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        var config = mapper.coercionConfigFor(type);
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * An amount (元) is a JSON number, or a plain decimal string in ASCII digits as the market's events carry it
     * ({@code "1200000.00"}): never "１２３", "1e3", "NaN", " 1" or "".
     */
    static final class DecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,20})?");

        DecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (PLAIN.matcher(text).matches()) {
                    return new BigDecimal(text);
                }
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text,
                        "not a plain decimal number in ASCII digits");
            }
            return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    /** A date or time is an RFC 3339 / ISO-8601 string with a four-digit year (or null), nothing else. */
    static final class StringOnly extends DelegatingDeserializer {

        StringOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StringOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            String text = p.getText();
            if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
                // ISO 8601's expanded years (+300000-01-01) are no RFC 3339 date, nor storable in PostgreSQL
                return ctxt.handleWeirdStringValue(handledType(), text, "a year beyond 0000-9999");
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** Reads a JSON string and nothing else, and applies {@link TextRules} per the field's {@link FreeText}. */
    static final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private static final TextDeserializer SINGLE_LINE = new TextDeserializer(false);
        private static final TextDeserializer FREE_TEXT = new TextDeserializer(true);

        private final boolean freeText;

        TextDeserializer(boolean freeText) {
            super(String.class);
            this.freeText = freeText;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return property != null && property.getAnnotation(FreeText.class) != null ? FREE_TEXT : SINGLE_LINE;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            var violation = TextRules.check(text, freeText);
            if (violation.isPresent()) {
                throw new InvalidTextException(p, violation.get());
            }
            return text;
        }
    }
}
