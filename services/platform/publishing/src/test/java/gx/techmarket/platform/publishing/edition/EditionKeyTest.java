package gx.techmarket.platform.publishing.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.publishing.Catalogue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionKeyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theProvinceAndEveryCityAreScopesButNoCountyAndNothingOutsideGuangxi() {
        assertThat(EditionKey.cities()).hasSize(14).contains("450100", "451000", "451400");
        assertThat(EditionKey.of("2026-11", "450000", TODAY).isProvince()).isTrue();
        assertThat(EditionKey.of("2026-11", "451000", TODAY).scopeName()).isEqualTo("百色市");
        for (String bad : new String[] {"451002", "440100", "440000", "45100", "abc", ""}) {
            assertThatThrownBy(() -> EditionKey.of("2026-11", bad, TODAY)).isInstanceOf(ProblemException.class)
                    .extracting(e -> ((ProblemException) e).code()).isEqualTo("EDITION_SCOPE_INVALID");
        }
    }

    @Test
    void aPeriodIsAMonthFrom2020ToThisMonth() {
        assertThat(EditionKey.of("2020-01", "450000", TODAY).period()).isEqualTo(YearMonth.of(2020, 1));
        assertThat(EditionKey.of("2026-12", "450000", TODAY).period()).isEqualTo(YearMonth.of(2026, 12));
        for (String bad : new String[] {"2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", ""}) {
            assertThatThrownBy(() -> EditionKey.of(bad, "450000", TODAY))
                    .extracting(e -> ((ProblemException) e).code()).isEqualTo("EDITION_PERIOD_INVALID");
        }
        for (String out : new String[] {"2019-12", "2027-01", "9999-12"}) {
            assertThatThrownBy(() -> EditionKey.of(out, "450000", TODAY))
                    .extracting(e -> ((ProblemException) e).code()).isEqualTo("EDITION_PERIOD_OUT_OF_RANGE");
        }
    }

    @Test
    void namesReadAsTheTechnologyDepartmentPublishesThem() {
        assertThat(EditionKey.of("2026-11", "450000", TODAY).name(EditionKind.RESULTS))
                .isEqualTo("广西可供转化的科技成果目录（2026年11月）");
        assertThat(EditionKey.of("2026-11", "451000", TODAY).name(EditionKind.DEMANDS))
                .isEqualTo("百色市企业技术需求目录（2026年11月）");
        assertThat(EditionKey.of("2026-03", "451000", TODAY).regionPattern()).isEqualTo("4510%");
        assertThat(EditionKey.of("2026-03", "450000", TODAY).regionPattern()).isEqualTo("45%");
    }

    @Test
    void aCountyLiesInItsCity() {
        assertThat(EditionKey.cityOf("451002")).isEqualTo("451000");
        assertThat(EditionKey.cityOf("451000")).isEqualTo("451000");
        assertThat(EditionKey.cityOf("450000")).isEqualTo("450000");
    }

    @Test
    void itemsAreGroupedByCityThenIndustryInTheCataloguesOrder() {
        List<Catalogue.Column> columns = List.of(new Catalogue.Column("名称", 10));
        Catalogue c = EditionBook.catalogue(EditionKind.RESULTS, EditionKey.of("2026-11", "450000", TODAY), TODAY,
                columns, List.of(
                        new EditionBook.Item("451002", "ALUMINIUM", List.of("赤泥")),
                        new EditionBook.Item("450102", "SUGAR", List.of("蔗渣")),
                        new EditionBook.Item("451000", "SUGAR", List.of("糖厂")),
                        new EditionBook.Item("451000", "ALUMINIUM", List.of("铝材")),
                        new EditionBook.Item("450100", "UNKNOWN_CODE", List.of("其他"))));

        assertThat(c.sections()).extracting(s -> s.city() + "/" + s.industry() + "/" + s.rows().size())
                .containsExactly("南宁市/制糖/1", "南宁市/UNKNOWN_CODE/1", "百色市/制糖/1", "百色市/铝/2");
        assertThat(c.sections().get(3).rows()).extracting(r -> r.get(0)).containsExactly("赤泥", "铝材");
        assertThat(c.itemCount()).isEqualTo(5);

        EditionBook.Files files = EditionBook.files(c);
        assertThat(files.xlsxSha256()).hasSize(64).isNotEqualTo(files.pdfSha256());
        assertThat(files.name()).isEqualTo("广西可供转化的科技成果目录（2026年11月）");
    }

    @Test
    void labelsNameCodesAndKeepUnknownOnes() {
        assertThat(Labels.industry("NONFERROUS_PROCESSING")).isEqualTo("有色金属深加工");
        assertThat(Labels.maturity("PILOT")).isEqualTo("中试");
        assertThat(Labels.modes(List.of("TRANSFER", "LICENSE", "X"))).isEqualTo("转让、许可、X");
    }
}
