package gx.techmarket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's CPU time from the first line of {@code /proc/stat}, to tell how busy the machine was during a part
 * of the run and how much the host took (steal): on a shared machine a part run at high steal is not comparable.
 */
public record CpuStat(long busy, long idle, long steal) {

    public static CpuStat now() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]) + Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new CpuStat(user + nice + system + irq, idle, steal);
        } catch (IOException | RuntimeException e) {
            return new CpuStat(0, 0, 0);
        }
    }

    /** "busy 71 %, steal 2 %" between {@code before} and this. */
    public String since(CpuStat before) {
        long busy = this.busy - before.busy;
        long idle = this.idle - before.idle;
        long steal = this.steal - before.steal;
        long all = busy + idle + steal;
        if (all <= 0) {
            return "CPU not readable";
        }
        return String.format(Locale.ROOT, "machine busy %.0f %%, steal %.0f %%", 100.0 * busy / all,
                100.0 * steal / all);
    }
}
