package gx.techmarket.catalogue.edition;

import gx.techmarket.platform.publishing.Catalogue;
import gx.techmarket.platform.publishing.edition.EditionBook;
import gx.techmarket.platform.publishing.edition.Labels;
import gx.techmarket.platform.regions.GbT2260;
import java.util.Arrays;
import java.util.List;

/** The columns of the 可供转化的科技成果目录 and a published result's values under them. */
final class ResultCatalogue {

    static final List<Catalogue.Column> COLUMNS = List.of(
            new Catalogue.Column("成果名称", 30),
            new Catalogue.Column("持有单位", 20),
            new Catalogue.Column("成熟度", 10),
            new Catalogue.Column("转化方式", 14),
            new Catalogue.Column("意向价格（元）", 14),
            new Catalogue.Column("所在地区", 10),
            new Catalogue.Column("发布日期", 11),
            new Catalogue.Column("网址", 34));

    private ResultCatalogue() {}

    /** {@code r} as a row; the price as an amount, or 面议; its page on the public portal at {@code portalUrl}. */
    static EditionBook.Item item(EditionRepository.Listed r, String portalUrl) {
        String maturity = Labels.maturity(r.maturity()) + (r.trl() == null ? "" : "（TRL " + r.trl() + "）");
        List<Object> values = Arrays.asList(r.title(), r.holder(), maturity,
                Labels.modes(r.transferModes().isEmpty() ? List.of() : List.of(r.transferModes().split(","))),
                r.askingPrice() == null ? "面议" : r.askingPrice(),
                GbT2260.nameOf(r.region()).orElse(r.region()), r.publishedOn(),
                portalUrl + "/market/results/" + r.id());
        return new EditionBook.Item(r.region(), r.industry(), values);
    }
}
