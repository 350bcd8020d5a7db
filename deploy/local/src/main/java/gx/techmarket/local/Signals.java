package gx.techmarket.local;

import java.util.List;
import sun.misc.Signal;

/**
 * Turns SIGINT (Ctrl-C), SIGTERM ({@code stop}, {@code kill}) and SIGHUP (terminal closed) into a request to stop,
 * instead of the JVM's immediate exit: the supervisor then stops the services, Keycloak, Kafka and PostgreSQL in
 * that order before it exits. (The JVM's own shutdown would run every shutdown hook at once, PostgreSQL's among
 * them, while Keycloak still writes to it.)
 */
final class Signals {

    private Signals() {}

    static void onStopSignal(Runnable request) {
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> request.run());
            } catch (IllegalArgumentException e) {
                // the signal is not available here (HUP when the JVM ignores it): the default stays
            }
        }
    }
}
