package gx.techmarket.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RelationTest {

    /**
     * group ─┬─ sugar ─── refinery
     *        └─ agency
     * other (alone)
     */
    private static final Map<String, String> PARENTS = Map.of(
            "sugar", "group",
            "refinery", "sugar",
            "agency", "group");
    private static final Function<String, Optional<String>> PARENT_OF = u -> Optional.ofNullable(PARENTS.get(u));

    @Test
    void anOrganisationIsItself() {
        assertThat(Relation.between("sugar", "sugar", PARENT_OF)).isEqualTo(Relation.SAME);
    }

    @Test
    void parentsAndGrandparentsAreAncestorsAndTheOtherWayDescendants() {
        assertThat(Relation.between("group", "sugar", PARENT_OF)).isEqualTo(Relation.ANCESTOR);
        assertThat(Relation.between("group", "refinery", PARENT_OF)).isEqualTo(Relation.ANCESTOR);
        assertThat(Relation.between("refinery", "group", PARENT_OF)).isEqualTo(Relation.DESCENDANT);
        assertThat(Relation.between("refinery", "sugar", PARENT_OF)).isEqualTo(Relation.DESCENDANT);
    }

    @Test
    void siblingsAndCousinsShareTheirGroup() {
        assertThat(Relation.between("agency", "sugar", PARENT_OF)).isEqualTo(Relation.SAME_GROUP);
        assertThat(Relation.between("refinery", "agency", PARENT_OF)).isEqualTo(Relation.SAME_GROUP);
    }

    @Test
    void organisationsOfDifferentGroupsAreUnrelated() {
        assertThat(Relation.between("other", "refinery", PARENT_OF)).isEqualTo(Relation.UNRELATED);
        assertThat(Relation.between("group", "other", PARENT_OF)).isEqualTo(Relation.UNRELATED);
        assertThat(Relation.between("unknown", "other", PARENT_OF)).isEqualTo(Relation.UNRELATED);
    }

    @Test
    void eachPolicyReadsWhatItBars() {
        assertThat(Relation.SAME_GROUP.affiliated()).isTrue();
        assertThat(Relation.SAME_GROUP.sameOrLineal()).isFalse();
        assertThat(Relation.DESCENDANT.sameOrLineal()).isTrue();
        assertThat(Relation.ANCESTOR.sameOrLineal()).isTrue();
        assertThat(Relation.UNRELATED.affiliated()).isFalse();
    }

    @Test
    void aCycleInTheDataEndsTheWalkInsteadOfLooping() {
        Map<String, String> cyclic = Map.of("a", "b", "b", "a");
        Function<String, Optional<String>> parentOf = u -> Optional.ofNullable(cyclic.get(u));

        assertThat(Relation.lineOf("a", parentOf)).containsExactly("a", "b");
        assertThat(Relation.between("a", "c", parentOf)).isEqualTo(Relation.UNRELATED);
    }
}
