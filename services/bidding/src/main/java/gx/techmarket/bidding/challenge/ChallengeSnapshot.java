package gx.techmarket.bidding.challenge;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a challenge that an edit may change, as one version keeps it. The evaluation method is not part of
 * it (it cannot be changed after publication).
 */
public record ChallengeSnapshot(
        String title,
        String problem,
        String goals,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetMax,
        Integer durationMonths,
        Instant deadline) {

    /** The fields as names and values, in a fixed order (the differences list them so). */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("problem", problem);
        f.put("goals", goals);
        f.put("budgetMin", budgetMin == null ? null : budgetMin.toPlainString());
        f.put("budgetMax", budgetMax == null ? null : budgetMax.toPlainString());
        f.put("durationMonths", durationMonths);
        f.put("deadline", deadline == null ? null : deadline.toString());
        return f;
    }

    /** The content from {@link #fields()} as a version keeps it. */
    static ChallengeSnapshot ofFields(Map<String, Object> f) {
        return new ChallengeSnapshot((String) f.get("title"), (String) f.get("problem"), (String) f.get("goals"),
                f.get("budgetMin") == null ? null : new BigDecimal((String) f.get("budgetMin")),
                f.get("budgetMax") == null ? null : new BigDecimal((String) f.get("budgetMax")),
                f.get("durationMonths") == null ? null : ((Number) f.get("durationMonths")).intValue(),
                f.get("deadline") == null ? null : Instant.parse((String) f.get("deadline")));
    }

    /** Field by field, what differs from {@code newer}. */
    List<FieldChange> changesTo(ChallengeSnapshot newer) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, Object> now = newer.fields();
        fields().forEach((name, before) -> {
            Object after = now.get(name);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, before, after));
            }
        });
        return changes;
    }

    /** One field that differs between two versions, with its value in each (amounts and times as text). */
    public record FieldChange(String field, Object from, Object to) {}
}
