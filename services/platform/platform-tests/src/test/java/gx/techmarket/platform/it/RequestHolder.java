package gx.techmarket.platform.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps requests inside their resource method (each on a worker thread) until the test lets them go. */
@ApplicationScoped
public class RequestHolder {

    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger finished = new AtomicInteger();

    /** Expects {@code holders} requests to be held. */
    public void reset(int holders) {
        held = new CountDownLatch(holders);
        released = new CountDownLatch(1);
        finished.set(0);
    }

    void holdUntilReleased() throws InterruptedException {
        try {
            held.countDown();
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the held request");
            }
        } finally {
            finished.incrementAndGet();
        }
    }

    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        released.countDown();
    }

    /** How many held requests have left their resource method since the last reset. */
    public int finished() {
        return finished.get();
    }
}
