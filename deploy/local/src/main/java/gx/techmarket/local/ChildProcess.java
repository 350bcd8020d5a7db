package gx.techmarket.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process in its own session and process group ({@code setsid}), its output appended to its log file. It
 * is stopped as a group: SIGTERM to every process of the group, a grace period, then SIGKILL; so helpers it forked
 * (Keycloak's {@code kc.sh} runs Java as a child) go with it. Ctrl-C on the terminal does not reach it directly:
 * the supervisor stops it, in order.
 */
public final class ChildProcess {

    /**
     * How a child is started, kept so that {@code techmarket start <service>} starts it again exactly as before.
     *
     * @param name the component name, for messages
     * @param command the program and its arguments
     * @param environment added to (and overriding) the launcher's environment
     * @param directory the working directory
     * @param log where its output goes (appended)
     */
    public record Recipe(String name, List<String> command, Map<String, String> environment, Path directory,
            Path log) {

        public Recipe {
            command = List.copyOf(command);
            environment = Map.copyOf(environment);
        }
    }

    private final Recipe recipe;
    private final Process process;
    private final ProcessRef ref;

    private ChildProcess(Recipe recipe, Process process) {
        this.recipe = recipe;
        this.process = process;
        this.ref = new ProcessRef(process.pid(), ProcessRef.startTicksOf(process.pid()));
    }

    /**
     * Starts {@code command} in a new session.
     *
     * @param name the component name, for messages
     * @param command the program and its arguments
     * @param environment added to (and overriding) the launcher's environment
     * @param directory the working directory
     * @param log where its output goes (appended)
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
            Path directory, Path log) {
        return start(new Recipe(name, command, environment, directory, log));
    }

    /** Starts a child (again) from its recipe, in a new session, its output appended to its log. */
    public static ChildProcess start(Recipe recipe) {
        String name = recipe.name();
        List<String> command = recipe.command();
        Path log = recipe.log();
        List<String> argv = new ArrayList<>();
        argv.add("setsid");
        argv.addAll(command);
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, System.lineSeparator() + "=== " + OffsetDateTime.now() + " techmarket starts "
                    + name + ": " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.directory(recipe.directory().toFile());
            builder.environment().putAll(recipe.environment());
            return new ChildProcess(recipe, builder.start());
        } catch (IOException e) {
            throw new LauncherException(LauncherException.START_FAILED,
                    "could not start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    public String name() {
        return recipe.name();
    }

    public Recipe recipe() {
        return recipe;
    }

    public ProcessRef ref() {
        return ref;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return recipe.log();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    public Process process() {
        return process;
    }

    /**
     * Stops the whole process group: SIGTERM, up to {@code grace} for it to end, then SIGKILL.
     *
     * @return true if it ended on SIGTERM, false if it had to be killed
     */
    public boolean stop(Duration grace) {
        boolean onTerm = stopGroup(process.pid(), grace);
        // the group is gone once the kernel has ended every member, but the JVM reaps its own child on another
        // thread: wait for that too, so that alive() and exitCode() agree with what just happened
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return onTerm;
    }

    /** Stops the process group led by {@code pid} (TERM, wait, KILL); true if TERM was enough. */
    public static boolean stopGroup(long pid, Duration grace) {
        ProcessTools.signalGroup(pid, "TERM");
        if (ProcessTools.awaitGroupGone(pid, grace)) {
            return true;
        }
        ProcessTools.signalGroup(pid, "KILL");
        if (!ProcessTools.awaitGroupGone(pid, Duration.ofSeconds(10))) {
            throw new IllegalStateException("process group " + pid + " survived SIGKILL");
        }
        return false;
    }

    /** The last lines of its log, to show why it failed. */
    public String tail(int lines) {
        return tail(recipe.log(), lines);
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        } catch (UncheckedIOException e) {
            return "(log at " + file + " is not readable)";
        }
    }
}
