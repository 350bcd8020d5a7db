package gx.techmarket.local;

/**
 * A failure the launcher explains to the person at the terminal: the message is the whole story (what went wrong
 * and what to do), and the exit code tells scripts what kind of failure it was.
 */
public class LauncherException extends RuntimeException {

    /** Something in the environment or configuration is wrong (bad port number, missing build, ...). */
    public static final int CONFIGURATION = 2;
    /** A port the market needs is taken by another program. */
    public static final int PORT_TAKEN = 4;
    /** Another launcher already runs on this TECHMARKET_HOME. */
    public static final int ALREADY_RUNNING = 5;
    /** A component did not start or did not become healthy. */
    public static final int START_FAILED = 1;
    /** {@code start|stop <component>}: the component is in that state already (nothing was done). */
    public static final int ALREADY_IN_STATE = 6;
    /** {@code start|stop <component>}: the market is still starting, or stopping; try again when it is ready. */
    public static final int NOT_READY = 7;

    private final int exitCode;

    public LauncherException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public LauncherException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
