package gx.techmarket.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JVM's class-data archive (AppCDS, JDK 17's dynamic archive): the classes a service or Keycloak loaded, parsed
 * and verified, mapped into its next start instead of being loaded again. On this machine it takes about a third
 * off a service's start-up CPU (catalogue: 5.2 instead of 8.0 CPU seconds), and start-up is CPU-bound: six services
 * and Keycloak boot at once on two cores. Mapped, it also lowers a service's idle RSS a little (shared file pages).
 *
 * <p>A JVM without an archive writes one when it exits ({@code -XX:ArchiveClassesAtExit}) to {@code <archive>.part};
 * the launcher renames it only after the JVM ended cleanly on SIGTERM ({@link #settle}): JDK 17 crashes (SIGBUS) on a
 * truncated archive. The next start maps it ({@code -XX:SharedArchiveFile}). So the first stop after a build takes a
 * few seconds more per JVM (about 4 s of CPU for a service, 8 s for Keycloak), once. The archive's name carries a
 * fingerprint of the jar and of the JDK, so a rebuilt service or another JDK gets a new one; older ones are deleted
 * ({@link #prepare}). Archives live in {@code <home>/dist/cds/}, 35 to 125 MB each.
 *
 * <p>Asking the running JVM to write it ({@code jcmd <pid> VM.cds dynamic_dump}, after the market is ready) was tried
 * and rejected: the dump leaves about 290 MB more RSS in every JVM until it restarts.
 */
public final class ClassDataArchive {

    static final String WRITE_AT_EXIT = "-XX:ArchiveClassesAtExit=";
    /** Exit codes of a JVM that ended normally: by itself, or on SIGTERM (128 + 15) after its shutdown hooks. */
    private static final List<Integer> CLEAN_EXITS = List.of(0, 143);
    /** The JVM warns about every class it cannot archive (hundreds of lines); the logs are for the components. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private ClassDataArchive() {}

    /** Where the archive of {@code name} is (or will be) for {@code jar} and this JDK. */
    public static Path of(Settings settings, String name, Path jar) {
        return settings.distDirectory().resolve("cds").resolve(name + "-"
                + fingerprint(jar, System.getProperty("java.home"), System.getProperty("java.version")) + ".jsa");
    }

    /** What tells two builds (or two JDKs) apart: the jar's path, size and time, the JDK's home and version. */
    static String fingerprint(Path jar, String javaHome, String javaVersion) {
        String identity;
        try {
            identity = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                    + "|" + javaHome + "|" + javaVersion;
        } catch (IOException e) {
            identity = jar.toAbsolutePath() + "|missing|" + javaHome + "|" + javaVersion;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path part(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".part");
    }

    /** The JVM options for the next start: map the archive if there is one, else write it at exit. */
    public static List<String> options(Path archive) {
        String first = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                : WRITE_AT_EXIT + part(archive);
        return Stream.concat(Stream.of(first), QUIET.stream()).toList();
    }

    /** Whether a JVM started with these options writes its archive when it exits (and so needs longer to stop). */
    public static boolean writesAtExit(List<String> options) {
        return options.stream().anyMatch(o -> o.startsWith(WRITE_AT_EXIT));
    }

    /**
     * Before a start: the directory exists, no half-written archive is left, and archives of other builds of the same
     * component are gone.
     */
    public static void prepare(Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(part(archive));
            String name = archive.getFileName().toString().replaceFirst("-[0-9a-f]+\\.jsa$", "");
            Pattern same = Pattern.compile(Pattern.quote(name) + "-[0-9a-f]+\\.jsa(\\.part)?");
            try (Stream<Path> files = Files.list(archive.getParent())) {
                for (Path old : files.filter(p -> same.matcher(p.getFileName().toString()).matches()).toList()) {
                    if (!old.equals(archive)) {
                        Files.deleteIfExists(old);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After the JVM ended: keeps the archive it wrote if it ended cleanly ({@code endedOnTerm}, and a normal exit
     * code when it is known), else deletes what it may have half written.
     *
     * @param exitCode the JVM's exit code, or null when the launcher cannot see it (Keycloak runs under kc.sh)
     * @return whether a new archive was kept
     */
    public static boolean settle(Path archive, boolean endedOnTerm, Integer exitCode) {
        Path part = part(archive);
        try {
            if (!Files.isRegularFile(part)) {
                return false;
            }
            if (endedOnTerm && (exitCode == null || CLEAN_EXITS.contains(exitCode)) && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
            Files.delete(part);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
