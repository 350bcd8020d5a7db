package gx.techmarket.local;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the launcher script ({@code deploy/local/techmarket}) as a test or the benchmark harness drives it: a
 * process of its own with no input, its output and errors kept whole (through files, so a chatty start cannot block
 * on a full pipe).
 *
 * @param exitCode the script's exit code
 * @param out      what it wrote to stdout
 * @param err      what it wrote to stderr
 * @param seconds  how long it ran
 */
public record ScriptRun(int exitCode, String out, String err, double seconds) {

    /** Both outputs, for a failure message. */
    public String all() {
        return out + err;
    }

    /**
     * Runs {@code bash script args...} in {@code directory} with {@code env} added to this JVM's environment, its
     * outputs in temporary files under {@code scratch}.
     *
     * @throws IllegalStateException when it has not finished after {@code timeout} (it is then killed)
     */
    public static ScriptRun run(Path script, Path directory, Map<String, String> env, Duration timeout, Path scratch,
            String... args) throws IOException, InterruptedException {
        String command = String.join(" ", args);
        Path out = Files.createTempFile(scratch, "script-" + args[0] + "-", ".out");
        Path err = Files.createTempFile(scratch, "script-" + args[0] + "-", ".err");
        List<String> argv = new ArrayList<>(List.of("bash", script.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(argv)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        long t0 = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("techmarket " + command + " did not finish within " + timeout.toMinutes()
                    + " minutes:\n" + Files.readString(out) + Files.readString(err));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ScriptRun run = new ScriptRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), seconds);
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
