package gx.techmarket.platform.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import gx.techmarket.platform.problems.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingRulesTest {

    @Test
    void aListOfDistinctItemsIsKeptInItsOrder() {
        assertThat(ListingRules.distinct(List.of("ZL202010123456.7", "ZL201910000001.X"), "patentNumbers"))
                .containsExactly("ZL202010123456.7", "ZL201910000001.X");
        assertThat(ListingRules.distinct(List.of(), "patentNumbers")).isEmpty();
    }

    @Test
    void aRepeatedItemIsRefusedOnItsFieldNotDropped() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> ListingRules.distinct(List.of("A", "B", "A"), "transferModes"));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("DUPLICATE_ITEM");
        assertThat(e.field()).isEqualTo("transferModes");
        assertThat(e.fieldCode()).isEqualTo("DUPLICATE_ITEM");
        assertThat(e.args()).containsExactly("A");
    }
}
