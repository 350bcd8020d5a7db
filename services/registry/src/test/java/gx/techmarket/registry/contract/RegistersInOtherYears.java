package gx.techmarket.registry.contract;

import gx.techmarket.registry.TestClock;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;

/**
 * A test that registers in years of its own (so the serials it sees are its own), moving the service's clock there;
 * the clock is back in real time after each test, whatever the test did.
 */
abstract class RegistersInOtherYears {

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }
}
