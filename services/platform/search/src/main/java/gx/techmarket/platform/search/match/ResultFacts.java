package gx.techmarket.platform.search.match;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the matcher knows of a published result (科技成果). Enum values travel as their names (the contracts'
 * {@code Maturity}, {@code TransferMode}); amounts in 元.
 *
 * @param maturity the contracts' {@code Maturity} name (RESEARCH, LAB, PILOT, INDUSTRIAL), or null
 * @param askingPrice null when the price is 面议
 * @param regionCode the holder's GB/T 2260 code (6 digits), or null
 */
public record ResultFacts(String id, String title, String summary, List<String> keywords, String industry,
        String maturity /* contracts Maturity name */, Integer trl, Set<String> transferModes,
        BigDecimal askingPrice /* null = 面议 */, boolean priceNegotiable, String regionCode /* 6-digit */) {

    public ResultFacts {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        transferModes = transferModes == null ? Set.of() : Set.copyOf(transferModes);
    }
}
