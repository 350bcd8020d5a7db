package gx.techmarket.registry.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * The filing's structured parts (details, carriers, items as filed) as the JSON the contract row keeps them in
 * ({@code jsonb} columns mapped as maps): plain maps of strings, numbers and lists, amounts and dates as text, so
 * what is read back is exactly what was filed, whichever JSON mapper Hibernate uses.
 */
public final class FilingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private FilingJson() {}

    /** {@code value} as a map; null for null. */
    public static Map<String, Object> toMap(Object value) {
        return value == null ? null : MAPPER.convertValue(value, MAP);
    }

    /** Each of {@code values} as a map. */
    public static List<Map<String, Object>> toMaps(List<?> values) {
        return values.stream().map(FilingJson::toMap).toList();
    }

    /** The {@code type} a map holds; null for null. */
    public static <T> T read(Map<String, Object> map, Class<T> type) {
        return map == null ? null : MAPPER.convertValue(map, type);
    }

    /** The {@code type}s maps hold; none for null. */
    public static <T> List<T> readAll(List<Map<String, Object>> maps, Class<T> type) {
        return maps == null ? List.of() : maps.stream().map(m -> MAPPER.convertValue(m, type)).toList();
    }
}
