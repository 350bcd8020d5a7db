package gx.techmarket.directory.people;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.directory.people.PanelDraw.Avoided;
import gx.techmarket.directory.people.PanelDraw.Candidate;
import gx.techmarket.directory.people.PanelDraw.Declared;
import gx.techmarket.directory.people.PanelDraw.Outcome;
import gx.techmarket.platform.domain.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The panel draw over many seeds (issue 17): never an expert affiliated with a party, whatever the seed, and every
 * affiliated expert recorded as avoided in every draw; the seeds do reach every eligible expert, so the draw is not
 * safe merely by always drawing the same few.
 */
class PanelDrawSeededTest {

    // the demander's group three deep: GROUP ← SUGAR_CO ← SUGAR_MILL, SISTER ← GROUP; two bidders; others unrelated
    static final String GROUP = "91450100MA5K3B2L5H";
    static final String SUGAR_CO = "91450300MA5KC7Q12L";
    static final String SUGAR_MILL = "91450300MA5KD00001";
    static final String SISTER = "91451400MA5M6G8T30";
    static final String BIDDER_UNIVERSITY = "124501004985024102";
    static final String BIDDER_INSTITUTE = "124501004980015368";
    static final String OTHER_UNIVERSITY = "12450300498503368U";
    static final String OTHER_ENTERPRISE = "91450200MA5L0PX62A";
    static final String ACADEMY = "124500004985012345";
    static final Map<String, String> PARENTS = Map.of(SUGAR_CO, GROUP, SUGAR_MILL, SUGAR_CO, SISTER, GROUP);
    static final Function<String, Optional<String>> PARENT_OF = u -> Optional.ofNullable(PARENTS.get(u));
    static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    /** The demander and the two bidders of the challenge the panel scores. */
    static final List<String> PARTIES = List.of(SUGAR_CO, BIDDER_UNIVERSITY, BIDDER_INSTITUTE);

    static final List<String> ORGANISATIONS = List.of(GROUP, SUGAR_CO, SUGAR_MILL, SISTER, BIDDER_UNIVERSITY,
            BIDDER_INSTITUTE, OTHER_UNIVERSITY, OTHER_ENTERPRISE, ACADEMY);

    /**
     * 60 experts spread over the organisations; every seventh of the unrelated ones declared a current employment by
     * the sugar mill (so it is affiliated by declaration), every eleventh a past one that has lapsed.
     */
    static List<Candidate> pool() {
        List<Candidate> pool = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String organisation = ORGANISATIONS.get(i % ORGANISATIONS.size());
            List<Declared> declared = new ArrayList<>();
            if (i % 7 == 0) {
                declared.add(new Declared(SUGAR_MILL, RelationKind.EMPLOYER, LocalDate.of(2024, 3, 1), null));
            }
            if (i % 11 == 0) {
                declared.add(new Declared(BIDDER_UNIVERSITY, RelationKind.CONSULTING, LocalDate.of(2019, 1, 1),
                        LocalDate.of(2020, 12, 31)));
            }
            pool.add(new Candidate(new UUID(7, i), "专家" + i, organisation, declared));
        }
        return pool;
    }

    /** Affiliated with a party, worked out here independently of the draw: by organisation or a declaration in force. */
    static boolean affiliated(Candidate c) {
        for (String party : PARTIES) {
            if (Relation.between(c.organisationUscc(), party, PARENT_OF).affiliated()) {
                return true;
            }
            for (Declared d : c.declared()) {
                if (d.kind().inForceOn(d.from(), d.to(), DAY)
                        && Relation.between(d.uscc(), party, PARENT_OF).affiliated()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void noSeedDrawsAnAffiliatedExpertAndEveryDrawRecordsEachOneAvoided() {
        List<Candidate> pool = pool();
        Set<UUID> affiliated = pool.stream().filter(PanelDrawSeededTest::affiliated).map(Candidate::id)
                .collect(Collectors.toSet());
        Set<UUID> eligible = pool.stream().map(Candidate::id).filter(id -> !affiliated.contains(id))
                .collect(Collectors.toSet());
        // the pool is a real test: many affiliated experts of each kind, and enough eligible ones for a panel
        assertThat(affiliated).hasSizeGreaterThan(30);
        assertThat(eligible).hasSizeGreaterThan(10);

        Set<UUID> everDrawn = new HashSet<>();
        for (long seed = 0; seed < 2_000; seed++) {
            Outcome o = PanelDraw.draw(pool, PARTIES, 5, seed, DAY, PARENT_OF);
            List<UUID> drawn = o.drawn().stream().map(Candidate::id).toList();
            assertThat(drawn).as("seed %d", seed).hasSize(5).doesNotHaveDuplicates()
                    .allMatch(eligible::contains);
            assertThat(o.avoided().stream().map(Avoided::expertId).collect(Collectors.toSet()))
                    .as("seed %d avoided", seed).isEqualTo(affiliated);
            assertThat(o.eligible()).isEqualTo(eligible.size());
            everDrawn.addAll(drawn);
        }
        assertThat(everDrawn).as("the seeds reach every eligible expert").isEqualTo(eligible);
    }
}
