package gx.techmarket.platform.publishing.edition;

import gx.techmarket.platform.publishing.Catalogue;
import gx.techmarket.platform.publishing.CataloguePdf;
import gx.techmarket.platform.publishing.CatalogueXlsx;
import gx.techmarket.platform.regions.GbT2260;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Makes the files of an edition from the items listed at the moment: the items grouped by city (in code order),
 * then industry (in the catalogue's order), each group in the order given; the same {@link Catalogue} written as
 * .xlsx and as PDF, each with its SHA-256.
 */
public final class EditionBook {

    /** Who publishes the catalogues (seed 001: 自治区科技厅, through the market). */
    public static final String PUBLISHER = "广西壮族自治区科学技术厅 · 广西网上技术市场";

    private EditionBook() {}

    /**
     * One listed item as a catalogue prints it.
     *
     * @param region the item's region code (a county, a city or the province)
     * @param industry the item's industry code
     * @param values its values in column order
     */
    public record Item(String region, String industry, List<Object> values) {}

    /** The files made, with their digests. */
    public record Files(String name, int itemCount, byte[] xlsx, String xlsxSha256, byte[] pdf, String pdfSha256) {}

    /** The catalogue of {@code kind} for {@code key} listing {@code items} (already in the order within a section). */
    public static Catalogue catalogue(EditionKind kind, EditionKey key, LocalDate generatedOn,
            List<Catalogue.Column> columns, List<Item> items) {
        Map<String, Map<String, List<List<Object>>>> byCity = new java.util.TreeMap<>();
        for (Item item : items) {
            byCity.computeIfAbsent(EditionKey.cityOf(item.region()), c -> new java.util.TreeMap<>(
                    Comparator.comparingInt(Labels::industryRank).thenComparing(Comparator.naturalOrder())))
                    .computeIfAbsent(item.industry(), i -> new ArrayList<>())
                    .add(item.values());
        }
        List<Catalogue.Section> sections = new ArrayList<>();
        byCity.forEach((city, byIndustry) -> byIndustry.forEach((industry, rows) -> sections.add(
                new Catalogue.Section(cityName(city), Labels.industry(industry), rows))));
        return new Catalogue(key.name(kind), key.periodLabel(), key.scopeName(), PUBLISHER, generatedOn, columns,
                sections);
    }

    /** Both files of {@code catalogue}. */
    public static Files files(Catalogue catalogue) {
        byte[] xlsx = CatalogueXlsx.render(catalogue);
        byte[] pdf = CataloguePdf.render(catalogue);
        return new Files(catalogue.name(), catalogue.itemCount(), xlsx, sha256(xlsx), pdf, sha256(pdf));
    }

    /** The name of a downloaded file: the edition's name and the extension. */
    public static String fileName(String editionName, String extension) {
        return editionName + "." + extension;
    }

    static String cityName(String city) {
        return GbT2260.GUANGXI.equals(city) ? "自治区本级" : GbT2260.nameOf(city).orElse(city);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
