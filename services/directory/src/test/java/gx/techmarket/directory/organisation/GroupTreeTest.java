package gx.techmarket.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupTreeTest {

    /** group ← subsidiary ← workshop ← line: four levels. */
    private static final Map<String, String> PARENTS = Map.of(
            "subsidiary", "group",
            "workshop", "subsidiary",
            "line", "workshop",
            "sibling", "group");
    private static final Function<String, Optional<String>> PARENT_OF = u -> Optional.ofNullable(PARENTS.get(u));

    @Test
    void aParentBelowTheOrganisationAtAnyDepthClosesACycle() {
        assertThat(GroupTree.wouldCycle("group", "subsidiary", PARENT_OF)).isTrue();
        assertThat(GroupTree.wouldCycle("group", "line", PARENT_OF)).isTrue();
        assertThat(GroupTree.wouldCycle("subsidiary", "line", PARENT_OF)).isTrue();
        assertThat(GroupTree.wouldCycle("group", "group", PARENT_OF)).isTrue();
    }

    @Test
    void aParentElsewhereInTheTreeOrOutsideItDoesNot() {
        assertThat(GroupTree.wouldCycle("line", "sibling", PARENT_OF)).isFalse();
        assertThat(GroupTree.wouldCycle("sibling", "line", PARENT_OF)).isFalse();
        assertThat(GroupTree.wouldCycle("workshop", "group", PARENT_OF)).isFalse();
        assertThat(GroupTree.wouldCycle("newcomer", "line", PARENT_OF)).isFalse();
        assertThat(GroupTree.wouldCycle("group", "other-group", PARENT_OF)).isFalse();
    }

    @Test
    void aCycleAlreadyAboveIsRefusedRatherThanWalkedForever() {
        Map<String, String> broken = Map.of("a", "b", "b", "a");
        assertThat(GroupTree.wouldCycle("c", "a", u -> Optional.ofNullable(broken.get(u)))).isTrue();
    }
}
