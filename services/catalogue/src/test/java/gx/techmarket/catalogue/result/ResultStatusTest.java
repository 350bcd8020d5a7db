package gx.techmarket.catalogue.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultStatusTest {

    @Test
    void shouldFollowTheReviewLifecycle() {
        assertThat(ResultStatus.DRAFT.canBecome(ResultStatus.SUBMITTED)).isTrue();
        assertThat(ResultStatus.SUBMITTED.canBecome(ResultStatus.PUBLISHED)).isTrue();
        assertThat(ResultStatus.SUBMITTED.canBecome(ResultStatus.REJECTED)).isTrue();
        assertThat(ResultStatus.REJECTED.canBecome(ResultStatus.SUBMITTED)).isTrue();
        assertThat(ResultStatus.PUBLISHED.canBecome(ResultStatus.WITHDRAWN)).isTrue();
    }

    @Test
    void shouldRefuseShortcutsAndResurrections() {
        assertThat(ResultStatus.DRAFT.canBecome(ResultStatus.PUBLISHED)).isFalse();
        assertThat(ResultStatus.REJECTED.canBecome(ResultStatus.PUBLISHED)).isFalse();
        assertThat(ResultStatus.WITHDRAWN.canBecome(ResultStatus.PUBLISHED)).isFalse();
        assertThat(ResultStatus.PUBLISHED.canBecome(ResultStatus.DRAFT)).isFalse();
        for (ResultStatus s : ResultStatus.values()) {
            assertThat(ResultStatus.WITHDRAWN.canBecome(s)).isFalse();
            assertThat(ResultStatus.TRANSFERRED.canBecome(s)).isFalse();
        }
    }

    @Test
    void onlyDraftsAndRejectedResultsAreEditable() {
        assertThat(ResultStatus.DRAFT.isEditable()).isTrue();
        assertThat(ResultStatus.REJECTED.isEditable()).isTrue();
        assertThat(ResultStatus.SUBMITTED.isEditable()).isFalse();
        assertThat(ResultStatus.PUBLISHED.isEditable()).isFalse();
    }
}
