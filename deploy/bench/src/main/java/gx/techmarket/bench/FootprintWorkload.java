package gx.techmarket.bench;

import gx.techmarket.bench.report.Fmt;
import gx.techmarket.bench.report.Section;
import gx.techmarket.local.State;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Footprint: each component's time to ready (from the launcher's state file) and its resident memory in every
 * sample the run took (idle after start, and in the middle of the heaviest phases), with the whole stack's.
 */
final class FootprintWorkload extends Workload {

    private final double stackStartSeconds;
    private final State atStart;

    /** {@code atStart}: the launcher's state right after the start (drills restart components later). */
    FootprintWorkload(double stackStartSeconds, State atStart) {
        super("footprint", "Footprint: memory and time to ready");
        this.stackStartSeconds = stackStartSeconds;
        this.atStart = atStart;
    }

    @Override
    public void run(BenchContext ctx, Section s) {
        State state = atStart;
        Section.Table ready = s.table("component", "time to ready (s)", "note");
        var json = s.json().putObject("readySeconds");
        for (State.Component c : state.components()) {
            double secs = c.readySeconds();
            ready.row(c.name(), Fmt.seconds(secs < 0 ? Double.NaN : secs),
                    c.name().equals("kafka") ? "in the launcher's supervisor JVM" : "");
            Section.putNumber(json, c.name(), secs < 0 ? Double.NaN : secs);
        }
        ready.row("**whole stack**", Fmt.seconds(state.readySeconds()),
                ctx.market().owned() ? String.format(java.util.Locale.ROOT,
                        "fresh home (Keycloak's first start builds and imports the realm); `techmarket start` "
                                + "returned after %.1f s", stackStartSeconds) : "attached: as the launcher recorded");
        Section.putNumber(s.json(), "stackReadySeconds", state.readySeconds());

        ctx.footprint().sample("at the end of the run");
        List<Footprint.Sample> samples = ctx.footprint().samples();
        Set<String> components = new LinkedHashSet<>();
        samples.forEach(x -> components.addAll(x.rssBytes().keySet()));
        List<String> header = new ArrayList<>(List.of("sample"));
        components.forEach(c -> header.add(c + " RSS (PSS) MB"));
        header.add("total RSS (PSS) MB");
        Section.Table rss = s.table(header.toArray(String[]::new));
        var jsonSamples = s.json().putArray("rssSamples");
        for (Footprint.Sample x : samples) {
            List<Object> row = new ArrayList<>(List.of(x.label()));
            long total = 0;
            long totalPss = 0;
            var node = jsonSamples.addObject();
            node.put("label", x.label());
            var bytes = node.putObject("rssBytes");
            var pssBytes = node.putObject("pssBytes");
            for (String c : components) {
                Long b = x.rssBytes().get(c);
                long p = x.pssBytes().getOrDefault(c, 0L);
                row.add(b == null ? "–" : Fmt.mb(b) + " (" + Fmt.mb(p) + ")");
                if (b != null) {
                    total += b;
                    totalPss += p;
                    bytes.put(c, b);
                    pssBytes.put(c, p);
                }
            }
            row.add(Fmt.mb(total) + " (" + Fmt.mb(totalPss) + ")");
            rss.row(row.toArray());
        }
        s.text("RSS counts shared pages in every process that maps them; PSS divides them among those processes, so "
                + "PSS adds up to what the stack takes from the machine. PostgreSQL is the postmaster and all its "
                + "backends: their RSS counts the shared buffers once per backend, so read its PSS. Times to ready "
                + "are those of the start at the beginning of the run (the drills' restarts are in their rows). The "
                + "services run with the launcher's JVM options (`TECHMARKET_SERVICE_JAVA_OPTS`, default "
                + "`-Xms32m -Xmx384m`).");
    }
}
