package gx.techmarket.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU use over a measured window, as percentages of the whole machine (all cores = 100): busy, split into this JVM
 * (the bench, the Quarkus application and, by default, the Kafka broker), PostgreSQL (its postmaster and every
 * backend) and everything else on the machine (which should be near 0: if not, something else competed for the
 * cores and the numbers are not this system's alone); steal, the time a virtual machine's host gave its cores to
 * someone else (should be near 0 too); and I/O wait. Read from {@code /proc}; NaN where that is not available
 * (PostgreSQL on another host, or not Linux). The backbone part splits its windows so; every part's closing line
 * ({@link CpuStat}) takes the machine's busy and steal share from the same counters.
 *
 * @param load1 the 1-minute load average at the end of the window
 */
public record CpuUsage(double busyPercent, double jvmPercent, double postgresPercent, double otherPercent,
        double stealPercent, double iowaitPercent, double load1) {

    /** One reading of the counters, in clock ticks. */
    public record Sample(long total, long idle, long iowait, long steal, long jvm, long postgres) {}

    /** Reads the counters; {@code postmasterPid} may be -1 (unknown). */
    public static Sample sample(long postmasterPid) {
        long total = -1;
        long idle = -1;
        long iowait = -1;
        long steal = -1;
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] f = lines.get(0).trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal ...
            total = 0;
            for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                total += Long.parseLong(f[i]);
            }
            iowait = f.length > 5 ? Long.parseLong(f[5]) : 0;
            steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            idle = Long.parseLong(f[4]) + iowait;
        } catch (IOException | RuntimeException e) {
            total = -1;
        }
        long[] self = stat(Path.of("/proc/self/stat"));
        return new Sample(total, idle, iowait, steal, self == null ? -1 : self[1] + self[2],
                postmasterPid > 0 ? postgresTicks(postmasterPid) : -1);
    }

    public static CpuUsage between(Sample a, Sample b) {
        long ticks = b.total() - a.total();
        if (a.total() < 0 || b.total() < 0 || ticks <= 0) {
            return new CpuUsage(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    loadAverage());
        }
        double steal = 100.0 * (b.steal() - a.steal()) / ticks;
        double busy = 100.0 * (ticks - (b.idle() - a.idle())) / ticks - steal;
        double iowait = 100.0 * (b.iowait() - a.iowait()) / ticks;
        double jvm = a.jvm() >= 0 && b.jvm() >= 0 ? 100.0 * (b.jvm() - a.jvm()) / ticks : Double.NaN;
        double pg = a.postgres() >= 0 && b.postgres() >= 0 ? 100.0 * (b.postgres() - a.postgres()) / ticks : Double.NaN;
        double other = Double.isNaN(jvm) ? Double.NaN : Math.max(0, busy - jvm - (Double.isNaN(pg) ? 0 : pg));
        return new CpuUsage(busy, jvm, pg, other, steal, iowait, loadAverage());
    }

    /**
     * The postmaster's own time and that of the backends it already reaped, plus every live child's: the whole of
     * this PostgreSQL server.
     */
    private static long postgresTicks(long postmasterPid) {
        long[] master = stat(Path.of("/proc", Long.toString(postmasterPid), "stat"));
        if (master == null) {
            return -1;
        }
        long sum = master[1] + master[2] + master[3] + master[4];
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> isNumber(p))) {
            for (Path p : procs) {
                long[] s = stat(p.resolve("stat"));
                if (s != null && s[0] == postmasterPid) {
                    sum += s[1] + s[2];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    /** ppid, utime, stime, cutime, cstime of one process; null if it is gone. */
    static long[] stat(Path file) {
        try {
            String s = Files.readString(file);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" "); // after "pid (comm) ": state is f[0]
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                    Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The parent of a process (the postmaster, for a backend's pid); -1 if unknown. */
    public static long parentOf(long pid) {
        long[] s = stat(Path.of("/proc", Long.toString(pid), "stat"));
        return s == null ? -1 : s[0];
    }

    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static boolean isNumber(Path p) {
        String name = p.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
