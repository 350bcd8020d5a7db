package gx.techmarket.directory.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.directory.people.PanelDraw.Avoided;
import gx.techmarket.directory.people.PanelDraw.Candidate;
import gx.techmarket.directory.people.PanelDraw.Declared;
import gx.techmarket.directory.people.PanelDraw.NotEnoughExperts;
import gx.techmarket.directory.people.PanelDraw.Outcome;
import gx.techmarket.directory.people.PanelDraw.Reason;
import gx.techmarket.platform.domain.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PanelDrawTest {

    // a group three deep: GROUP ← SUGAR_CO ← SUGAR_MILL, and SISTER ← GROUP; OTHER stands alone
    static final String GROUP = "91450100MA5K3B2L5H";
    static final String SUGAR_CO = "91450300MA5KC7Q12L";
    static final String SUGAR_MILL = "91450300MA5KD00001";
    static final String SISTER = "91451400MA5M6G8T30";
    static final String OTHER = "91450200MA5L0PX62A";
    static final String UNIVERSITY = "124501004985024102";
    static final String INSTITUTE = "124501004980015368";
    static final Map<String, String> PARENTS = Map.of(SUGAR_CO, GROUP, SUGAR_MILL, SUGAR_CO, SISTER, GROUP);
    static final Function<String, Optional<String>> PARENT_OF = u -> Optional.ofNullable(PARENTS.get(u));
    static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    static Candidate expert(int n, String organisation, Declared... declared) {
        return new Candidate(new UUID(0, n), "专家" + n, organisation, List.of(declared));
    }

    static List<Candidate> pool(int size) {
        List<Candidate> pool = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            pool.add(expert(i, i % 2 == 0 ? UNIVERSITY : INSTITUTE));
        }
        return pool;
    }

    static List<UUID> ids(Outcome o) {
        return o.drawn().stream().map(Candidate::id).toList();
    }

    @Test
    void theSameCandidatesPartiesDayAndSeedGiveTheSamePanelInWhateverOrderTheCandidatesCome() {
        List<Candidate> pool = pool(12);
        Outcome first = PanelDraw.draw(pool, List.of(OTHER), 5, 20261205L, DAY, PARENT_OF);
        List<Candidate> shuffled = new ArrayList<>(pool);
        Collections.reverse(shuffled);
        Outcome again = PanelDraw.draw(shuffled, List.of(OTHER), 5, 20261205L, DAY, PARENT_OF);

        assertThat(ids(again)).isEqualTo(ids(first)).hasSize(5).doesNotHaveDuplicates();
        assertThat(first.candidates()).isEqualTo(12);
        assertThat(first.eligible()).isEqualTo(12);
    }

    /** The documented algorithm, pinned: a change of it would make recorded panels impossible to draw again. */
    @Test
    void theDrawIsTheDocumentedShuffleOfTheCandidatesInIdOrder() {
        List<Candidate> ordered = pool(6);
        List<Candidate> expected = new ArrayList<>(ordered);
        java.util.SplittableRandom random = new java.util.SplittableRandom(7L);
        for (int i = expected.size() - 1; i > 0; i--) {
            Collections.swap(expected, i, random.nextInt(i + 1));
        }
        Outcome drawn = PanelDraw.draw(ordered, List.of(), 3, 7L, DAY, PARENT_OF);
        assertThat(drawn.drawn()).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(ids(drawn)).extracting(UUID::getLeastSignificantBits).containsExactly(3L, 2L, 1L);
    }

    @Test
    void anotherSeedGivesAnotherPanel() {
        List<Candidate> pool = pool(12);
        assertThat(ids(PanelDraw.draw(pool, List.of(), 5, 1L, DAY, PARENT_OF)))
                .isNotEqualTo(ids(PanelDraw.draw(pool, List.of(), 5, 2L, DAY, PARENT_OF)));
    }

    @Test
    void anExpertWhoseOrganisationIsInTheGroupOfAPartyAtAnyDepthIsAvoided() {
        Candidate mill = expert(1, SUGAR_MILL);      // grandchild of the group
        Candidate sister = expert(2, SISTER);        // same group as SUGAR_CO
        Candidate group = expert(3, GROUP);          // ancestor
        Candidate free = expert(4, UNIVERSITY);
        Outcome o = PanelDraw.draw(List.of(mill, sister, group, free), List.of(SUGAR_CO), 1, 5L, DAY, PARENT_OF);

        assertThat(o.drawn()).containsExactly(free);
        assertThat(o.avoided()).extracting(Avoided::expertId, Avoided::reason, Avoided::relation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(mill.id(), Reason.ORGANISATION_AFFILIATED, Relation.DESCENDANT),
                org.assertj.core.groups.Tuple.tuple(sister.id(), Reason.ORGANISATION_AFFILIATED, Relation.SAME_GROUP),
                org.assertj.core.groups.Tuple.tuple(group.id(), Reason.ORGANISATION_AFFILIATED, Relation.ANCESTOR));
        assertThat(o.avoided()).extracting(Avoided::partyUscc).containsOnly(SUGAR_CO);
    }

    @Test
    void aDeclaredRelationWithThePartyOrItsGroupAvoidsTheExpertOnlyWhileInForce() {
        Candidate consults = expert(1, UNIVERSITY, new Declared(SISTER, RelationKind.CONSULTING,
                LocalDate.of(2025, 1, 1), null));                                   // with the party's group
        Candidate consultedLongAgo = expert(2, UNIVERSITY, new Declared(SUGAR_CO, RelationKind.CONSULTING,
                LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)));             // over
        Candidate leftLately = expert(3, INSTITUTE, new Declared(SUGAR_CO, RelationKind.FORMER_EMPLOYER,
                LocalDate.of(2010, 1, 1), LocalDate.of(2024, 6, 30)));              // within 3 years of the end
        Candidate leftLongAgo = expert(4, INSTITUTE, new Declared(SUGAR_CO, RelationKind.FORMER_EMPLOYER,
                LocalDate.of(2010, 1, 1), LocalDate.of(2023, 12, 4)));              // 3 years and a day
        Candidate notYet = expert(5, INSTITUTE, new Declared(SUGAR_CO, RelationKind.FAMILY,
                LocalDate.of(2027, 1, 1), null));                                   // begins after the day
        Candidate unrelated = expert(6, INSTITUTE, new Declared(OTHER, RelationKind.EMPLOYER,
                LocalDate.of(2020, 1, 1), null));

        Outcome o = PanelDraw.draw(List.of(consults, consultedLongAgo, leftLately, leftLongAgo, notYet, unrelated),
                List.of(SUGAR_MILL), 4, 9L, DAY, PARENT_OF);

        assertThat(o.avoided()).extracting(Avoided::expertId)
                .containsExactly(consults.id(), leftLately.id());
        assertThat(o.avoided().get(0)).satisfies(a -> {
            assertThat(a.reason()).isEqualTo(Reason.DECLARED_RELATION);
            assertThat(a.declaredUscc()).isEqualTo(SISTER);
            assertThat(a.declaredKind()).isEqualTo(RelationKind.CONSULTING);
            assertThat(a.relation()).isEqualTo(Relation.SAME_GROUP);
            assertThat(a.partyUscc()).isEqualTo(SUGAR_MILL);
        });
        assertThat(o.drawn()).containsExactlyInAnyOrder(consultedLongAgo, leftLongAgo, notYet, unrelated);
    }

    @Test
    void tooFewEligibleExpertsDrawNobodyAndSayHowMany() {
        List<Candidate> pool = new ArrayList<>(pool(3));
        pool.add(expert(10, SUGAR_CO));
        assertThatThrownBy(() -> PanelDraw.draw(pool, List.of(GROUP), 4, 1L, DAY, PARENT_OF))
                .isInstanceOfSatisfying(NotEnoughExperts.class, e -> {
                    assertThat(e.size()).isEqualTo(4);
                    assertThat(e.candidates()).isEqualTo(4);
                    assertThat(e.eligible()).isEqualTo(3);
                });
        assertThat(PanelDraw.draw(pool, List.of(GROUP), 3, 1L, DAY, PARENT_OF).drawn()).hasSize(3);
    }

    @Test
    void everyPartyCountsAndAnExpertIsAvoidedForEachReason() {
        Candidate both = expert(1, SUGAR_CO, new Declared(OTHER, RelationKind.FAMILY, LocalDate.of(2000, 1, 1),
                null));
        Outcome o = PanelDraw.draw(List.of(both, expert(2, UNIVERSITY)), List.of(GROUP, OTHER), 1, 3L, DAY,
                PARENT_OF);
        assertThat(o.avoided()).extracting(Avoided::partyUscc, Avoided::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GROUP, Reason.ORGANISATION_AFFILIATED),
                org.assertj.core.groups.Tuple.tuple(OTHER, Reason.DECLARED_RELATION));
        assertThat(o.eligible()).isEqualTo(1);
    }
}
