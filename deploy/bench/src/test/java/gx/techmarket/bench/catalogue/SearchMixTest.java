package gx.techmarket.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
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
        assertThat(again.firstPages()).isEqualTo(mix.firstPages());
    }

    @Test
    void shouldMixTheKindsByTheirWeights() {
        Map<SearchMix.Kind, Integer> counts = new EnumMap<>(SearchMix.Kind.class);
        int total = 20_000;
        int publicOnes = 0;
        for (long n = 0; n < total; n++) {
            SearchMix.Query q = mix.query(n);
            counts.merge(q.kind(), 1, Integer::sum);
            publicOnes += q.signedIn() ? 0 : 1;
        }
        int weights = 0;
        for (SearchMix.Kind kind : SearchMix.Kind.values()) {
            weights += kind.weight;
            assertThat(counts.get(kind) * 100.0 / total).as(kind.name()).isCloseTo(kind.weight, Offset.offset(1.5));
        }
        assertThat(weights).isEqualTo(100);
        assertThat(publicOnes * 100.0 / total).isCloseTo(50, Offset.offset(2.0));
    }

    @Test
    void shouldAskTheSearchEndpointsWithWordsOfOneToEightCharactersFromTheVocabulary() {
        for (long n = 0; n < 3_000; n++) {
            SearchMix.Query q = mix.query(n);
            assertThat(q.path()).isIn(SearchMix.SIGNED_IN, SearchMix.PUBLIC);
            Map<String, String> params = params(q.queryString());
            assertThat(params).containsEntry("size", "20");
            switch (q.kind()) {
                case BROWSE_ALL -> assertThat(params).containsOnlyKeys("size");
                case BROWSE_FACETS -> assertThat(params).doesNotContainKey("q").hasSizeBetween(2, 3);
                case NEXT_PAGE -> {
                    assertThat(q.firstPage()).isBetween(0, SearchMix.FIRST_PAGES - 1);
                    assertThat(mix.firstPages().get(q.firstPage()).queryString()).isEqualTo(q.queryString());
                }
                default -> {
                    String word = params.get("q");
                    assertThat(word.codePointCount(0, word.length())).as(q.toString()).isBetween(1, 8);
                    if (q.kind() == SearchMix.Kind.SHORT) {
                        assertThat(word.length()).isBetween(1, 2);
                    }
                    if (q.kind() == SearchMix.Kind.FILTERED) {
                        assertThat(params).hasSizeBetween(3, 4);
                    }
                    if (q.kind() == SearchMix.Kind.SORTED) {
                        assertThat(params.get("sort")).isIn(SearchMix.SORTS);
                    }
                }
            }
            if (q.kind() != SearchMix.Kind.NEXT_PAGE) {
                assertThat(q.firstPage()).isEqualTo(-1);
            }
        }
    }

    @Test
    void shouldFilterOnlyByValuesTheSchemaKnows() {
        Set<String> industries = new java.util.HashSet<>();
        ResultGenerator.INDUSTRIES.forEach(i -> industries.add(i.code()));
        for (long n = 0; n < 3_000; n++) {
            Map<String, String> params = params(mix.query(n).queryString());
            params.forEach((name, value) -> {
                switch (name) {
                    case "industry" -> assertThat(value).isIn(industries);
                    case "city" -> assertThat(value).isIn(ResultGenerator.CITIES);
                    case "maturity" -> assertThat(value).isIn(SearchMix.MATURITIES);
                    case "priceBand" -> assertThat(value).isIn(SearchMix.PRICE_BANDS);
                    case "transferMode" -> assertThat(value).isIn(SearchMix.MODES);
                    default -> assertThat(name).isIn("q", "sort", "size");
                }
            });
        }
    }

    @Test
    void shortAndLongKeywordsComeFromTheVocabulary() {
        ResultGenerator.Industry sugar = ResultGenerator.INDUSTRIES.get(0);
        for (int i = 0; i < 500; i++) {
            SplittableRandom r = new SplittableRandom(i);
            String shortOne = SearchMix.shortKeyword(r, sugar);
            assertThat(sugar.topics().stream().anyMatch(t -> t.contains(shortOne))
                    || sugar.keyword().contains(shortOne)).as(shortOne).isTrue();
            String longOne = SearchMix.longKeyword(r, sugar);
            assertThat(longOne.length()).isLessThanOrEqualTo(SearchMix.MAX_KEYWORD);
            assertThat(sugar.topics().stream().anyMatch(longOne::startsWith)).as(longOne).isTrue();
        }
    }

    @Test
    void shouldRefuseAnEmptyCatalogue() {
        assertThatThrownBy(() -> new SearchMix(1, generator, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> params(String queryString) {
        Map<String, String> params = new HashMap<>();
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            assertThat(params).as("parameter given twice: " + name).doesNotContainKey(name);
            params.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
