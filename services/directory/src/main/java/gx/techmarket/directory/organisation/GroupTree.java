package gx.techmarket.directory.organisation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The group tree (集团): each organisation has at most one parent, at any depth. A new parent is refused when the
 * organisation is that parent or one of its ancestors, which would close a cycle.
 */
public final class GroupTree {

    private GroupTree() {}

    /**
     * Whether making {@code parent} the parent of {@code uscc} closes a cycle, walking up from {@code parent}
     * through {@code parentOf} (an organisation's current parent, empty at a root).
     */
    public static boolean wouldCycle(String uscc, String parent, Function<String, Optional<String>> parentOf) {
        Set<String> seen = new HashSet<>();
        for (String at = parent; at != null; at = parentOf.apply(at).orElse(null)) {
            if (at.equals(uscc)) {
                return true;
            }
            if (!seen.add(at)) {
                // a cycle above that does not pass through uscc: the data is already wrong; refuse to add to it
                return true;
            }
        }
        return false;
    }
}
