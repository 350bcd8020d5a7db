package gx.techmarket.catalogue.result;

import static gx.techmarket.catalogue.result.ResultStatus.DRAFT;
import static gx.techmarket.catalogue.result.ResultStatus.LIFECYCLE;
import static gx.techmarket.catalogue.result.ResultStatus.PUBLISHED;
import static gx.techmarket.catalogue.result.ResultStatus.REJECTED;
import static gx.techmarket.catalogue.result.ResultStatus.SUBMITTED;
import static gx.techmarket.catalogue.result.ResultStatus.TRANSFERRED;
import static gx.techmarket.catalogue.result.ResultStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import org.junit.jupiter.api.Test;

class ResultStatusTest {

    /** The review itself is the listing kernel's (ListingAccessTest); after it, a result is withdrawn. */
    @Test
    void theStatusFilterAdmitsEveryStateAndNothingElse() {
        assertThat(ResultStatus.NAMES.split("\\|"))
                .containsExactlyInAnyOrder(java.util.Arrays.stream(ResultStatus.values()).map(Enum::name)
                        .toArray(String[]::new));
    }

    @Test
    void aPublishedResultIsWithdrawnOrTransferred() {
        assertThat(LIFECYCLE.apply("withdraw", PUBLISHED)).isEqualTo(WITHDRAWN);
        assertThat(LIFECYCLE.leads(PUBLISHED, TRANSFERRED)).isTrue();
        assertThat(LIFECYCLE.actionsFrom(PUBLISHED)).containsExactly("withdraw");
    }

    @Test
    void shouldRefuseShortcutsAndResurrections() {
        assertThat(LIFECYCLE.leads(DRAFT, PUBLISHED)).isFalse();
        assertThat(LIFECYCLE.leads(REJECTED, PUBLISHED)).isFalse();
        assertThat(LIFECYCLE.leads(WITHDRAWN, PUBLISHED)).isFalse();
        assertThat(LIFECYCLE.leads(PUBLISHED, DRAFT)).isFalse();
        assertThat(LIFECYCLE.isFinal(WITHDRAWN)).isTrue();
        assertThat(LIFECYCLE.isFinal(TRANSFERRED)).isTrue();
        assertThatThrownBy(() -> LIFECYCLE.apply("approve", DRAFT)).isInstanceOf(ProblemException.class);
    }

    @Test
    void onlyDraftsAndRejectedResultsCanBeSubmittedAndSoEdited() {
        for (ResultStatus s : ResultStatus.values()) {
            assertThat(LIFECYCLE.allows("submit", s)).as("%s editable", s).isEqualTo(s == DRAFT || s == REJECTED);
        }
    }

    @Test
    void onlyPublishedAndTransferredResultsArePublic() {
        for (ResultStatus s : ResultStatus.values()) {
            assertThat(s.isPublic()).as("%s public", s).isEqualTo(s == PUBLISHED || s == TRANSFERRED);
        }
    }
}
