package gx.techmarket.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.subsidy.programme.ApprovalMode;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees a claim and whose step it is, without Quarkus. */
class ClaimAccessTest {

    static final String BUYER = Orgs.BAISE_ALUMINIUM.uscc();
    static final String BAISE_COUNTY = "451002";

    static Actor admin(String region) {
        Party office = switch (region) {
            case "450000" -> Orgs.GX_DEPT_OF_SCIENCE;
            case "451000" -> Orgs.BAISE_BUREAU_OF_SCIENCE;
            default -> Orgs.LIUZHOU_BUREAU_OF_SCIENCE;
        };
        return new Actor("u-" + region, "admin" + region, "管理员", Set.of(Role.ADMIN), office);
    }

    static Actor claimant() {
        return new Actor("u-buyer", "buyer", "企业用户", Set.of(Role.ENTERPRISE), Orgs.BAISE_ALUMINIUM);
    }

    @Test
    void theClaimantAndTheAdminsOfTheBeneficiarysRegionSeeItNobodyElse() {
        assertThat(ClaimAccess.visible(claimant(), BUYER, BAISE_COUNTY)).isTrue();
        assertThat(ClaimAccess.visible(admin("450000"), BUYER, BAISE_COUNTY)).isTrue();
        assertThat(ClaimAccess.visible(admin("451000"), BUYER, BAISE_COUNTY)).isTrue();
        assertThat(ClaimAccess.visible(admin("450200"), BUYER, BAISE_COUNTY)).isFalse();
    }

    @Test
    void cityThenProvinceTheCityVerifiesAndTheProvinceApproves() {
        ApprovalMode mode = ApprovalMode.CITY_THEN_PROVINCE;
        assertThat(ClaimAccess.actions(admin("451000"), ClaimStatus.SUBMITTED, mode, "450000", BUYER, BAISE_COUNTY))
                .containsExactly("verify", "return", "reject");
        assertThat(ClaimAccess.actions(admin("450000"), ClaimStatus.SUBMITTED, mode, "450000", BUYER, BAISE_COUNTY))
                .isEmpty();
        assertThat(ClaimAccess.actions(admin("450000"), ClaimStatus.VERIFIED, mode, "450000", BUYER, BAISE_COUNTY))
                .containsExactly("approve", "return", "reject");
        assertThat(ClaimAccess.actions(admin("451000"), ClaimStatus.VERIFIED, mode, "450000", BUYER, BAISE_COUNTY))
                .isEmpty();
    }

    @Test
    void inASubMarketProgrammeTheAdminCoveringTheProgrammesSubMarketApprovesInOneStep() {
        ApprovalMode mode = ApprovalMode.SUB_MARKET;
        // 百色's own programme: its bureau approves
        assertThat(ClaimAccess.actions(admin("451000"), ClaimStatus.SUBMITTED, mode, "451000", BUYER, BAISE_COUNTY))
                .containsExactly("approve", "return", "reject");
        // a province programme: not the city's to approve
        assertThat(ClaimAccess.actions(admin("451000"), ClaimStatus.SUBMITTED, mode, "450000", BUYER, BAISE_COUNTY))
                .isEmpty();
        assertThat(ClaimAccess.actions(admin("450000"), ClaimStatus.SUBMITTED, mode, "450000", BUYER, BAISE_COUNTY))
                .containsExactly("approve", "return", "reject");
    }

    @Test
    void theClaimantChangesAndSubmitsOnlyADraftOrAReturnedClaim() {
        assertThat(ClaimAccess.actions(claimant(), ClaimStatus.DRAFT, ApprovalMode.SUB_MARKET, "450000", BUYER,
                BAISE_COUNTY)).containsExactly("update", "upload-evidence", "submit");
        assertThat(ClaimAccess.actions(claimant(), ClaimStatus.RETURNED, ApprovalMode.SUB_MARKET, "450000", BUYER,
                BAISE_COUNTY)).containsExactly("update", "upload-evidence", "submit");
        assertThat(ClaimAccess.actions(claimant(), ClaimStatus.SUBMITTED, ApprovalMode.SUB_MARKET, "450000", BUYER,
                BAISE_COUNTY)).isEmpty();
    }
}
