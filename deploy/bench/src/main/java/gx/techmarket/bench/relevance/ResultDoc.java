package gx.techmarket.bench.relevance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One 科技成果 of the labelled corpus ({@code relevance/results.jsonl}), with the fields a published result has in the
 * catalogue: what a {@link Ranker} or {@link Matcher} indexes. {@code askingPrice} is null when the price is 面议
 * ({@code priceNegotiable}); {@code regionCode} a GB/T 2260 county or city code of Guangxi; {@code holderKind}
 * UNIVERSITY, INSTITUTE or ENTERPRISE.
 */
public record ResultDoc(String id, String title, String summary, List<String> keywords, String industry,
        String maturity, Integer trl, List<String> transferModes, BigDecimal askingPrice, boolean priceNegotiable,
        List<String> patentNumbers, String holder, String holderKind, String regionCode, LocalDate publishedAt) {

    public ResultDoc {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        transferModes = transferModes == null ? List.of() : List.copyOf(transferModes);
        patentNumbers = patentNumbers == null ? List.of() : List.copyOf(patentNumbers);
    }
}
