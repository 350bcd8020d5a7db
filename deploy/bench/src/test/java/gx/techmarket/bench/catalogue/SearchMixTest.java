package gx.techmarket.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchMixTest {

    private final ResultGenerator generator = new ResultGenerator(20261122L);
    private final SearchMix mix = new SearchMix(20261122L, generator, 2_000);

    @Test
    void shouldAskTheSameQueriesForTheSameSeed() {
        SearchMix again = new SearchMix(20261122L, new ResultGenerator(20261122L), 2_000);
        for (long n = 0; n < 100; n++) {
            assertThat(again.query(n)).isEqualTo(mix.query(n));
        }
    }

    @Test
    void shouldMixTheKindsByTheirWeights() {
        Map<SearchMix.Kind, Integer> counts = new EnumMap<>(SearchMix.Kind.class);
        int total = 20_000;
        for (long n = 0; n < total; n++) {
            counts.merge(mix.query(n).kind(), 1, Integer::sum);
        }
        int weights = 0;
        for (SearchMix.Kind kind : SearchMix.Kind.values()) {
            weights += kind.weight;
            assertThat(counts.get(kind) * 100.0 / total).isCloseTo(kind.weight, org.assertj.core.data.Offset.offset(1.5));
        }
        assertThat(weights).isEqualTo(100);
    }

    @Test
    void shouldSearchForCodeNamesOfGeneratedResults() {
        for (long n = 0; n < 2_000; n++) {
            SearchMix.Query q = mix.query(n);
            switch (q.kind()) {
                case BROWSE -> assertThat(q.queryString()).isEqualTo("page=0&size=20");
                case FILTERED -> assertThat(q.queryString()).contains("&industry=", "&region=45");
                default -> assertThat(q.queryString()).startsWith("q=%");
            }
        }
    }

    @Test
    void shouldRefuseAnEmptyCatalogue() {
        assertThatThrownBy(() -> new SearchMix(1, generator, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
