package gx.techmarket.bench.load;

/**
 * Time that passes only when told: sleeping moves it to the wake-up time at once, {@link #advance} moves it on (a
 * slow step of the code under test). The driver's tests run in no time and the same way every time.
 */
final class FakeTicker implements Ticker {

    private long now;

    FakeTicker(long start) {
        this.now = start;
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized void sleepUntil(long nanos) {
        now = Math.max(now, nanos);
    }

    synchronized void advance(long nanos) {
        now += nanos;
    }
}
