package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import gx.techmarket.subsidy.SubsidyTest;
import gx.techmarket.subsidy.claim.ClaimBadInput;
import gx.techmarket.subsidy.programme.Budgets;
import gx.techmarket.subsidy.voucher.VoucherBadInput;
import gx.techmarket.subsidy.voucher.VoucherProgrammes;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform's bad-input kit against every state-changing operation of the subsidy service: each part of the
 * service lists its operations with objects in the state their valid requests need; every bad request is refused
 * cleanly and changes nothing, then the valid one succeeds. The kit fails the build when the OpenAPI document lists
 * a POST, PUT, PATCH or DELETE that is not here.
 */
@SubsidyTest
class BadInputTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Budgets budgets;

    @Inject
    VoucherProgrammes voucherProgrammes;

    @TestFactory
    Stream<DynamicTest> everyStateChangingOperationRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, dataSource);
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(ClaimBadInput.endpoints(dataSource, budgets));
        endpoints.addAll(VoucherBadInput.endpoints(dataSource, voucherProgrammes));
        // multipart/form-data, which the kit cannot send: listed for the coverage check, attacked by their own tests
        List<String> multipart = List.of(ClaimBadInput.UPLOAD);
        return kit.tests("subsidy", endpoints).filter(test -> !multipart.contains(test.getDisplayName()));
    }
}
