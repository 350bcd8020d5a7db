package gx.techmarket.platform.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One document of the index: the id of the row it is made from, its texts, facet values and numbers by field name
 * (a field absent from a map is absent from the document: no price for 面议).
 */
public record SearchDocument(String id, Map<String, String> texts, Map<String, List<String>> facets,
        Map<String, Long> numbers) {

    public SearchDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a document needs an id");
        }
        texts = Map.copyOf(texts);
        facets = Map.copyOf(facets);
        numbers = Map.copyOf(numbers);
    }

    /**
     * SHA-256 of its id, texts, facet values and numbers, each map in the order of its keys: two documents with the
     * same fingerprint index the same.
     */
    public byte[] fingerprint() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder b = new StringBuilder(id).append('\u0000');
        new TreeMap<>(texts).forEach((k, v) -> b.append(k).append('\u0001').append(v).append('\u0000'));
        b.append('\u0002');
        new TreeMap<>(facets).forEach((k, v) -> b.append(k).append('\u0001')
                .append(String.join("\u0003", v)).append('\u0000'));
        b.append('\u0002');
        new TreeMap<>(numbers).forEach((k, v) -> b.append(k).append('\u0001').append(v).append('\u0000'));
        return sha.digest(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
