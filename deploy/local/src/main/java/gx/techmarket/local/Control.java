package gx.techmarket.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * How {@code techmarket stop <component>} and {@code start <component>} (a separate JVM) ask the running supervisor to
 * stop or start one component: files in {@code run/control/}. The command writes {@code <id>.request}; the supervisor's
 * watch loop takes it (deletes it), does it and writes {@code <id>.response}, which the command reads and deletes.
 * Both are written to a temporary name and renamed, so a reader never sees half a file. Files, not a socket: nothing
 * listens, nothing to secure beyond the home's own permissions, and a request made while the supervisor is busy simply
 * waits its turn.
 */
public final class Control {

    /** What the command asks for. */
    public enum Action { START, STOP }

    /**
     * How it went: done; nothing to do (in that state already); failed; the component is not part of this market; not
     * now (the market is stopping).
     */
    public enum Outcome { DONE, ALREADY, FAILED, NOT_PART, NOT_READY }

    /** The components that start and stop alone: the services and the broker, never PostgreSQL or Keycloak. */
    public static final String KAFKA = "kafka";

    /**
     * One request.
     *
     * @param id unique and ordered by time: the supervisor handles requests in the order they were made
     * @param action start or stop
     * @param component a service name or {@code kafka}
     */
    public record Request(String id, Action action, String component) {}

    /**
     * The supervisor's answer.
     *
     * @param outcome how it went
     * @param message what happened, for people (with the end of the component's log when it failed)
     * @param seconds how long the supervisor took
     */
    public record Response(Outcome outcome, String message, double seconds) {}

    private static final String REQUEST = ".request";
    private static final String RESPONSE = ".response";

    private Control() {}

    public static Path directory(Path runDirectory) {
        return runDirectory.resolve("control");
    }

    /** Every component name {@code start}/{@code stop} accept, services first. */
    public static List<String> componentNames() {
        List<String> names = new ArrayList<>(ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
        names.add(KAFKA);
        return names;
    }

    /**
     * The component a command line names.
     *
     * @param args {@code start}/{@code stop} and the component, as the script passes them
     * @throws LauncherException (configuration) for anything but exactly one known component
     */
    public static String component(String[] args) {
        String command = args[0];
        if (args.length != 2) {
            throw new LauncherException(LauncherException.CONFIGURATION, command + " takes at most one component, not "
                    + String.join(" ", List.of(args).subList(1, args.length)) + "\nusage: deploy/local/techmarket "
                    + command + " [" + String.join("|", componentNames()) + "]");
        }
        String name = args[1].trim().toLowerCase(Locale.ROOT);
        if (componentNames().contains(name)) {
            return name;
        }
        String why = name.equals("postgres") || name.equals("keycloak") || name.equals("mail")
                ? name + " " + command + "s only with the whole market (deploy/local/techmarket " + command + ")"
                : "unknown component '" + args[1] + "'";
        throw new LauncherException(LauncherException.CONFIGURATION, why + "; " + command + " takes one of: "
                + String.join(", ", componentNames()));
    }

    // ------------------------------------------------------------------------------------------------ the command

    /** Files a request; returns its id. */
    public static String submit(Path directory, Action action, String component) {
        String id = String.format(Locale.ROOT, "%015d-%d-%s", System.currentTimeMillis(), ProcessHandle.current().pid(),
                UUID.randomUUID().toString().substring(0, 8));
        Properties p = new Properties();
        p.setProperty("action", action.name());
        p.setProperty("component", component);
        write(directory.resolve(id + REQUEST), p);
        return id;
    }

    /** The answer to request {@code id}, if there is one yet; it is deleted once read. */
    public static Optional<Response> answer(Path directory, String id) {
        Path file = directory.resolve(id + RESPONSE);
        Optional<Properties> p = read(file);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        deleteQuietly(file);
        Outcome outcome = parse(Outcome.class, p.get().getProperty("outcome")).orElse(Outcome.FAILED);
        double seconds;
        try {
            seconds = Double.parseDouble(p.get().getProperty("seconds", "0"));
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        return Optional.of(new Response(outcome, p.get().getProperty("message", ""), seconds));
    }

    /** Takes back a request nobody answered (the command gave up); an answer that comes later is deleted too. */
    public static void withdraw(Path directory, String id) {
        deleteQuietly(directory.resolve(id + REQUEST));
        deleteQuietly(directory.resolve(id + RESPONSE));
    }

    // ------------------------------------------------------------------------------------------------ the supervisor

    /**
     * Takes the waiting requests, oldest first: each file is deleted as it is read. A file that is not a valid request
     * is answered as failed (so its sender does not wait in vain) and reported.
     */
    public static List<Request> take(Path directory, Consumer<String> report) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + REQUEST)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            report.accept("cannot read " + directory + ": " + e.getMessage());
            return List.of();
        }
        files.sort(null);
        List<Request> requests = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - REQUEST.length());
            Optional<Properties> p = read(file);
            deleteQuietly(file);
            if (p.isEmpty()) {
                continue; // gone between listing and reading: withdrawn
            }
            Optional<Action> action = parse(Action.class, p.get().getProperty("action"));
            String component = p.get().getProperty("component", "");
            if (action.isEmpty() || !componentNames().contains(component)) {
                String why = "not a valid request: action '" + p.get().getProperty("action") + "', component '"
                        + component + "'";
                report.accept(file + ": " + why);
                respond(directory, id, new Response(Outcome.FAILED, why, 0));
                continue;
            }
            requests.add(new Request(id, action.get(), component));
        }
        return requests;
    }

    public static void respond(Path directory, String id, Response response) {
        Properties p = new Properties();
        p.setProperty("outcome", response.outcome().name());
        p.setProperty("message", response.message());
        p.setProperty("seconds", Double.toString(response.seconds()));
        write(directory.resolve(id + RESPONSE), p);
    }

    /** Empties the directory: what an earlier supervisor left there is for nobody now. */
    public static void clear(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(Control::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear " + directory, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ files

    private static void write(Path file, Properties p) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, null);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static Optional<Properties> read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(p);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover file is harmless: requests are deleted when taken, the directory is cleared at start
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
