package gx.techmarket.platform.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test keep requests inside its transaction (holding its connection) until the test says go on. */
@ApplicationScoped
public class ConnectionHolder {

    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(1);

    /** Expects {@code holders} requests to hold a connection each. */
    public void reset(int holders) {
        held = new CountDownLatch(holders);
        released = new CountDownLatch(1);
    }

    /** Called by a request that holds its connection: tells the test, then waits (at most 30 s) to be released. */
    void holdUntilReleased() throws InterruptedException {
        held.countDown();
        if (!released.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the held connection");
        }
    }

    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
    }
}
