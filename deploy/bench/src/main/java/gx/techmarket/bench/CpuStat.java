package gx.techmarket.bench;

import java.util.Locale;

/**
 * How busy the machine was during a part of the run and how much the host took (steal): on a shared machine a part
 * run at high steal is not comparable. A reading of {@link CpuUsage}'s counters, without the process split.
 */
public record CpuStat(CpuUsage.Sample sample) {

    public static CpuStat now() {
        return new CpuStat(CpuUsage.sample(-1));
    }

    /** "machine busy 71 %, steal 2 %" between {@code before} and this. */
    public String since(CpuStat before) {
        CpuUsage u = CpuUsage.between(before.sample, sample);
        if (Double.isNaN(u.busyPercent())) {
            return "CPU not readable";
        }
        return String.format(Locale.ROOT, "machine busy %.0f %%, steal %.0f %%", u.busyPercent(),
                u.stealPercent());
    }
}
