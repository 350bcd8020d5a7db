package gx.techmarket.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds processes a techmarket of one {@code TECHMARKET_HOME} left behind, by their command lines: every process
 * the supervisor starts carries a mark naming its home ({@code -Dtechmarket.managed=<home>} for Java processes,
 * the data directory for PostgreSQL, the home's Keycloak copy for {@code kc.sh}). Tools that merely read the home's
 * files (a {@code tail -f} of a log) carry no such mark and are left alone.
 */
public final class Leftovers {

    public static final String MARK = "-Dtechmarket.managed=";

    private Leftovers() {}

    /** The system property that marks a process as part of the market of {@code home}. */
    public static String mark(Path home) {
        return MARK + home.toAbsolutePath().normalize();
    }

    /** Whether a command line belongs to the market of {@code home}. */
    public static boolean belongsTo(List<String> argv, Path home) {
        Path h = home.toAbsolutePath().normalize();
        String mark = mark(h);
        String postgresData = h.resolve("data/postgres").toString();
        String keycloakDist = h.resolve("dist").toString() + "/keycloak-";
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (arg.equals(mark)) {
                return true;
            }
            if (arg.equals("-D") && i + 1 < argv.size() && argv.get(i + 1).equals(postgresData)) {
                return true;
            }
            if (arg.equals("-D" + postgresData)) {
                return true;
            }
            if (arg.startsWith(keycloakDist) && arg.endsWith("/bin/kc.sh")) {
                return true;
            }
        }
        return false;
    }

    /** Every live process of the market of {@code home}, except the calling process. */
    public static List<Long> find(Path home) {
        long self = ProcessHandle.current().pid();
        List<Long> found = new ArrayList<>();
        for (long pid : ProcessTools.allPids()) {
            if (pid == self) {
                continue;
            }
            ProcessTools.commandLine(pid).filter(argv -> belongsTo(argv, home)).ifPresent(argv -> {
                if (ProcessTools.alive(pid)) {
                    found.add(pid);
                }
            });
        }
        return found;
    }
}
