package gx.techmarket.demand.edition;

import gx.techmarket.platform.publishing.Catalogue;
import gx.techmarket.platform.publishing.edition.EditionBook;
import gx.techmarket.platform.publishing.edition.Labels;
import gx.techmarket.platform.regions.GbT2260;
import java.util.Arrays;
import java.util.List;

/** The columns of the 企业技术需求目录 and a listed demand's values under them. */
final class DemandCatalogue {

    static final List<Catalogue.Column> COLUMNS = List.of(
            new Catalogue.Column("需求名称", 30),
            new Catalogue.Column("需求单位", 20),
            new Catalogue.Column("预算下限（元）", 13),
            new Catalogue.Column("预算上限（元）", 13),
            new Catalogue.Column("合作方式", 14),
            new Catalogue.Column("所在地区", 10),
            new Catalogue.Column("截止日期", 11),
            new Catalogue.Column("发布日期", 11),
            new Catalogue.Column("网址", 34));

    private DemandCatalogue() {}

    /** {@code d} as a row, with its page on the public portal at {@code portalUrl}. */
    static EditionBook.Item item(EditionRepository.Listed d, String portalUrl) {
        List<Object> values = Arrays.asList(d.title(), d.demander(), d.budgetMin(), d.budgetMax(),
                Labels.modes(d.cooperationModes().isEmpty() ? List.of() : List.of(d.cooperationModes().split(","))),
                GbT2260.nameOf(d.region()).orElse(d.region()), d.deadline().toString(), d.publishedOn(),
                portalUrl + "/market/demands/" + d.id());
        return new EditionBook.Item(d.region(), d.industry(), values);
    }
}
