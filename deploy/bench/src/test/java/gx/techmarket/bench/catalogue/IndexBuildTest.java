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
        IndexBuild.Build b = IndexBuild.build(generator, 600, 2, dir);
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
}
