package gx.techmarket.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Linux process facts from {@code /proc}, and signals to whole process groups. */
public final class ProcessTools {

    private static final Path PROC = Path.of("/proc");

    private ProcessTools() {}

    /** The fields of {@code /proc/<pid>/stat} the launcher uses. */
    /**
     * One line of {@code /proc/<pid>/stat}.
     *
     * @param startTicks when the process started, in clock ticks after the machine booted (field 22), or -1 if the
     *         line does not carry it; unlike a wall-clock start time it never moves when the clock is set
     */
    public record Stat(long pid, String command, char state, long parent, long processGroup, long session,
            long startTicks) {}

    public static Optional<Stat> stat(long pid) {
        try {
            return Optional.of(parseStat(Files.readString(PROC.resolve(pid + "/stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses a {@code stat} line; the command sits in parentheses and may itself hold spaces and parentheses. */
    static Stat parseStat(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        long pid = Long.parseLong(line.substring(0, open).trim());
        String command = line.substring(open + 1, close);
        String[] rest = line.substring(close + 2).trim().split(" ");
        // rest[0] is field 3 (state), so field 22 (starttime) is rest[19]
        return new Stat(pid, command, rest[0].charAt(0), Long.parseLong(rest[1]), Long.parseLong(rest[2]),
                Long.parseLong(rest[3]), rest.length > 19 ? Long.parseLong(rest[19]) : -1);
    }

    /** Whether a process is alive (a zombie is not). */
    public static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && stat(pid).map(s -> s.state() != 'Z' && s.state() != 'X').orElse(true);
    }

    /** The command line, split into its arguments. */
    public static Optional<List<String>> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(pid + "/cmdline"));
            return Optional.of(splitNul(raw));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static List<String> splitNul(byte[] raw) {
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            args.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        }
        return args;
    }

    /** Every process id on the machine. */
    public static List<Long> allPids() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC)) {
            for (Path dir : dirs) {
                String name = dir.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    pids.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return pids;
    }

    /** The live members of a process group. */
    public static List<Long> groupMembers(long processGroup) {
        List<Long> members = new ArrayList<>();
        for (long pid : allPids()) {
            stat(pid).filter(s -> s.processGroup() == processGroup && s.state() != 'Z' && s.state() != 'X')
                    .ifPresent(s -> members.add(pid));
        }
        return members;
    }

    /** Resident memory of one process in KiB (0 when it is gone). */
    public static long residentKb(long pid) {
        try (Stream<String> lines = Files.lines(PROC.resolve(pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Proportional memory of one process in KiB: its resident memory with every shared page divided among the
     * processes that share it, so that sums over processes do not count shared memory (PostgreSQL's shared buffers)
     * more than once. Falls back to the resident memory where {@code smaps_rollup} cannot be read.
     */
    public static long proportionalKb(long pid) {
        try (Stream<String> lines = Files.lines(PROC.resolve(pid + "/smaps_rollup"))) {
            return lines.filter(l -> l.startsWith("Pss:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElseGet(() -> residentKb(pid));
        } catch (IOException | RuntimeException e) {
            return residentKb(pid);
        }
    }

    /** Proportional memory of a process and all its descendants, in KiB. */
    public static long treeProportionalKb(long pid) {
        long total = proportionalKb(pid);
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            total += handle.get().descendants().mapToLong(h -> proportionalKb(h.pid())).sum();
        }
        return total;
    }

    /** Resident memory of a process and all its descendants, in KiB. */
    public static long treeResidentKb(long pid) {
        long total = residentKb(pid);
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            total += handle.get().descendants().mapToLong(h -> residentKb(h.pid())).sum();
        }
        return total;
    }

    /**
     * Sends a signal to every process of a group ({@code kill -SIG -- -pgid}).
     *
     * @param signal a name such as TERM, INT, QUIT or KILL
     * @return whether the signal could be sent (false when the group is already empty)
     */
    public static boolean signalGroup(long processGroup, String signal) {
        return kill(signal, "-" + processGroup);
    }

    /** Sends a signal to one process. */
    public static boolean signal(long pid, String signal) {
        return kill(signal, Long.toString(pid));
    }

    private static boolean kill(String signal, String target) {
        String sig = signal.toUpperCase(Locale.ROOT);
        try {
            Process kill = new ProcessBuilder("kill", "-s", sig, "--", target)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
                return false;
            }
            return kill.exitValue() == 0;
        } catch (IOException e) {
            // no kill(1) on this machine: TERM and KILL can still be sent process by process
            List<Long> pids = target.startsWith("-") ? groupMembers(Long.parseLong(target.substring(1)))
                    : List.of(Long.parseLong(target));
            boolean any = false;
            for (long pid : pids) {
                Optional<ProcessHandle> h = ProcessHandle.of(pid);
                if (h.isPresent()) {
                    any |= sig.equals("KILL") ? h.get().destroyForcibly() : h.get().destroy();
                }
            }
            return any;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until no process of the group is left, or the time is up; true when the group is gone. */
    public static boolean awaitGroupGone(long processGroup, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (groupMembers(processGroup).isEmpty()) {
                return true;
            }
            if (System.nanoTime() > until) {
                return false;
            }
            sleep(200);
        }
    }

    /** Waits until the process is gone, or the time is up; true when it is gone. */
    public static boolean awaitGone(long pid, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (alive(pid)) {
            if (System.nanoTime() > until) {
                return false;
            }
            sleep(200);
        }
        return true;
    }

    /**
     * The process listening on a TCP port of this machine, if it can be seen (same user or root).
     */
    public static Optional<Long> listenerOf(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try (Stream<String> lines = Files.lines(PROC.resolve(table))) {
                lines.skip(1).forEach(line -> {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A")) {
                        String local = f[1];
                        int localPort = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
                        if (localPort == port) {
                            inodes.add(f[9]);
                        }
                    }
                });
            } catch (IOException | RuntimeException e) {
                // table not readable: nothing to report
            }
        }
        if (inodes.isEmpty() || inodes.equals(Set.of("0"))) {
            return Optional.empty();
        }
        for (long pid : allPids()) {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
                for (Path fd : fds) {
                    String target;
                    try {
                        target = Files.readSymbolicLink(fd).toString();
                    } catch (IOException e) {
                        continue;
                    }
                    if (target.startsWith("socket:[")
                            && inodes.contains(target.substring(8, target.length() - 1))) {
                        return Optional.of(pid);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // process gone or not ours to look at
            }
        }
        return Optional.empty();
    }

    /** "pid 4242 (java -jar quarkus-run.jar)" for messages. */
    public static String describe(long pid) {
        String command = commandLine(pid).filter(a -> !a.isEmpty()).map(ProcessTools::summarise)
                .orElseGet(() -> stat(pid).map(Stat::command).orElse("?"));
        return "pid " + pid + " (" + command + ")";
    }

    /**
     * A short form of a command line: the program's file name, for Java the main class or jar (what the dozens of
     * JVM options hide), and whose it is when it is part of a techmarket.
     */
    static String summarise(List<String> argv) {
        String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder(program);
        int from = 1;
        if (program.equals("java")) {
            for (int i = 1; i < argv.size(); i++) {
                String a = argv.get(i);
                if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path") || a.equals("-p")
                        || a.equals("--module-path")) {
                    i++;
                } else if (a.equals("-jar") && i + 1 < argv.size()) {
                    b.append(" -jar ").append(argv.get(i + 1).substring(argv.get(i + 1).lastIndexOf('/') + 1));
                    from = i + 2;
                    break;
                } else if (!a.startsWith("-")) {
                    b.append(' ').append(a);
                    from = i + 1;
                    break;
                }
                from = argv.size();
            }
        }
        List<String> rest = argv.subList(Math.min(from, argv.size()), argv.size());
        for (String a : rest.subList(0, Math.min(3, rest.size()))) {
            b.append(' ').append(a);
        }
        if (rest.size() > 3) {
            b.append(" ...");
        }
        String text = b.length() > 100 ? b.substring(0, 97) + "..." : b.toString();
        for (String a : argv) {
            if (a.startsWith("-Dkc.home.dir=")) {
                text += "; Keycloak";
            }
            if (a.startsWith(Leftovers.MARK)) {
                text += "; techmarket of " + a.substring(Leftovers.MARK.length());
            }
        }
        return text;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The megabytes of a KiB figure, for people. */
    public static String megabytes(long kib) {
        return String.format(Locale.ROOT, "%d MB", Math.round(kib / 1024.0));
    }

    static List<String> words(String options) {
        return options == null || options.isBlank() ? List.of()
                : Arrays.stream(options.trim().split("\\s+")).toList();
    }
}
