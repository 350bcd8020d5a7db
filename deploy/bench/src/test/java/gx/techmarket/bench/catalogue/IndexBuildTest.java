package gx.techmarket.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.search.SearchDocument;
import gx.techmarket.platform.search.listing.ResultSearchSchema;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuildTest {

    private final ResultGenerator generator = new ResultGenerator(20261122L);

    @TempDir
    Path dir;

    @Test
    void aGeneratedResultBecomesTheDocumentTheCatalogueMakesOfItsRow() {
        for (int i = 0; i < 300; i++) {
            ResultGenerator.GeneratedResult r = generator.result(i);
            SearchDocument d = IndexBuild.document(r);
            assertThat(d.id()).isEqualTo(r.id().toString());
            assertThat(d.texts()).containsEntry(ResultSearchSchema.TITLE, r.title())
                    .containsEntry(ResultSearchSchema.SUMMARY, r.summary());
            assertThat(d.texts().get(ResultSearchSchema.KEYWORDS)).startsWith(r.holder().name());
            // every facet value is one the schema accepts (else a filter on it would be refused)
            d.facets().forEach((name, values) -> values.forEach(v -> assertThat(
                    ResultSearchSchema.SCHEMA.facet(name).known().test(v)).as(name + "=" + v).isTrue()));
            assertThat(d.facets().get(ResultSearchSchema.CITY)).containsExactly(r.regionCode());
            assertThat(d.numbers().get(ResultSearchSchema.PRICE)).isEqualTo(r.askingPrice() == null ? null
                    : r.askingPrice().movePointRight(2).longValueExact());
            assertThat(d.facets().get(ResultSearchSchema.PRICE_BAND)).containsExactly(
                    ResultSearchSchema.PriceBand.of(r.askingPrice()).name());
        }
    }

    @Test
    void aSmallBuildOnTwoThreadsHoldsEveryDocument() throws Exception {
        IndexBuild.Build b = IndexBuild.build(generator, 600, 2, dir, null);
        assertThat(b.documents()).isEqualTo(600);
        assertThat(b.threads()).isEqualTo(2);
        assertThat(b.bytes()).isPositive();
        assertThat(b.documentsPerSecond()).isPositive();
        Iterator<SearchDocument> docs = IndexBuild.documents(generator, 3);
        assertThat(docs.next().id()).isEqualTo(generator.id(0).toString());
        docs.next();
        docs.next();
        assertThat(docs.hasNext()).isFalse();
    }

    @Test
    void theEngineAloneAnswersEveryKindOfTheSearchMix() throws Exception {
        java.util.List<java.util.List<EngineQueries.Measured>> measured = new java.util.ArrayList<>();
        java.util.List<Double> process = new java.util.ArrayList<>();
        IndexBuild.build(generator, 600, 1, dir, index -> {
            EngineQueries.Round round = EngineQueries.run(index, generator, 20261122L, 600, line -> { });
            measured.add(round.kinds());
            process.add(round.processCpuMsPerSearch());
        });
        assertThat(process).singleElement().satisfies(ms -> assertThat(ms).isPositive());
        assertThat(measured).hasSize(1);
        assertThat(measured.get(0)).extracting(EngineQueries.Measured::kind)
                .containsExactlyInAnyOrder(SearchMix.Kind.values());
        assertThat(measured.get(0)).allSatisfy(m -> {
            assertThat(m.searches()).isPositive();
            assertThat(m.p99()).isGreaterThanOrEqualTo(m.p50());
        });
        assertThat(measured.get(0).stream().mapToInt(EngineQueries.Measured::searches).sum())
                .isLessThanOrEqualTo(EngineQueries.QUERIES);
    }

    @Test
    void aQueryOfTheMixIsReadAsTheCatalogueReadsIt() {
        var r = EngineQueries.request("q=%E8%B5%A4%E6%B3%A5&industry=NEW_MATERIALS&city=450100&sort=price-desc&size=20",
                "abc");
        assertThat(r.text()).isEqualTo("赤泥");
        assertThat(r.filters()).containsEntry("industry", java.util.List.of("NEW_MATERIALS"))
                .containsEntry("city", java.util.List.of("450100"));
        assertThat(r.sort()).isEqualTo(gx.techmarket.platform.search.SearchSort.by(ResultSearchSchema.PRICE, true));
        assertThat(r.cursor()).isEqualTo("abc");
        assertThat(r.size()).isEqualTo(SearchMix.PAGE_SIZE);
    }
}
