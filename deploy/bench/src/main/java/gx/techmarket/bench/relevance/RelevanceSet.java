package gx.techmarket.bench.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled sets of {@code src/main/resources/relevance} (how they were built and judged: the README there):
 * the corpus of results, the queries and the demands with their graded judgments, each split into a tuning and a
 * held-out part ({@link Split}). Read strictly: an unknown or missing field is an error, not a default.
 */
public final class RelevanceSet {

    /** A labelled query: the text a user types, its type (short, synonym, mixed, long, none) and its grades. */
    public record Query(String id, String text, String type, String note, Map<String, Integer> judgments) {

        public Labelled labelled() {
            return new Labelled(id, type, judgments);
        }
    }

    /** A labelled demand: the demand and the grades of the results that fit it. */
    public record Demand(DemandDoc demand, String note, Map<String, Integer> judgments) {

        public String id() {
            return demand.id();
        }

        public Labelled labelled() {
            return new Labelled(demand.id(), "demand", judgments);
        }
    }

    static final String DIR = "relevance/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESULT_FIELDS = Set.of("id", "title", "summary", "keywords", "industry",
            "maturity", "trl", "transferModes", "askingPrice", "priceNegotiable", "patentNumbers", "holder",
            "holderKind", "regionCode", "publishedAt");
    private static final Set<String> QUERY_FIELDS = Set.of("id", "query", "type", "note", "judgments");
    private static final Set<String> DEMAND_FIELDS = Set.of("id", "title", "problem", "industry", "budgetMin",
            "budgetMax", "regionCode", "cooperationModes", "note", "judgments");

    /**
     * The second held-out part: queries only. Scored once as held out (issue 18's third session), then tuned on in
     * the fourth: it is listed query by query like the tuning part.
     */
    public static final String HELDOUT2 = "heldout2";
    /**
     * The third held-out part: queries only, judged by another judge who never saw the engine. Scored once as held
     * out (issue 18's fourth session), then tuned on in the fifth: it is listed query by query like the tuning part.
     */
    public static final String HELDOUT3 = "heldout3";
    /** The fourth held-out part: queries only, judged by a fresh judge who never saw the engine; nobody tunes on it. */
    public static final String HELDOUT4 = "heldout4";

    private RelevanceSet() {}

    public static List<ResultDoc> results() {
        return lines("results.jsonl").stream().map(RelevanceSet::result).toList();
    }

    /**
     * {@code part}: "all" ({@code queries.jsonl}), "tuning" or "heldout" (the split files), "heldout2", "heldout3"
     * or "heldout4" (the later query sets, {@code queries-heldout2.jsonl} to {@code queries-heldout4.jsonl}: new
     * queries over the same results, not part of {@code queries.jsonl}).
     */
    public static List<Query> queries(String part) {
        return lines(file("queries", part)).stream().map(RelevanceSet::query).toList();
    }

    /** {@code part}: "all" ({@code demands.jsonl}), "tuning" or "heldout" (the split files); the later query sets have none. */
    public static List<Demand> demands(String part) {
        if (later(part)) {
            return List.of();
        }
        return lines(file("demands", part)).stream().map(RelevanceSet::demand).toList();
    }

    /** Whether {@code part} is one of the later query sets (queries only, no demands). */
    public static boolean later(String part) {
        return part.equals(HELDOUT2) || part.equals(HELDOUT3) || part.equals(HELDOUT4);
    }

    static String file(String base, String part) {
        return switch (part) {
            case "all" -> base + ".jsonl";
            case "tuning", "heldout", HELDOUT2, HELDOUT3, HELDOUT4 -> base + "-" + part + ".jsonl";
            default -> throw new IllegalArgumentException(
                    "no part '" + part + "' (all, tuning, heldout, heldout2, heldout3, heldout4)");
        };
    }

    /** The non-blank lines of a file of the set, each a JSON object. */
    static List<String> lines(String file) {
        InputStream in = RelevanceSet.class.getClassLoader().getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("the labelled set has no " + DIR + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResultDoc result(String line) {
        JsonNode n = object(line, RESULT_FIELDS, Set.of("trl", "askingPrice"));
        return new ResultDoc(text(n, "id"), text(n, "title"), text(n, "summary"), strings(n, "keywords"),
                text(n, "industry"), text(n, "maturity"), n.get("trl").isNull() ? null : n.get("trl").intValue(),
                strings(n, "transferModes"),
                n.get("askingPrice").isNull() ? null : new BigDecimal(n.get("askingPrice").asText()),
                n.get("priceNegotiable").booleanValue(), strings(n, "patentNumbers"), text(n, "holder"),
                text(n, "holderKind"), text(n, "regionCode"), LocalDate.parse(text(n, "publishedAt")));
    }

    static Query query(String line) {
        JsonNode n = object(line, QUERY_FIELDS, Set.of());
        return new Query(text(n, "id"), text(n, "query"), text(n, "type"), text(n, "note"), grades(n));
    }

    static Demand demand(String line) {
        JsonNode n = object(line, DEMAND_FIELDS, Set.of());
        return new Demand(new DemandDoc(text(n, "id"), text(n, "title"), text(n, "problem"), text(n, "industry"),
                new BigDecimal(text(n, "budgetMin")), new BigDecimal(text(n, "budgetMax")), text(n, "regionCode"),
                strings(n, "cooperationModes")), text(n, "note"), grades(n));
    }

    private static JsonNode object(String line, Set<String> fields, Set<String> nullable) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new IllegalStateException("unknown field '" + f + "' in " + line);
            }
        }
        for (String f : fields) {
            if (!n.has(f) || (n.get(f).isNull() && !nullable.contains(f))) {
                throw new IllegalStateException("missing field '" + f + "' in " + line);
            }
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        if (!n.get(field).isTextual()) {
            throw new IllegalStateException(field + " is not a string in " + n);
        }
        return n.get(field).textValue();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        n.get(field).forEach(e -> out.add(e.textValue()));
        return out;
    }

    private static Map<String, Integer> grades(JsonNode n) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        n.get("judgments").fields().forEachRemaining(e -> {
            int g = e.getValue().intValue();
            if (!e.getValue().isInt() || g < 0 || g > 3) {
                throw new IllegalStateException("a grade is 0 to 3, not " + e.getValue() + " in " + n.get("id"));
            }
            grades.put(e.getKey(), g);
        });
        return grades;
    }
}
