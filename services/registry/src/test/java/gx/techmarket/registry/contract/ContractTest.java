package gx.techmarket.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.RefusalGround;
import gx.techmarket.registry.registration.KnownPoint;
import gx.techmarket.registry.registration.RegistrationNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The contract's transitions and the actions they offer, without the service around them. */
class ContractTest {

    static final KnownPoint NANNING = KnownPoint.of(Orgs.NANNING_REGISTRY.uscc(), "南宁市技术合同登记站", "450100", "0101");
    static final KnownPoint LIUZHOU = KnownPoint.of(Orgs.LIUZHOU_REGISTRY.uscc(), "柳州市技术合同登记站", "450200", "0201");
    static final Instant NOW = Instant.parse("2026-09-22T02:00:00Z");
    static final List<NonTechnicalItem> EQUIPMENT = List.of(
            new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "中试设备", new BigDecimal("200000.00")));

    @Test
    void registeringReturnsTheEventWithTheNumberOfItsDateInChina() {
        Contract contract = accepted();
        // 2026-12-31T16:30Z is 2027-01-01 in 南宁
        ContractRegistered event = contract.register(NANNING, day -> RegistrationNumber.of(day, NANNING, 7),
                Instant.parse("2026-12-31T16:30:00Z"));
        assertThat(event.registrationNumber()).isEqualTo("27450101000007").isEqualTo(contract.registrationNumber);
        assertThat(event.technologyTransactionAmount()).isEqualByComparingTo("800000.00");
        assertThat(event.registrationPoint().code()).isEqualTo("0101");
        assertThat(event.seller()).isEqualTo(Orgs.GXU);
        assertThat(event.intermediary()).isEqualTo(Orgs.GX_TECH_TRANSFER);
        assertThat(contract.status()).isEqualTo(ContractStatus.REGISTERED);
    }

    @Test
    void aRefusedRegistrationAsksForNoNumber() {
        Contract contract = draft();
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> contract.register(NANNING, day -> {
            asked.incrementAndGet();
            return RegistrationNumber.of(day, NANNING, 1);
        }, NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo("ILLEGAL_STATE_TRANSITION"));
        assertThat(asked).hasValue(0);
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void aContractThatCannotBeFiledIs409WhateverTheFilingSays() {
        Contract contract = accepted();
        LocalDate tomorrow = LocalDate.of(2026, 9, 23);
        assertThatThrownBy(() -> contract.submit(null, new BigDecimal("1.00"), EQUIPMENT, tomorrow, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        Contract draft = draft();
        assertThatThrownBy(() -> draft.submit(null, new BigDecimal("1.00"), EQUIPMENT, tomorrow, NOW))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.code()).isEqualTo("SIGNED_ON_IN_FUTURE"));
        assertThat(draft.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void eachStepOffersItsActionsToWhoMayTakeThem() {
        Actor seller = actor(Role.UNIVERSITY, Orgs.GXU);
        Actor buyer = actor(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);
        Actor broker = actor(Role.BROKER, Orgs.GX_TECH_TRANSFER);
        Actor nanning = actor(Role.REGISTRAR, Orgs.NANNING_REGISTRY);
        Actor liuzhou = actor(Role.REGISTRAR, Orgs.LIUZHOU_REGISTRY);
        Actor noPoint = actor(Role.REGISTRAR, Orgs.GX_DEPT_OF_SCIENCE);
        Contract contract = draft();
        assertThat(ContractActions.of(contract, seller, Optional.empty())).containsExactly("submit");
        assertThat(ContractActions.of(contract, buyer, Optional.empty())).isEmpty();
        assertThat(ContractActions.of(contract, broker, Optional.empty())).isEmpty();

        contract.submit(null, new BigDecimal("1000000.00"), EQUIPMENT, LocalDate.of(2026, 9, 1), NOW);
        assertThat(ContractActions.of(contract, seller, Optional.empty())).isEmpty();
        assertThat(ContractActions.of(contract, nanning, Optional.of(NANNING))).containsExactly("accept");
        // a contract is registered where its filer is: 柳州's point does not accept a 南宁 seller's filing
        assertThat(ContractActions.of(contract, liuzhou, Optional.of(LIUZHOU))).isEmpty();
        assertThat(ContractActions.of(contract, noPoint, Optional.empty())).isEmpty();

        contract.accept(NANNING, NOW);
        assertThat(ContractActions.of(contract, nanning, Optional.of(NANNING)))
                .containsExactly("return-for-correction", "start-review", "refuse", "register", "assess");
        // not registrable yet (a review required or incomplete): register is not offered
        assertThat(ContractActions.of(contract, nanning, Optional.of(NANNING), false))
                .containsExactly("return-for-correction", "start-review", "refuse", "assess");
        assertThat(ContractActions.of(contract, liuzhou, Optional.of(LIUZHOU))).isEmpty();
        // the role is needed as well as the point: a colleague of the point without it decides nothing
        assertThat(ContractActions.of(contract, actor(Role.ADMIN, Orgs.NANNING_REGISTRY), Optional.of(NANNING)))
                .isEmpty();

        contract.returnForCorrection(NANNING, List.of("缺少附件"), NOW);
        assertThat(ContractActions.of(contract, seller, Optional.empty())).containsExactly("resubmit");
        assertThat(ContractActions.of(contract, nanning, Optional.of(NANNING))).isEmpty();

        contract.resubmit(null, new BigDecimal("1000000.00"), EQUIPMENT, LocalDate.of(2026, 9, 1), NOW);
        assertThat(ContractActions.of(contract, seller, Optional.empty())).isEmpty();
        assertThat(ContractActions.of(contract, nanning, Optional.of(NANNING)))
                .containsExactly("return-for-correction", "start-review", "refuse", "register", "assess");
        assertThat(ContractActions.of(contract, liuzhou, Optional.of(LIUZHOU))).isEmpty();
    }

    @Test
    void theClockStartsOnAcceptanceStopsOnReturnAndStartsAgainOnResubmission() {
        Contract contract = accepted();
        assertThat(contract.clockRuns()).isTrue();
        LocalDate accepted = contract.clockStartedOn;
        contract.returnForCorrection(NANNING, List.of("缺少附件"), NOW);
        assertThat(contract.clockRuns()).isFalse();
        Instant later = NOW.plus(java.time.Duration.ofDays(10));
        contract.resubmit(null, new BigDecimal("1000000.00"), EQUIPMENT, LocalDate.of(2026, 9, 1), later);
        assertThat(contract.status()).isEqualTo(ContractStatus.RESUBMITTED);
        assertThat(contract.clockStartedOn).isEqualTo(accepted.plusDays(10));
        assertThat(contract.registrationPointUscc).isEqualTo(NANNING.uscc());
    }

    @Test
    void aRefusalCarriesItsDistinctGroundsAndEndsTheClock() {
        Contract contract = accepted();
        ContractRefused refused = contract.refuse(NANNING, List.of(RefusalGround.SEALS_INCOMPLETE,
                RefusalGround.DOCUMENTS_MISSING, RefusalGround.SEALS_INCOMPLETE), "合同未加盖乙方公章", NOW);
        assertThat(refused.grounds()).containsExactly(RefusalGround.SEALS_INCOMPLETE, RefusalGround.DOCUMENTS_MISSING);
        assertThat(refused.registrationPoint().code()).isEqualTo(NANNING.code());
        assertThat(refused.refusedAt()).isEqualTo(NOW);
        assertThat(contract.status()).isEqualTo(ContractStatus.NOT_REGISTERED);
        assertThat(contract.refusalGrounds).containsExactly("SEALS_INCOMPLETE", "DOCUMENTS_MISSING");
        assertThat(contract.clockRuns()).isFalse();
        assertThatThrownBy(() -> contract.refuse(NANNING, List.of(RefusalGround.PRICE_UNCLEAR), "x", NOW))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aDraftAndAReturnTellThePartiesFromTheContractsOwnState() {
        Contract contract = draft();
        ContractDrafted drafted = contract.drafted();
        assertThat(drafted.contractId()).isEqualTo(contract.id());
        assertThat(drafted.seller().uscc()).isEqualTo(Orgs.GXU.uscc());
        assertThat(drafted.buyer().uscc()).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());
        assertThat(drafted.intermediary().uscc()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
        assertThat(drafted.resultId()).isNotNull();
        assertThat(drafted.challengeId()).isNull();
        assertThat(drafted.proposedAmount()).isEqualByComparingTo("2600000.00");
        assertThat(drafted.draftedAt()).isEqualTo(NOW);

        contract = accepted();
        ContractReturned returned = contract.returnForCorrection(NANNING, List.of("缺少附件", "金额有误"), NOW);
        assertThat(returned.contractId()).isEqualTo(contract.id());
        assertThat(returned.reasons()).containsExactly("缺少附件", "金额有误");
        assertThat(returned.registrationPoint().uscc()).isEqualTo(NANNING.uscc());
        assertThat(returned.registrationPoint().code()).isEqualTo("0101");
        assertThat(returned.seller().uscc()).isEqualTo(Orgs.GXU.uscc());
    }

    @Test
    void aContractIsInTheSubMarketsOfItsSellerBuyerAndAcceptingPoint() {
        Actor baise = actor(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
        Actor province = actor(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
        // 广西大学 (南宁) sells to 广西桂糖集团 (南宁), accepted in 南宁: nothing of 百色's
        Contract nanning = draft();
        nanning.submit(null, new BigDecimal("1000000.00"), EQUIPMENT, LocalDate.of(2026, 9, 1), NOW);
        nanning.accept(NANNING, NOW);
        assertThat(ContractService.operates(baise, nanning)).isFalse();
        assertThat(ContractService.operates(province, nanning)).isTrue();
        // a 百色 buyer, or the 百色 point accepting, puts it in 百色's sub-market
        Contract baiseBuyer = Contract.brokered(UUID.randomUUID(), UUID.randomUUID(), "赤泥综合利用技术转让合同",
                ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.BAISE_ALUMINIUM, false, Orgs.GX_TECH_TRANSFER,
                new BigDecimal("2600000.00"), "broker.gx", NOW);
        assertThat(ContractService.operates(baise, baiseBuyer)).isTrue();
        Contract acceptedInBaise = draft();
        acceptedInBaise.submit(null, new BigDecimal("1000000.00"), EQUIPMENT, LocalDate.of(2026, 9, 1), NOW);
        acceptedInBaise.accept(KnownPoint.of(Orgs.BAISE_REGISTRY.uscc(), Orgs.BAISE_REGISTRY.name(), "451000", "1001"),
                NOW);
        assertThat(ContractService.operates(baise, acceptedInBaise)).isTrue();
        // the role decides too: a 百色 user who is no admin operates nothing
        assertThat(ContractService.operates(actor(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM), baiseBuyer)).isFalse();
    }

    private static Contract draft() {
        return Contract.brokered(UUID.randomUUID(), UUID.randomUUID(), "蔗渣生物制浆技术转让合同",
                ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, false, Orgs.GX_TECH_TRANSFER,
                new BigDecimal("2600000.00"), "broker.gx", NOW);
    }

    private static Contract accepted() {
        Contract contract = draft();
        contract.submit(null, new BigDecimal("1000000.00"), EQUIPMENT, LocalDate.of(2026, 9, 1), NOW);
        contract.accept(NANNING, NOW);
        return contract;
    }

    private static Actor actor(Role role, Party org) {
        return new Actor(UUID.randomUUID().toString(), role.realmRole() + "." + org.uscc(), org.name(), Set.of(role),
                org);
    }
}
