package gx.techmarket.platform.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedInPathsTest {

    private final SignedInPaths paths = new SignedInPaths(Optional.of(List.of("/results/import", "/results/import/*",
            "/results/*/attachments", "/results/*/attachments/*")));

    @Test
    void aStarIsOneSegmentInsideAndAnyRestAtTheEnd() {
        assertThat(paths.covers("/results/import")).isTrue();
        assertThat(paths.covers("/results/import/")).isTrue();
        assertThat(paths.covers("/results/import/template")).isTrue();
        assertThat(paths.covers("/results/3f2c/attachments")).isTrue();
        assertThat(paths.covers("/results/3f2c/attachments/9a/content")).isTrue();
        assertThat(paths.covers("/results/a/b/attachments")).isFalse();
        assertThat(paths.covers("/results")).isFalse();
        assertThat(paths.covers("/results/search")).isFalse();
        assertThat(paths.covers("/results/importer")).isFalse();
        assertThat(paths.covers("/public/results/import")).isFalse();
    }

    @Test
    void patternCharactersAreLiteral() {
        SignedInPaths dotted = new SignedInPaths(Optional.of(List.of("/a.b/*")));
        assertThat(dotted.covers("/a.b/c")).isTrue();
        assertThat(dotted.covers("/axb/c")).isFalse();
    }

    @Test
    void noPathsCoverNothingAndAPathMustBeAbsolute() {
        assertThat(new SignedInPaths(Optional.empty()).covers("/results/import")).isFalse();
        assertThatThrownBy(() -> new SignedInPaths(Optional.of(List.of("results/import"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
