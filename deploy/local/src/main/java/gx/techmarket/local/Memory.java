package gx.techmarket.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Memory of a running market, per component, from {@code /proc}: resident (RSS, each process's own view; shared pages
 * counted in every process that maps them) and proportional (PSS, shared pages divided among their sharers, so the
 * sum is what the market really takes). Kafka runs inside the supervisor and is counted there.
 */
public final class Memory {

    /** KiB of one component. */
    public record Usage(long residentKb, long proportionalKb) {}

    private Memory() {}

    public static Map<String, Usage> of(State state) {
        Map<String, Usage> usage = new LinkedHashMap<>();
        state.supervisor().filter(ProcessRef::alive).ifPresent(s -> usage.put("supervisor",
                new Usage(ProcessTools.residentKb(s.pid()), ProcessTools.proportionalKb(s.pid()))));
        for (State.Component c : state.components()) {
            if (c.ownGroup() && c.process().isPresent() && c.process().get().alive()) {
                long pid = c.process().get().pid();
                usage.put(c.name(), new Usage(ProcessTools.treeResidentKb(pid), ProcessTools.treeProportionalKb(pid)));
            }
        }
        return usage;
    }

    public static Usage total(Map<String, Usage> usage) {
        return new Usage(usage.values().stream().mapToLong(Usage::residentKb).sum(),
                usage.values().stream().mapToLong(Usage::proportionalKb).sum());
    }
}
