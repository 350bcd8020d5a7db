package gx.techmarket.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItem;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.contracts.events.SubsidyGranted;
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
