package gx.techmarket.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static Page<String> page(long total, int page, int size, int rows) {
        return new Page<>(Collections.nCopies(rows, "row"), total, page, size);
    }

    @Test
    void shouldSayWhichRowsOfTheTotalItShows() {
        Page<String> first = page(37, 0, 20, 20);
        Page<String> second = page(37, 1, 20, 17);

        assertThat(List.of(first.from(), first.to(), second.from(), second.to())).containsExactly(1L, 20L, 21L, 37L);
        assertThat(first.paged()).isTrue();
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(page(3, 0, 20, 3).paged()).isFalse();
        assertThat(page(0, 0, 20, 0).from()).isZero();
    }

    @Test
    void shouldShowTheFirstTheLastAndThePagesAroundThisOne() {
        List<String> links = page(500, 10, 20, 20).window().stream()
                .map(l -> l.gap() ? "…" : (l.current() ? "[" + l.label() + "]" : String.valueOf(l.label()))).toList();

        assertThat(links).containsExactly("1", "…", "9", "10", "[11]", "12", "13", "…", "25");
    }
}
