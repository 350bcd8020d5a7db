package gx.techmarket.subsidy.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An {@link Explanation} as stored (jsonb on the decision it explains) and read back. */
public final class ExplanationJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ExplanationJson() {}

    public static String write(Explanation explanation) {
        try {
            return JSON.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an explanation", e);
        }
    }

    /** The explanation stored as {@code json}; {@code null} for decisions stored before explanations were kept. */
    public static Explanation read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(json, Explanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored explanation", e);
        }
    }
}
