package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * 抽取专家: draws a panel of {@code size} experts at random from the candidates (the active experts of a field),
 * avoiding every expert affiliated with a named party. Reproducible: the same candidates, parties, day and seed give
 * the same panel, by this algorithm:
 * <ol>
 *   <li>the candidates are sorted by id (as text);</li>
 *   <li>an expert is avoided for a party when its own organisation is anything but {@link Relation#UNRELATED} to
 *       the party (same, ancestor, descendant or same group, in the directory's group tree), or when it declared a
 *       relation in force on the day with the party or with any organisation of the party's group
 *       ({@link RelationKind#inForceOn}); every reason is recorded;</li>
 *   <li>the eligible ones (in id order) are shuffled by Fisher–Yates with {@code new SplittableRandom(seed)}: for
 *       i from n−1 down to 1, swap i with {@code nextInt(i + 1)};</li>
 *   <li>the first {@code size} of the shuffled list are the panel, in that order.</li>
 * </ol>
 * Fewer eligible experts than {@code size}: {@link NotEnoughExperts}, nothing drawn.
 */
public final class PanelDraw {

    private PanelDraw() {}

    /** A relation an expert declared: with {@code uscc}, of {@code kind}, from {@code from} to {@code to} (null: open). */
    public record Declared(String uscc, RelationKind kind, LocalDate from, LocalDate to) {}

    /** An expert who may be drawn: active, of the field, its organisation verified. */
    public record Candidate(UUID id, String name, String organisationUscc, List<Declared> declared) {}

    /** Why an expert may not sit on a panel about a party. */
    public enum Reason {
        /** The expert's organisation is affiliated with the party (the relation says how). */
        ORGANISATION_AFFILIATED,
        /** The expert declared a relation in force with the party or its group. */
        DECLARED_RELATION
    }

    /**
     * One expert avoided for one party: {@code relation} is how the organisation (the expert's own, or the one it
     * declared: {@code declaredUscc}) stands to the party; {@code declaredKind} the declared relation's kind.
     */
    public record Avoided(UUID expertId, String partyUscc, Reason reason, Relation relation, String declaredUscc,
            RelationKind declaredKind) {}

    /** The panel in draw order, every avoidance, and the counts. */
    public record Outcome(List<Candidate> drawn, List<Avoided> avoided, int candidates, int eligible) {}

    /** Too few eligible experts: nothing is drawn. */
    public static final class NotEnoughExperts extends RuntimeException {
        private final int size;
        private final int candidates;
        private final int eligible;

        NotEnoughExperts(int size, int candidates, int eligible) {
            super("panel of " + size + ": " + eligible + " eligible of " + candidates, null, false, false);
            this.size = size;
            this.candidates = candidates;
            this.eligible = eligible;
        }

        public int size() {
            return size;
        }

        public int candidates() {
            return candidates;
        }

        public int eligible() {
            return eligible;
        }
    }

    /**
     * Draws {@code size} of {@code candidates}, avoiding those affiliated with any of {@code parties} on {@code day};
     * {@code parentOf} is the directory's group tree (an organisation's parent, empty at the top or for one it does
     * not hold).
     */
    public static Outcome draw(List<Candidate> candidates, List<String> parties, int size, long seed, LocalDate day,
            Function<String, Optional<String>> parentOf) {
        if (size < 1) {
            throw new IllegalArgumentException("a panel has at least one expert");
        }
        Function<String, Optional<String>> parents = memoised(parentOf);
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparing(c -> c.id().toString()));
        List<Candidate> eligible = new ArrayList<>();
        List<Avoided> avoided = new ArrayList<>();
        for (Candidate c : ordered) {
            List<Avoided> reasons = reasons(c, parties, day, parents);
            if (reasons.isEmpty()) {
                eligible.add(c);
            } else {
                avoided.addAll(reasons);
            }
        }
        if (eligible.size() < size) {
            throw new NotEnoughExperts(size, ordered.size(), eligible.size());
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = eligible.size() - 1; i > 0; i--) {
            Collections.swap(eligible, i, random.nextInt(i + 1));
        }
        return new Outcome(List.copyOf(eligible.subList(0, size)), List.copyOf(avoided), ordered.size(),
                eligible.size());
    }

    /** Every reason {@code c} may not sit on a panel about any of {@code parties}; empty when it may. */
    static List<Avoided> reasons(Candidate c, List<String> parties, LocalDate day,
            Function<String, Optional<String>> parentOf) {
        List<Avoided> reasons = new ArrayList<>();
        for (String party : parties) {
            Relation own = Relation.between(c.organisationUscc(), party, parentOf);
            if (own.affiliated()) {
                reasons.add(new Avoided(c.id(), party, Reason.ORGANISATION_AFFILIATED, own, null, null));
            }
            for (Declared d : c.declared()) {
                if (!d.kind().inForceOn(d.from(), d.to(), day)) {
                    continue;
                }
                Relation declared = Relation.between(d.uscc(), party, parentOf);
                if (declared.affiliated()) {
                    reasons.add(new Avoided(c.id(), party, Reason.DECLARED_RELATION, declared, d.uscc(), d.kind()));
                }
            }
        }
        return reasons;
    }

    /** One draw asks for the same parents many times: each is looked up once. */
    private static Function<String, Optional<String>> memoised(Function<String, Optional<String>> parentOf) {
        Map<String, Optional<String>> known = new HashMap<>();
        return uscc -> {
            Optional<String> parent = known.get(uscc);
            if (parent == null) {
                parent = parentOf.apply(uscc);
                known.put(uscc, parent);
            }
            return parent;
        };
    }
}
