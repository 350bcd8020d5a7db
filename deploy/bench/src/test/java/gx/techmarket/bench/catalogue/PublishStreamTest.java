package gx.techmarket.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.bench.load.LatencySummary;
import java.util.HashSet;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class PublishStreamTest {

    private final ResultGenerator generator = new ResultGenerator(20261122L);

    @Test
    void everyResultOfARunHasAWordOfItsOwnInLettersOnly() {
        Set<String> words = new HashSet<>();
        for (long i = 0; i < 20_000; i++) {
            String word = PublishStream.word("qkz", i);
            assertThat(word).matches("bmqkzx[a-z]+");
            assertThat(words.add(word)).as(word).isTrue();
        }
        assertThat(PublishStream.word("qkz", 0)).isNotEqualTo(PublishStream.word("qka", 0));
        assertThat(PublishStream.letters(0)).isEqualTo("a");
        assertThat(PublishStream.letters(27)).isEqualTo("bb");
        assertThatThrownBy(() -> PublishStream.letters(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBodyIsAGeneratedResultAsItsHolderWritesIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int priced = 0;
        int negotiable = 0;
        for (int i = 0; i < 200; i++) {
            ResultGenerator.GeneratedResult r = generator.result(5_000 + i);
            JsonNode body = json.readTree(PublishStream.body(generator, 5_000 + i, "bmqkzxa"));
            assertThat(body.get("title").asText()).isEqualTo(r.title() + " bmqkzxa");
            assertThat(body.get("summary").asText()).isEqualTo(r.summary());
            assertThat(body.get("industry").asText()).isEqualTo(r.industry());
            assertThat(body.get("regionCode").asText()).isEqualTo(r.regionCode());
            assertThat(body.get("transferModes")).hasSize(r.transferModes().size());
            if (r.askingPrice() == null) {
                negotiable++;
                assertThat(body.get("priceNegotiable").asBoolean()).isTrue();
                assertThat(body.has("askingPrice")).isFalse();
            } else {
                priced++;
                assertThat(body.get("priceNegotiable").asBoolean()).isFalse();
                // 元 with two decimals, as a string: never a double
                assertThat(body.get("askingPrice").isTextual()).isTrue();
                assertThat(body.get("askingPrice").asText()).matches("\\d+\\.\\d{2}");
            }
            assertThat(body.has("trl")).isEqualTo(r.trl() != null);
        }
        assertThat(priced).isPositive();
        assertThat(negotiable).isPositive();
    }

    @Test
    void aRateBecomesItsPeriod() {
        assertThat(PublishStream.periodNanos(5)).isEqualTo(200_000_000L);
        assertThat(PublishStream.periodNanos(0.5)).isEqualTo(2_000_000_000L);
        assertThatThrownBy(() -> PublishStream.periodNanos(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void freshnessIsWithinTheTargetOnlyWhenEveryChangeWasSeenInTwoSeconds() {
        LatencySummary fast = summary(120, 900, 1_500);
        LatencySummary slow = summary(120, 900, 2_600);
        LatencySummary none = LatencySummary.of("none", LatencySummary.histogram());
        assertThat(stream(fast, fast, 0, 0).freshWithinTarget()).isTrue();
        assertThat(stream(fast, none, 0, 0).freshWithinTarget()).isTrue();
        assertThat(stream(slow, fast, 0, 0).freshWithinTarget()).isFalse();
        assertThat(stream(fast, slow, 0, 0).freshWithinTarget()).isFalse();
        assertThat(stream(fast, fast, 1, 0).freshWithinTarget()).isFalse();
        assertThat(stream(fast, fast, 0, 1).freshWithinTarget()).isFalse();
        assertThat(stream(none, none, 0, 0).freshWithinTarget()).isFalse();
    }

    @Test
    void theGoalOfASearchIsP95AndP99() {
        assertThat(CatalogueWorkload.meets(summary(10, 40, 140))).isTrue();
        assertThat(CatalogueWorkload.meets(summary(10, 40, 1_000, 60))).isFalse();
        assertThat(CatalogueWorkload.meets(LatencySummary.of("none", LatencySummary.histogram()))).isFalse();
    }

    private static PublishStream.Summary stream(LatencySummary findable, LatencySummary gone, long missedFindable,
            long missedGone) {
        LatencySummary any = summary(50, 60, 70);
        return new PublishStream.Summary(60, 300, 0, 60, 0, any, any, findable, gone, missedFindable, missedGone,
                null);
    }

    /** A hundred values: mostly the first, four of the second, one of the third (p95 is the second's). */
    private static LatencySummary summary(long... ms) {
        Histogram h = LatencySummary.histogram();
        int[] counts = ms.length == 4 ? new int[] {90, 4, 1, 5} : new int[] {95, 4, 1};
        for (int k = 0; k < ms.length; k++) {
            for (int i = 0; i < counts[k]; i++) {
                h.recordValue(ms[k] * 1_000);
            }
        }
        return LatencySummary.of("test", h);
    }
}
