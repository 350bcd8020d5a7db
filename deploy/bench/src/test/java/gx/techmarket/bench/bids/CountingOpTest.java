package gx.techmarket.bench.bids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CountingOpTest {

    @Test
    void shouldCountSuccessesFailuresAndThrowsAsAttempts() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CountingOp op = new CountingOp(seq -> switch ((int) seq) {
            case 0 -> CompletableFuture.completedFuture("ok");
            case 1 -> CompletableFuture.failedFuture(new IllegalStateException("409 BID_ALREADY_SUBMITTED"));
            case 2 -> throw new IllegalStateException("the phase's fixtures ran out");
            default -> pending;
        });
        for (long seq = 0; seq < 4; seq++) {
            op.start(seq);
        }
        assertThat(op.settle(Duration.ofMillis(50))).isFalse();
        pending.complete("late");
        assertThat(op.settle(Duration.ofSeconds(1))).isTrue();
        assertThat(op.attempts()).isEqualTo(4);
        assertThat(op.successes()).isEqualTo(2);
        assertThat(op.failures()).isEqualTo(2);
        assertThat(op.firstFailure()).contains("BID_ALREADY_SUBMITTED");
    }
}
