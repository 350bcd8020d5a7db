package gx.techmarket.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultGeneratorTest {

    private final ResultGenerator generator = new ResultGenerator(20261122L);

    @Test
    void shouldGenerateTheSameResultForTheSameSeedAndIndex() {
        assertThat(new ResultGenerator(20261122L).result(1234)).isEqualTo(generator.result(1234));
        assertThat(new ResultGenerator(7L).result(1234).id()).isNotEqualTo(generator.result(1234).id());
    }

    @Test
    void shouldNotDependOnHowManyAreGenerated() {
        // a quick run's 2,000 are the first 2,000 of a full run's 100,000: ids and content
        assertThat(generator.result(1999).id()).isEqualTo(generator.id(1999));
        assertThat(generator.result(1999).codeName()).isEqualTo(generator.codeName(1999));
    }

    @Test
    void shouldGenerateResultsTheCatalogueWouldAccept() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            ResultGenerator.GeneratedResult r = generator.result(i);
            ids.add(r.id());
            assertThat(r.title().length()).isLessThanOrEqualTo(200);
            assertThat(r.summary().length()).isLessThanOrEqualTo(5000);
            assertThat(r.summary()).contains(r.codeName());
            assertThat(r.industry()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            assertThat(ResultGenerator.CITIES).contains(r.regionCode(), r.holder().region());
            assertThat(r.transferModes()).isNotEmpty().hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
            assertThat(r.patentNumbers()).allMatch(p -> p.matches("ZL([0-9]{8}|[0-9]{12})\\.[0-9X]"));
            if (r.trl() != null) {
                assertThat(r.trl()).isBetween(1, 9);
            }
            if (r.askingPrice() != null) {
                assertThat(r.askingPrice().scale()).isEqualTo(2);
                assertThat(r.askingPrice().signum()).isPositive();
            }
            assertThat(r.holder().uscc()).hasSize(18);
        }
        assertThat(ids).hasSize(5_000);
    }

    @Test
    void shouldSpreadResultsOverTheTwelveIndustries() {
        long sugar = java.util.stream.IntStream.range(0, 12_000)
                .filter(i -> generator.result(i).industry().equals("SUGAR")).count();
        assertThat(sugar).isBetween(850L, 1_150L);
    }

    @Test
    void shouldComputeTheUsccCheckCharacterOfTheDemoOrganisations() {
        for (String uscc : List.of("124501004985024102", "12450300498503368U", "91450100MA5K3B2L5H",
                "91450300MA5KC7Q12L")) {
            assertThat(ResultGenerator.uscc(uscc.substring(0, 17))).isEqualTo(uscc);
        }
        assertThatThrownBy(() -> ResultGenerator.uscc("12450100MBENCH00I")).hasMessageContaining("I");
    }

    @Test
    void shouldGiveNoDemoOrganisationsResults() {
        for (int h = 0; h < ResultGenerator.HOLDERS; h++) {
            assertThat(generator.holder(h).uscc()).contains("MBENCH");
            assertThat(generator.holder(h).name()).startsWith("【基准测试】");
        }
    }

    @Test
    void shouldWriteTheCatalogueServicesSearchTerms() {
        // the catalogue's ChineseText: CJK bigrams, Latin words lower-cased, distinct, in order
        assertThat(ResultGenerator.lexemes("芒果干 芒果 Sugar")).isEqualTo("芒果 果干 sugar");
    }
}
