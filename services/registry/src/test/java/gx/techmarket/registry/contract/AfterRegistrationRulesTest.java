package gx.techmarket.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 变更登记, 注销登记 and 异议 on the contract itself, without the service around it. */
class AfterRegistrationRulesTest {

    static final KnownPoint NANNING = KnownPoint.of(Orgs.NANNING_REGISTRY.uscc(), "南宁市技术合同登记站", "450100", "0101");
    static final KnownPoint LIUZHOU = KnownPoint.of(Orgs.LIUZHOU_REGISTRY.uscc(), "柳州市技术合同登记站", "450200", "0201");
    static final Instant REGISTERED_AT = Instant.parse("2026-09-22T02:00:00Z");
    static final Instant LATER = Instant.parse("2026-10-08T03:00:00Z");

    @Test
    void anAmendmentDerivesTheAmountsAgainKeepsTheNumberAndCountsItself() {
        Contract contract = registered();
        String number = contract.registrationNumber;
        ContractAmended first = contract.amend(NANNING, new BigDecimal("1200000"),
                List.of(item("150000.01")), null, "补充协议", LATER);
        assertThat(first.amendmentNumber()).isEqualTo(1);
        assertThat(first.registrationNumber()).isEqualTo(number);
        assertThat(first.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(first.amendedAt()).isEqualTo(LATER);
        assertThat(first.totalContractAmount()).isEqualTo(new BigDecimal("1200000.00"));
        assertThat(first.technologyTransactionAmount()).isEqualTo(new BigDecimal("1049999.99"));
        assertThat(contract.status()).isEqualTo(ContractStatus.AMENDED);
        assertThat(contract.technologyTransactionAmount).isEqualTo(new BigDecimal("1049999.99"));

        // the items alone: the total stays; the buyer alone: the amounts stay
        ContractAmended second = contract.amend(NANNING, null, List.of(), null, "设备另行采购", LATER);
        assertThat(second.amendmentNumber()).isEqualTo(2);
        assertThat(second.technologyTransactionAmount()).isEqualTo(new BigDecimal("1200000.00"));
        ContractAmended third = contract.amend(NANNING, null, null, Orgs.GUILIN_SUGAR, "买方变更", LATER);
        assertThat(third.buyer()).isEqualTo(Orgs.GUILIN_SUGAR);
        assertThat(third.technologyTransactionAmount()).isEqualTo(new BigDecimal("1200000.00"));
        assertThat(contract.amendmentNumber).isEqualTo(3);
    }

    @Test
    void aRefusedAmendmentChangesNothing() {
        Contract contract = registered();
        assertRefused(() -> contract.amend(LIUZHOU, new BigDecimal("900000.00"), null, null, "r", LATER),
                "NOT_REGISTERING_POINT");
        assertRefused(() -> contract.amend(NANNING, new BigDecimal("1000000.00"), List.of(item("200000")), null,
                "r", LATER), "AMENDMENT_CHANGES_NOTHING");
        assertRefused(() -> contract.amend(NANNING, new BigDecimal("200000.00"), null, null, "r", LATER),
                "AMENDED_TECHNOLOGY_AMOUNT_ZERO");
        assertRefused(() -> contract.amend(NANNING, new BigDecimal("100000.00"), null, null, "r", LATER),
                "NON_TECHNICAL_EXCEEDS_TOTAL");
        assertRefused(() -> contract.amend(NANNING, null, null, Orgs.GXU, "r", LATER), "BUYER_IS_SELLER");
        assertThat(contract.status()).isEqualTo(ContractStatus.REGISTERED);
        assertThat(contract.amendmentNumber).isZero();
        assertThat(contract.technologyTransactionAmount).isEqualTo(new BigDecimal("800000.00"));
        assertRefused(() -> accepted().amend(NANNING, new BigDecimal("900000.00"), null, null, "r", LATER),
                "ILLEGAL_STATE_TRANSITION");
    }

    @Test
    void deregistrationIsFinalAndOnlyTheRegisteringPointMayDoIt() {
        Contract contract = registered();
        assertRefused(() -> contract.deregister(LIUZHOU, DeregistrationReason.VOID, "无效", LATER),
                "NOT_REGISTERING_POINT");
        ContractDeregistered event = contract.deregister(NANNING, DeregistrationReason.VOID, "合同被确认无效", LATER);
        assertThat(event.registrationNumber()).isEqualTo(contract.registrationNumber);
        assertThat(event.reason()).isEqualTo(DeregistrationReason.VOID);
        assertThat(event.registrationPoint().code()).isEqualTo("0101");
        assertThat(contract.status()).isEqualTo(ContractStatus.DEREGISTERED);
        assertRefused(() -> contract.amend(NANNING, new BigDecimal("900000.00"), null, null, "r", LATER),
                "ILLEGAL_STATE_TRANSITION");
        assertRefused(() -> contract.deregister(NANNING, DeregistrationReason.RESCINDED, "解除", LATER),
                "ILLEGAL_STATE_TRANSITION");
    }

    @Test
    void anOrganisationHasOneOpenObjectionAndOnlyTheRegisteringPointDecidesIt() {
        Contract contract = registered();
        Actor buyer = actor(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);
        assertThat(ContractActions.of(contract, buyer, Optional.empty())).containsExactly("objections");
        ContractObjection objection = contract.raiseObjection(UUID.randomUUID(), Orgs.GX_SUGAR_GROUP,
                ContractObjection.RaisedAs.PARTY, "金额有误", "buyer", LATER);
        assertThat(ContractActions.of(contract, buyer, Optional.empty())).isEmpty();
        assertRefused(() -> contract.raiseObjection(UUID.randomUUID(), Orgs.GX_SUGAR_GROUP,
                ContractObjection.RaisedAs.PARTY, "再次", "buyer", LATER), "OBJECTION_ALREADY_OPEN");
        // the seller has an objection of its own to raise
        assertThat(ContractActions.of(contract, actor(Role.UNIVERSITY, Orgs.GXU), Optional.empty()))
                .containsExactly("objections");

        assertRefused(() -> contract.resolveObjection(objection.id(), LIUZHOU, ContractObjection.Outcome.UPHELD,
                "e", "liuzhou", LATER), "NOT_REGISTERING_POINT");
        assertRefused(() -> contract.resolveObjection(UUID.randomUUID(), NANNING, ContractObjection.Outcome.UPHELD,
                "e", "nanning", LATER), "OBJECTION_NOT_FOUND");
        contract.resolveObjection(objection.id(), NANNING, ContractObjection.Outcome.DISMISSED, "核查无误", "nanning",
                LATER);
        assertThat(objection.status).isEqualTo(ContractObjection.Status.DISMISSED);
        assertRefused(() -> contract.resolveObjection(objection.id(), NANNING, ContractObjection.Outcome.UPHELD,
                "e", "nanning", LATER), "OBJECTION_ALREADY_RESOLVED");
        assertThat(ContractActions.of(contract, buyer, Optional.empty())).containsExactly("objections");
        // nobody objects to what is not decided, nor to a cancelled registration
        assertRefused(() -> accepted().raiseObjection(UUID.randomUUID(), Orgs.GX_SUGAR_GROUP,
                ContractObjection.RaisedAs.PARTY, "g", "buyer", LATER), "OBJECTION_NOT_ALLOWED");
        contract.deregister(NANNING, DeregistrationReason.RESCINDED, "解除", LATER);
        assertThat(ContractActions.of(contract, buyer, Optional.empty())).isEmpty();
    }

    @Test
    void theCertificateIsForThePartiesTheRegisteringPointAndTheAdminsOperatingIt() {
        Contract contract = registered();
        contract.issueCertificate(NANNING, VerificationCodes.next());
        assertThat(contract.verificationCode).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(contract.registrationPointName).isEqualTo("南宁市技术合同登记站");
        for (Actor party : List.of(actor(Role.UNIVERSITY, Orgs.GXU), actor(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP),
                actor(Role.BROKER, Orgs.GX_TECH_TRANSFER), actor(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE))) {
            assertThat(ContractActions.mayReadCertificate(contract, party, Optional.empty())).isTrue();
        }
        assertThat(ContractActions.mayReadCertificate(contract, actor(Role.REGISTRAR, Orgs.NANNING_REGISTRY),
                Optional.of(NANNING))).isTrue();
        assertThat(ContractActions.mayReadCertificate(contract, actor(Role.REGISTRAR, Orgs.LIUZHOU_REGISTRY),
                Optional.of(LIUZHOU))).isFalse();
        assertThat(ContractActions.mayReadCertificate(contract, actor(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE),
                Optional.empty())).isFalse();
        assertThat(ContractActions.mayReadCertificate(accepted(), actor(Role.UNIVERSITY, Orgs.GXU),
                Optional.empty())).isFalse();
    }

    @Test
    void verificationCodesAreSixteenUnambiguousCharactersAndDoNotRepeat() {
        Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).hasSize(16).doesNotContain("I", "L", "O", "U");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    private static NonTechnicalItem item(String amount) {
        return new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "中试设备", new BigDecimal(amount));
    }

    private static void assertRefused(Runnable move, String code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static Contract accepted() {
        Contract contract = Contract.brokered(UUID.randomUUID(), UUID.randomUUID(), "蔗渣生物制浆技术转让合同",
                ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, false, Orgs.GX_TECH_TRANSFER,
                new BigDecimal("2600000.00"), "broker.gx", REGISTERED_AT);
        contract.submit(null, new BigDecimal("1000000.00"), List.of(item("200000.00")), LocalDate.of(2026, 9, 1),
                REGISTERED_AT);
        contract.accept(NANNING, REGISTERED_AT);
        return contract;
    }

    private static Contract registered() {
        Contract contract = accepted();
        contract.register(NANNING, day -> RegistrationNumber.of(day, NANNING, 42), REGISTERED_AT);
        return contract;
    }

    private static Actor actor(Role role, gx.techmarket.contracts.events.Party org) {
        return new Actor(UUID.randomUUID().toString(), role.realmRole() + "." + org.uscc(), org.name(), Set.of(role),
                org);
    }
}
