package gx.techmarket.platform.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * 关联关系: what one organisation is to another in the directory's group tree. The market's one definition of
 * affiliation; each policy says which relations it bars (docs/glossary.md):
 * <ul>
 *   <li>揭榜 (seed 004, "同一单位或其下属子公司", and the BRIEF's parent): {@link #SAME}, {@link #ANCESTOR} and
 *       {@link #DESCENDANT} are refused; a sibling in the same group ({@link #SAME_GROUP}) may bid;</li>
 *   <li>the enterprise post-subsidy (buyer and seller "无关联") and the intermediary subsidy: anything but
 *       {@link #UNRELATED} gives nothing.</li>
 * </ul>
 */
public enum Relation {
    /** The same organisation. */
    SAME,
    /** The first is a parent, grandparent… of the second. */
    ANCESTOR,
    /** The first is a subsidiary (at any depth) of the second. */
    DESCENDANT,
    /** Neither descends from the other, but both belong to one group: the same top-most parent. */
    SAME_GROUP,
    /** No common parent at any depth. */
    UNRELATED;

    /**
     * The longest chain of parents followed. The directory refuses cycles; a read model that somehow held one (or a
     * group deeper than this) must still answer instead of looping.
     */
    static final int MAX_DEPTH = 64;

    /** Whether the two are affiliated in any way (关联): anything but {@link #UNRELATED}. */
    public boolean affiliated() {
        return this != UNRELATED;
    }

    /** Whether one is the other, or one descends from the other: what 揭榜 bars. */
    public boolean sameOrLineal() {
        return this == SAME || this == ANCESTOR || this == DESCENDANT;
    }

    /**
     * What {@code a} is to {@code b}, following each one's parents with {@code parentOf} (empty for the top of a
     * group or an organisation the caller does not know).
     */
    public static Relation between(String a, String b, Function<String, Optional<String>> parentOf) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            return SAME;
        }
        List<String> aLine = lineOf(a, parentOf);
        List<String> bLine = lineOf(b, parentOf);
        if (bLine.contains(a)) {
            return ANCESTOR;
        }
        if (aLine.contains(b)) {
            return DESCENDANT;
        }
        return aLine.get(aLine.size() - 1).equals(bLine.get(bLine.size() - 1)) ? SAME_GROUP : UNRELATED;
    }

    /** The organisation, its parent, its parent's parent… up to the top of its group. */
    static List<String> lineOf(String uscc, Function<String, Optional<String>> parentOf) {
        List<String> line = new ArrayList<>();
        line.add(uscc);
        String current = uscc;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<String> parent = parentOf.apply(current);
            if (parent.isEmpty() || line.contains(parent.get())) {
                break;
            }
            current = parent.get();
            line.add(current);
        }
        return line;
    }
}
