package gx.techmarket.local;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/** Finds the ports the market needs that another program already holds, and says so plainly. */
public final class PortCheck {

    private PortCheck() {}

    public static List<PortClaim> taken(List<PortClaim> claims, IntPredicate inUse) {
        return claims.stream().filter(c -> inUse.test(c.port())).toList();
    }

    /**
     * The message for ports that are taken.
     *
     * @param taken the claims whose port is in use
     * @param holder who holds a port, if that can be found out ("pid 4242 (java)")
     */
    public static String message(List<PortClaim> taken, IntFunction<Optional<String>> holder) {
        StringBuilder b = new StringBuilder();
        b.append(taken.size() == 1 ? "cannot start: a port the market needs is already in use on 127.0.0.1:"
                : "cannot start: " + taken.size() + " ports the market needs are already in use on 127.0.0.1:");
        for (PortClaim claim : taken) {
            b.append("\n  - port ").append(claim.port()).append(" (").append(claim.component()).append(") is in use");
            holder.apply(claim.port()).ifPresent(h -> b.append(" by ").append(h));
            b.append("; free it, or choose another port with ").append(claim.variable()).append("=<port>");
        }
        b.append("\nIf an earlier techmarket is still up: deploy/local/techmarket status, then deploy/local/techmarket stop.");
        return b.toString();
    }
}
