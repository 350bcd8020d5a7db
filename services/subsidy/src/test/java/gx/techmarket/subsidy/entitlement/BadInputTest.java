package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.testing.DirectoryFixtures;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import gx.techmarket.subsidy.payment.FakeBankAccounts;
import gx.techmarket.subsidy.payment.Grants;
import gx.techmarket.subsidy.payment.PaymentBadInput;
import gx.techmarket.subsidy.SubsidyTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's bad-input kit against the subsidy service: every state-changing operation of its OpenAPI document is
 * attacked (each feature package lists its own, with the objects their valid requests need), every bad request is
 * refused cleanly and changes nothing, then the valid one succeeds; no bad request may be answered 5xx.
 */
@SubsidyTest
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Grants grants;

    @Inject
    FakeBankAccounts bank;

    @Inject
    Clock clock;

    @TestFactory
    Stream<DynamicTest> everyStateChangingOperationRefusesBadInput() {
        DirectoryFixtures.ensureKnown(dataSource);
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(PaymentBadInput.endpoints(grants, bank, MarketClock.today(clock)));
        return new BadInputKit(root, dataSource).tests("subsidy", endpoints);
    }
}
