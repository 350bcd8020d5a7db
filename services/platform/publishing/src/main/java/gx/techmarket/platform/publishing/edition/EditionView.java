package gx.techmarket.platform.publishing.edition;

import java.time.Instant;

/**
 * An edition as anyone may read it: which catalogue, period and scope, its name, how many items, when it was made,
 * and its two files at their stable URLs with their SHA-256 (who made it is not shown). Nothing can be done to an
 * edition once made: it has no actions.
 *
 * @param kind RESULTS (可供转化的科技成果目录) or DEMANDS (企业技术需求目录)
 * @param period YYYY-MM
 * @param periodLabel e.g. 2026年11月
 * @param scope 450000 or a city's code
 * @param scopeName 广西壮族自治区 or the city's name
 */
public record EditionView(EditionKind kind, String period, String periodLabel, String scope, String scopeName,
        String name, int itemCount, Instant generatedAt, FileView xlsx, FileView pdf) {

    /** A file of the edition: its URL on this service (no token needed), SHA-256 (hex) and size in bytes. */
    public record FileView(String url, String sha256, int size) {}

    static EditionView of(EditionKind kind, EditionRecord e) {
        EditionKey key = e.key();
        String base = "/public/editions/" + e.period + "/" + e.scope;
        return new EditionView(kind, e.period, key.periodLabel(), e.scope, key.scopeName(), e.name, e.itemCount,
                e.generatedAt, new FileView(base + ".xlsx", e.xlsxSha256, e.xlsxSize),
                new FileView(base + ".pdf", e.pdfSha256, e.pdfSize));
    }
}
