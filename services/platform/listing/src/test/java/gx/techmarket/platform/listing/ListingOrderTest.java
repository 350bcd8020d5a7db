package gx.techmarket.platform.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.panache.common.Sort;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The orders a list is asked in: the whitelists name real orders, and each order sorts by what it says. */
class ListingOrderTest {

    @Test
    void everyWhitelistedNameIsAnOrder() {
        for (String whitelist : List.of(ListingOrder.QUEUE, ListingOrder.WITH_AMOUNT,
                ListingOrder.WITH_AMOUNT_AND_DEADLINE)) {
            for (String name : whitelist.split("\\|")) {
                assertThat(ListingOrder.of(name).name().toLowerCase(Locale.ROOT)).isEqualTo(name);
            }
        }
        assertThat(Pattern.matches(ListingOrder.QUEUE, "amount")).isFalse();
        assertThat(Pattern.matches(ListingOrder.WITH_AMOUNT, "deadline")).isFalse();
        assertThat(Arrays.stream(ListingOrder.values()).map(o -> o.name().toLowerCase(Locale.ROOT)))
                .allMatch(n -> Pattern.matches(ListingOrder.WITH_AMOUNT_AND_DEADLINE, n));
    }

    @Test
    void eachOrderSortsByWhatItNamesAndBreaksTiesById() {
        assertThat(columns(ListingOrder.NEWEST.byTime("publishedAt")))
                .containsExactly("publishedAt Descending", "id Descending");
        assertThat(columns(ListingOrder.OLDEST.byTime("submittedAt")))
                .containsExactly("submittedAt Ascending", "id Ascending");
        assertThat(columns(ListingOrder.AMOUNT.by("publishedAt", "askingPrice", null)))
                .containsExactly("askingPrice Descending NULLS_LAST", "publishedAt Descending", "id Ascending");
        assertThat(columns(ListingOrder.DEADLINE.by("publishedAt", "budgetMax", "deadline")))
                .containsExactly("deadline Ascending", "publishedAt Descending", "id Ascending");
        assertThatThrownBy(() -> ListingOrder.AMOUNT.byTime("publishedAt"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> columns(Sort sort) {
        return sort.getColumns().stream()
                .map(c -> (c.getName() + " " + c.getDirection()
                        + (c.getNullPrecedence() == null ? "" : " " + c.getNullPrecedence())))
                .toList();
    }
}
