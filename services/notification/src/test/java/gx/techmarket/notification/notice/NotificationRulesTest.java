package gx.techmarket.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeadlineApproaching;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DeregistrationReason;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RefusalGround;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who hears of what, and what their notice says. */
class NotificationRulesTest {

    static final Instant AT = Instant.parse("2026-09-01T02:30:00Z");
    static final UUID CONTRACT = UUID.fromString("1a3c5e7f-9b2d-4f6a-8c0e-2b4d6f8a0c19");
    static final RegistrationPoint NANNING = new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(), "南宁市技术合同登记站", "0101");

    @Test
    void aDraftIsForItsSellerAndBuyerNotForTheBrokerWhoMadeIt() {
        List<Notice> notices = NotificationRules.of(new ContractDrafted(CONTRACT, "蔗渣技术许可合同",
                ContractType.LICENSE_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, Orgs.GX_TECH_TRANSFER, UUID.randomUUID(),
                null, new BigDecimal("2600000.00"), AT));

        assertThat(notices).extracting(n -> n.recipient().uscc(), n -> n.recipient().role())
                .containsExactly(tuple(Orgs.GXU.uscc(), null), tuple(Orgs.GX_SUGAR_GROUP.uscc(), null));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_DRAFTED);
            assertThat(n.link()).isEqualTo("/contracts/" + CONTRACT);
            assertThat(n.args()).containsEntry("title", "蔗渣技术许可合同").containsEntry("amount", "2600000.00")
                    .containsEntry("broker", Orgs.GX_TECH_TRANSFER.name());
            assertThat(n.mailed()).isFalse();
        });
        // each is told who the other side is
        assertThat(notices.get(0).args()).containsEntry("counterparty", Orgs.GX_SUGAR_GROUP.name());
        assertThat(notices.get(1).args()).containsEntry("counterparty", Orgs.GXU.name());
    }

    @Test
    void anExpiredDemandIsForItsDemanderWithTheDeadlineThatPassed() {
        UUID demand = UUID.randomUUID();
        List<Notice> notices = NotificationRules.of(new DemandExpired(demand, "蔗渣制备可降解餐具的成型工艺",
                Orgs.GUILIN_SUGAR.uscc(), LocalDate.parse("2026-10-31"), AT));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DEMAND_EXPIRED);
            assertThat(n.recipient()).isEqualTo(new Recipient(Orgs.GUILIN_SUGAR.uscc(), null));
            assertThat(n.link()).isEqualTo("/demands/" + demand);
            assertThat(n.args()).containsEntry("title", "蔗渣制备可降解餐具的成型工艺")
                    .containsEntry("deadlineDate", "2026-10-31");
            assertThat(n.occurredAt()).isEqualTo(AT);
            assertThat(n.mailed()).isFalse();
        });
    }

    @Test
    void aMatchedDemandIsForItsDemanderNamingTheChallengeOrTheContract() {
        UUID demand = UUID.randomUUID();
        UUID challenge = UUID.randomUUID();
        Notice byChallenge = NotificationRules.of(new DemandMatched(demand, "赤泥脱碱", Orgs.BAISE_ALUMINIUM.uscc(),
                challenge, null, AT)).get(0);
        Notice byContract = NotificationRules.of(new DemandMatched(demand, "赤泥脱碱", Orgs.BAISE_ALUMINIUM.uscc(),
                null, CONTRACT, AT)).get(0);

        assertThat(byChallenge.kind()).isEqualTo(NotificationKind.DEMAND_MATCHED);
        assertThat(byChallenge.recipient().uscc()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(byChallenge.link()).isEqualTo("/demands/" + demand);
        assertThat(byChallenge.args()).containsEntry("challengeId", challenge.toString())
                .doesNotContainKey("contractId").containsEntry("title", "赤泥脱碱");
        assertThat(byContract.args()).containsEntry("contractId", CONTRACT.toString()).doesNotContainKey("challengeId");
    }

    @Test
    void aReturnedFilingIsForTheSellerWhoFiledItWithTheReasonsOnePerLine() {
        List<Notice> notices = NotificationRules.of(new ContractReturned(CONTRACT, "蔗渣技术许可合同",
                ContractType.LICENSE_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, Orgs.GX_TECH_TRANSFER, NANNING,
                List.of("缺少附件", "金额有误"), AT));

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_RETURNED);
            assertThat(n.recipient()).isEqualTo(new Recipient(Orgs.GXU.uscc(), null));
            assertThat(n.args()).containsEntry("reasons", "缺少附件\n金额有误")
                    .containsEntry("registrationPoint", "南宁市技术合同登记站");
            // the registry sets no correction deadline: nothing to mail
            assertThat(n.deadline()).isNull();
            assertThat(n.mailed()).isFalse();
        });
    }

    @Test
    void aRegistrationIsForBothPartiesAndTheBrokersOfTheIntermediary() {
        ContractRegistered registered = new ContractRegistered(CONTRACT, "26450101000001", "蔗渣技术转让合同",
                ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, Orgs.GX_TECH_TRANSFER, NANNING,
                new BigDecimal("1000000.00"), new BigDecimal("200000.00"), new BigDecimal("800000.00"),
                List.of(new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "设备", new BigDecimal("200000.00"))),
                LocalDate.of(2026, 9, 1), AT, "GX-2026.1");

        List<Notice> notices = NotificationRules.of(registered);

        assertThat(notices).extracting(n -> n.recipient().uscc(), n -> n.recipient().role()).containsExactly(
                tuple(Orgs.GXU.uscc(), null), tuple(Orgs.GX_SUGAR_GROUP.uscc(), null),
                tuple(Orgs.GX_TECH_TRANSFER.uscc(), Role.BROKER));
        assertThat(notices).allSatisfy(n -> assertThat(n.args()).containsEntry("amount", "800000.00")
                .containsEntry("registrationNumber", "26450101000001"));
        assertThat(notices.get(2).args()).doesNotContainKey("counterparty");
    }

    @Test
    void anAwardIsForTheDemanderAndTheWinnerEachNamingTheOther() {
        UUID challenge = UUID.randomUUID();
        ChallengeAwarded award = new ChallengeAwarded(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.randomUUID(), null, Orgs.BAISE_ALUMINIUM, null, Orgs.GUET, UUID.randomUUID(),
                new BigDecimal("1800000.00"), 24, AT);

        List<Notice> notices = NotificationRules.of(award, Optional.of("赤泥综合利用技术攻关"));

        assertThat(notices).extracting(n -> n.recipient().uscc())
                .containsExactly(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GUET.uscc());
        assertThat(notices.get(0).args()).containsEntry("counterparty", Orgs.GUET.name())
                .containsEntry("title", "赤泥综合利用技术攻关").containsEntry("amount", "1800000.00");
        assertThat(notices.get(1).args()).containsEntry("counterparty", Orgs.BAISE_ALUMINIUM.name());
        assertThat(notices).allSatisfy(n -> assertThat(n.link()).isEqualTo("/challenges/" + challenge));
        // a challenge whose publication was not heard has no title to show
        assertThat(NotificationRules.of(award, Optional.empty()).get(0).args()).doesNotContainKey("title");
    }

    @Test
    void aPublishedChallengeIsForItsDemanderWithItsDeadlineAndTheReminderIsMailed() {
        UUID challenge = UUID.randomUUID();
        Instant deadline = Instant.parse("2026-10-15T10:00:00Z");
        List<Notice> published = NotificationRules.of(new ChallengePublished(challenge,
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(), null, "赤泥综合利用技术攻关",
                Orgs.BAISE_ALUMINIUM, null, "451000", deadline, AT));
        assertThat(published).singleElement().satisfies(n -> {
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
            assertThat(n.deadline()).isEqualTo(deadline);
            assertThat(n.args()).containsEntry("deadline", "2026-10-15T10:00:00Z");
            assertThat(n.mailed()).as("a publication is news, not a call to act").isFalse();
        });

        List<Notice> reminders = NotificationRules.deadlineApproaching(challenge, "赤泥综合利用技术攻关",
                Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GXU.uscc(), deadline);
        assertThat(reminders).extracting(n -> n.recipient().uscc())
                .containsExactly(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GXU.uscc());
        assertThat(reminders).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHALLENGE_DEADLINE_APPROACHING);
            assertThat(n.mailed()).isTrue();
        });
    }

    @Test
    void aGrantIsForItsBeneficiaryLinkedToTheEntitlement() {
        UUID entitlement = UUID.randomUUID();
        List<Notice> notices = NotificationRules.of(new SubsidyGranted(entitlement, "INTERMEDIARY_SUBSIDY", "004",
                Orgs.GX_TECH_TRANSFER, CONTRACT, "26450101000001", new BigDecimal("800000.00"),
                new BigDecimal("0.01"), new BigDecimal("8000.00"), 2026, AT));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
            assertThat(n.link()).isEqualTo("/entitlements/" + entitlement);
            assertThat(n.args()).containsEntry("amount", "8000.00").containsEntry("programme", "INTERMEDIARY_SUBSIDY");
        });
    }

    @Test
    void aClaimDecisionIsForTheClaimantLinkedToTheClaimWithTheAmountOrTheReason() {
        UUID claim = UUID.randomUUID();
        List<Notice> approved = NotificationRules.of(new ClaimDecided(claim, "RESULT_TRANSFORMATION_POST_SUBSIDY",
                2026, Orgs.GX_TECH_TRANSFER.uscc(), Orgs.GX_TECH_TRANSFER.name(), "26450101000001",
                ClaimDecided.Decision.APPROVED, new BigDecimal("60000.00"), null, AT));
        assertThat(approved).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CLAIM_APPROVED);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
            assertThat(n.link()).isEqualTo("/subsidy/claims/" + claim);
            assertThat(n.args()).containsEntry("amount", "60000.00").doesNotContainKey("reason");
        });
        List<Notice> returned = NotificationRules.of(new ClaimDecided(claim, "RESULT_TRANSFORMATION_POST_SUBSIDY",
                2026, Orgs.GX_TECH_TRANSFER.uscc(), Orgs.GX_TECH_TRANSFER.name(), null,
                ClaimDecided.Decision.RETURNED, null, "缺少付款凭证", AT));
        assertThat(returned).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CLAIM_RETURNED);
            assertThat(n.args()).containsEntry("reason", "缺少付款凭证").doesNotContainKeys("amount",
                    "registrationNumber");
        });
    }

    @Test
    void aPaymentIsForItsPayeeWithWhatTheBankPaidAndWhatWasSetOff() {
        UUID batch = UUID.randomUUID();
        List<Notice> notices = NotificationRules.of(new SubsidyPaid(batch, "BF2026000013",
                "RESULT_TRANSFORMATION_POST_SUBSIDY", 2026, Orgs.LIUZHOU_AUTO_PARTS.uscc(),
                Orgs.LIUZHOU_AUTO_PARTS.name(), new BigDecimal("160000.00"), new BigDecimal("40000.00"),
                new BigDecimal("120000.00"), "BF2026000013-004", "GX2026121500042", LocalDate.of(2026, 12, 15), AT));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.SUBSIDY_PAID);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.LIUZHOU_AUTO_PARTS.uscc());
            assertThat(n.link()).isEqualTo("/subsidy/payments/statement#" + batch);
            assertThat(n.args()).containsEntry("amount", "120000.00").containsEntry("offset", "40000.00")
                    .containsEntry("reference", "BF2026000013-004").containsEntry("paidOn", "2026-12-15");
        });
    }

    @Test
    void aRefusalIsForBothPartiesInTheMarketAndTheBrokersWithItsGroundsAndNeverForAForeignParty() {
        Party munich = Party.foreign("Sugar Technologies GmbH", OrgKind.ENTERPRISE, "DE");
        List<Notice> notices = NotificationRules.of(new ContractRefused(CONTRACT, "蔗糖企业节能降耗技术咨询合同",
                ContractType.CONSULTING, Orgs.GXU, munich, Orgs.GX_TECH_TRANSFER, NANNING,
                List.of(RefusalGround.NOT_TECHNICAL_CONTRACT, RefusalGround.TITLE_CONTENT_MISMATCH),
                "合同内容为企业管理咨询", AT));

        assertThat(notices).extracting(n -> n.recipient().uscc(), n -> n.recipient().role()).containsExactly(
                tuple(Orgs.GXU.uscc(), null), tuple(Orgs.GX_TECH_TRANSFER.uscc(), Role.BROKER));
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_REFUSED);
            assertThat(n.link()).isEqualTo("/contracts/" + CONTRACT);
            assertThat(n.args()).containsEntry("grounds", "NOT_TECHNICAL_CONTRACT\nTITLE_CONTENT_MISMATCH")
                    .containsEntry("explanation", "合同内容为企业管理咨询")
                    .containsEntry("registrationPoint", "南宁市技术合同登记站");
            assertThat(n.mailed()).isFalse();
        });
        assertThat(notices.get(0).args()).containsEntry("counterparty", "Sugar Technologies GmbH");
    }

    @Test
    void anAmendmentAndACancellationAreForBothPartiesAndTheBrokersWithWhatChangedAndWhy() {
        ContractAmended amended = new ContractAmended(CONTRACT, "26450101000001", "蔗渣技术转让合同",
                ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, Orgs.GX_TECH_TRANSFER, NANNING,
                new BigDecimal("900000.00"), new BigDecimal("0.00"), new BigDecimal("900000.00"), List.of(),
                LocalDate.of(2026, 9, 1), AT, "2026.1", 2, AT.plusSeconds(86_400), "补充协议调整价款");
        List<Notice> amendedNotices = NotificationRules.of(amended);
        assertThat(amendedNotices).extracting(n -> n.recipient().uscc(), n -> n.recipient().role()).containsExactly(
                tuple(Orgs.GXU.uscc(), null), tuple(Orgs.GX_SUGAR_GROUP.uscc(), null),
                tuple(Orgs.GX_TECH_TRANSFER.uscc(), Role.BROKER));
        assertThat(amendedNotices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_AMENDED);
            assertThat(n.args()).containsEntry("amendmentNumber", "2").containsEntry("amount", "900000.00")
                    .containsEntry("reason", "补充协议调整价款").containsEntry("registrationNumber", "26450101000001");
        });
        assertThat(amendedNotices.get(1).args()).containsEntry("counterparty", Orgs.GXU.name());

        List<Notice> cancelled = NotificationRules.of(new ContractDeregistered(CONTRACT, "26450101000001",
                "蔗渣技术转让合同", ContractType.TRANSFER_PATENT, Orgs.GXU, Orgs.GX_SUGAR_GROUP, null, NANNING,
                DeregistrationReason.RESCINDED, "双方协商解除", AT.plusSeconds(172_800)));
        assertThat(cancelled).extracting(n -> n.recipient().uscc())
                .containsExactly(Orgs.GXU.uscc(), Orgs.GX_SUGAR_GROUP.uscc());
        assertThat(cancelled).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_DEREGISTERED);
            assertThat(n.args()).containsEntry("reason", "RESCINDED").containsEntry("explanation", "双方协商解除");
        });
    }

    @Test
    void aDeadlineIsForTheFilerAndThePointsRegistrarsMailedOnceApproachingAndOnceOverdue() {
        ContractDeadlineApproaching approaching = deadline(Orgs.GXU, Orgs.GX_SUGAR_GROUP, 2, false);
        List<Notice> notices = NotificationRules.of(approaching);
        assertThat(notices).extracting(n -> n.recipient().uscc(), n -> n.recipient().role()).containsExactly(
                tuple(Orgs.GXU.uscc(), null), tuple(Orgs.NANNING_REGISTRY.uscc(), Role.REGISTRAR));
        // the end of 2026-10-16 in China
        Instant endOfDueDay = Instant.parse("2026-10-16T16:00:00Z");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_DEADLINE_APPROACHING);
            assertThat(n.deadline()).isEqualTo(endOfDueDay);
            assertThat(n.mailed()).isTrue();
            assertThat(n.args()).containsEntry("dueOn", "2026-10-16").containsEntry("workingDaysLeft", "2")
                    .containsEntry("provisional", "false").containsEntry("counterparty", Orgs.GX_SUGAR_GROUP.name());
        });
        assertThat(notices.get(1).args()).containsEntry("filer", Orgs.GXU.name());

        // the job heard again is the same occurrence; overdue is another; a deadline that moved is another again
        assertThat(NotificationRules.of(deadline(Orgs.GXU, Orgs.GX_SUGAR_GROUP, 1, false)).get(0).occurrence())
                .isEqualTo(notices.get(0).occurrence());
        List<Notice> overdue = NotificationRules.of(deadline(Orgs.GXU, Orgs.GX_SUGAR_GROUP, 0, true));
        assertThat(overdue).allSatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.CONTRACT_OVERDUE));
        assertThat(overdue.get(0).occurrence()).isNotEqualTo(notices.get(0).occurrence());
        ContractDeadlineApproaching moved = new ContractDeadlineApproaching(CONTRACT, "蔗渣技术开发合同",
                ContractType.DEVELOPMENT_COMMISSIONED, Orgs.GXU, Orgs.GX_SUGAR_GROUP, NANNING,
                LocalDate.of(2026, 11, 20), 3, true, false);
        Notice afterCorrection = NotificationRules.of(moved).get(0);
        assertThat(afterCorrection.occurrence()).isNotEqualTo(notices.get(0).occurrence());
        assertThat(afterCorrection.args()).containsEntry("provisional", "true");
    }

    @Test
    void aTechnologyImportIsFiledAndCorrectedByItsDomesticBuyerAndNoNoticeGoesToTheForeignSeller() {
        Party munich = Party.foreign("Fraunhofer-Gesellschaft", OrgKind.INSTITUTE, "DE");
        assertThat(NotificationRules.of(deadline(munich, Orgs.LIUZHOU_AUTO_PARTS, 3, false)))
                .extracting(n -> n.recipient().uscc(), n -> n.recipient().role()).containsExactly(
                        tuple(Orgs.LIUZHOU_AUTO_PARTS.uscc(), null), tuple(Orgs.NANNING_REGISTRY.uscc(), Role.REGISTRAR));
        assertThat(NotificationRules.of(new ContractReturned(CONTRACT, "蔗渣技术进口合同", ContractType.TRANSFER_PATENT,
                munich, Orgs.LIUZHOU_AUTO_PARTS, null, NANNING, List.of("缺少技术进口合同登记证书"), AT)))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(new Recipient(Orgs.LIUZHOU_AUTO_PARTS.uscc(), null));
                    assertThat(n.args()).containsEntry("counterparty", "Fraunhofer-Gesellschaft");
                });
        ContractRegistered imported = new ContractRegistered(CONTRACT, "26450101000002", "蔗渣技术进口合同",
                ContractType.TRANSFER_PATENT, munich, Orgs.LIUZHOU_AUTO_PARTS, Orgs.GX_TECH_TRANSFER, NANNING,
                new BigDecimal("500000.00"), new BigDecimal("0.00"), new BigDecimal("500000.00"), List.of(),
                LocalDate.of(2026, 9, 1), AT, "2026.1");
        assertThat(NotificationRules.of(imported)).extracting(n -> n.recipient().uscc())
                .containsExactly(Orgs.LIUZHOU_AUTO_PARTS.uscc(), Orgs.GX_TECH_TRANSFER.uscc());
    }

    private static ContractDeadlineApproaching deadline(Party seller, Party buyer, int left, boolean overdue) {
        return new ContractDeadlineApproaching(CONTRACT, "蔗渣技术开发合同", ContractType.DEVELOPMENT_COMMISSIONED,
                seller, buyer, NANNING, LocalDate.of(2026, 10, 16), left, false, overdue);
    }

    @Test
    void theSameHappeningToTheSameRecipientIsOneOccurrenceAndASecondReturnIsAnother() {
        ContractReturned first = new ContractReturned(CONTRACT, "蔗渣技术许可合同", ContractType.LICENSE_PATENT,
                Orgs.GXU, Orgs.GX_SUGAR_GROUP, null, NANNING, List.of("缺少附件"), AT);
        ContractReturned again = new ContractReturned(CONTRACT, "蔗渣技术许可合同", ContractType.LICENSE_PATENT,
                Orgs.GXU, Orgs.GX_SUGAR_GROUP, null, NANNING, List.of("缺少附件"), AT.plusSeconds(86_400));

        assertThat(NotificationRules.of(first).get(0).occurrence())
                .isEqualTo(NotificationRules.of(first).get(0).occurrence())
                .isNotEqualTo(NotificationRules.of(again).get(0).occurrence());
    }
}
