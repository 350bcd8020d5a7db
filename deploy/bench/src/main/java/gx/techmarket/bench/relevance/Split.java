package gx.techmarket.bench.relevance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The fixed split of the labelled queries and demands into a tuning and a held-out part, decided before any tuning
 * and written into the {@code -tuning} and {@code -heldout} files: within each type (a query's type; every demand
 * has the same), items are ordered by the SHA-256 of their id (hex), and the first 40 % (rounded up) are held out.
 * Deterministic, independent of the order of the file and of the judgments, and stratified, so every type is in
 * both parts. The tests check the files against this rule.
 */
public final class Split {

    static final double HELD_OUT_SHARE = 0.40;

    private Split() {}

    /** The ids held out among {@code items}, by the rule above. */
    public static <T> Set<String> heldOut(List<T> items, Function<T, String> id, Function<T, String> type) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (T item : items) {
            byType.computeIfAbsent(type.apply(item), k -> new ArrayList<>()).add(id.apply(item));
        }
        Set<String> held = new TreeSet<>();
        byType.values().forEach(ids -> {
            List<String> ordered = ids.stream().sorted(Comparator.comparing(Split::sha256)).toList();
            held.addAll(ordered.subList(0, (int) Math.ceil(ordered.size() * HELD_OUT_SHARE)));
        });
        return held;
    }

    static String sha256(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
