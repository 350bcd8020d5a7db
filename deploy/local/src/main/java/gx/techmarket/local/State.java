package gx.techmarket.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * What the supervisor tells other invocations ({@code status}, {@code stop}, {@code start} waiting for ready):
 * {@code run/state.properties}, rewritten atomically on every change.
 */
public final class State {

    public enum Phase { STARTING, READY, STOPPING, STOPPED, FAILED }

    public enum Status { STARTING, UP, FAILED, EXITED, STOPPING, STOPPED }

    /**
     * One component as the supervisor last recorded it.
     *
     * @param name postgres, kafka, keycloak or a service name
     * @param process its process (the supervisor itself for Kafka); empty before it started
     * @param ownGroup whether the process leads its own process group (started with setsid)
     * @param ports the ports it listens on, for people ("19092, 19093")
     * @param address where to reach it, for people
     * @param health how {@code status} checks it: {@code http://...} or {@code tcp:<port>}
     * @param status its state
     * @param readySeconds seconds from its start to healthy, or a negative number if not (yet) healthy
     * @param log its log file
     */
    public record Component(String name, Optional<ProcessRef> process, boolean ownGroup, String ports,
            String address, String health, Status status, double readySeconds, String log) {

        Component withStatus(Status s) {
            return new Component(name, process, ownGroup, ports, address, health, s, readySeconds, log);
        }

        /** Stopped on request: no process any more (status shows no pid), no ready time. */
        Component stopped() {
            return new Component(name, Optional.empty(), ownGroup, ports, address, health, Status.STOPPED, -1, log);
        }

        Component ready(double seconds) {
            return new Component(name, process, ownGroup, ports, address, health, Status.UP, seconds, log);
        }
    }

    private final Path file;
    private Phase phase = Phase.STARTING;
    private Optional<ProcessRef> supervisor = Optional.empty();
    private long startedAtMillis;
    private double readySeconds = -1;
    private final Map<String, Component> components = new LinkedHashMap<>();

    private State(Path file) {
        this.file = file;
    }

    public static State create(Path file, ProcessRef supervisor) {
        State s = new State(file);
        s.supervisor = Optional.of(supervisor);
        s.startedAtMillis = System.currentTimeMillis();
        return s;
    }

    /** Reads the file; empty when there is none (never started here). */
    public static Optional<State> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        State s = new State(file);
        s.phase = enumOr(Phase.class, p.getProperty("phase"), Phase.STOPPED);
        s.supervisor = ProcessRef.decode(p.getProperty("supervisor"));
        s.startedAtMillis = Long.parseLong(p.getProperty("startedAt", "0"));
        s.readySeconds = Double.parseDouble(p.getProperty("readySeconds", "-1"));
        for (String name : p.getProperty("components", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            String k = "component." + name + ".";
            s.components.put(name, new Component(name, ProcessRef.decode(p.getProperty(k + "process")),
                    Boolean.parseBoolean(p.getProperty(k + "ownGroup")), p.getProperty(k + "ports", ""),
                    p.getProperty(k + "address", ""), p.getProperty(k + "health", ""),
                    enumOr(Status.class, p.getProperty(k + "status"), Status.STOPPED),
                    Double.parseDouble(p.getProperty(k + "readySeconds", "-1")), p.getProperty(k + "log", "")));
        }
        return Optional.of(s);
    }

    public synchronized void write() {
        Properties p = new Properties();
        p.setProperty("phase", phase.name());
        supervisor.ifPresent(r -> p.setProperty("supervisor", r.encode()));
        p.setProperty("startedAt", Long.toString(startedAtMillis));
        p.setProperty("readySeconds", Double.toString(readySeconds));
        p.setProperty("components", String.join(",", components.keySet()));
        for (Component c : components.values()) {
            String k = "component." + c.name() + ".";
            c.process().ifPresent(r -> p.setProperty(k + "process", r.encode()));
            p.setProperty(k + "ownGroup", Boolean.toString(c.ownGroup()));
            p.setProperty(k + "ports", c.ports());
            p.setProperty(k + "address", c.address());
            p.setProperty(k + "health", c.health());
            p.setProperty(k + "status", c.status().name());
            p.setProperty(k + "readySeconds", Double.toString(c.readySeconds()));
            p.setProperty(k + "log", c.log());
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "techmarket embedded default: written by the supervisor, read by status and stop");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    public synchronized void phase(Phase phase) {
        this.phase = phase;
        write();
    }

    public synchronized void put(Component component) {
        components.put(component.name(), component);
        write();
    }

    public synchronized void status(String name, Status status) {
        update(name, c -> c.withStatus(status));
    }

    /** Records a component stopped on its own ({@code techmarket stop <component>}): status STOPPED, no process. */
    public synchronized void stopped(String name) {
        update(name, Component::stopped);
    }

    public synchronized void ready(String name, double seconds) {
        update(name, c -> c.ready(seconds));
    }

    /** Changes the component {@code name}, if the state has it, and writes the file. */
    private void update(String name, UnaryOperator<Component> change) {
        Component c = components.get(name);
        if (c != null) {
            components.put(name, change.apply(c));
            write();
        }
    }

    public synchronized void readySeconds(double seconds) {
        this.readySeconds = seconds;
        write();
    }

    public synchronized Phase phase() {
        return phase;
    }

    public synchronized Optional<ProcessRef> supervisor() {
        return supervisor;
    }

    public synchronized long startedAtMillis() {
        return startedAtMillis;
    }

    public synchronized double readySeconds() {
        return readySeconds;
    }

    public synchronized List<Component> components() {
        return new ArrayList<>(components.values());
    }

    public synchronized Optional<Component> component(String name) {
        return Optional.ofNullable(components.get(name));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
