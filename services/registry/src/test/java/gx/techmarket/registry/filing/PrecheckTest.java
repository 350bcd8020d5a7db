package gx.techmarket.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.NonTechnicalItemCategory;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.registry.attachment.DocumentKind;
import gx.techmarket.registry.ruleset.Deadline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void suggestsTheSubtypeWithItsReasonChecklistAmountsRulesAndDeadline() {
        Precheck p = Precheck.of(request("蔗渣生物制浆专利权转让", "甲方将其专利权转让给乙方。", null, "1000000.00",
                List.of(item("200000.00")), LocalDate.of(2026, 9, 1), OrgKind.UNIVERSITY, "80.00"), OrgKind.UNIVERSITY,
                TODAY);
        assertThat(p.suggestedType()).isEqualTo(ContractType.TRANSFER_PATENT);
        assertThat(p.suggestedCategory()).isEqualTo(ContractCategory.TRANSFER);
        assertThat(p.rule()).isEqualTo("PATENT_TRANSFER");
        assertThat(p.reason()).contains("PATENT_TRANSFER");
        assertThat(p.checklist()).extracting(Precheck.ChecklistItem::kind)
                .containsExactly(DocumentKind.SIGNED_CONTRACT, DocumentKind.PATENT_CERTIFICATE);
        assertThat(p.checklist().get(1).zh()).isEqualTo("专利证书");
        assertThat(p.totalContractAmount()).isEqualByComparingTo("1000000.00");
        assertThat(p.nonTechnicalAmount()).isEqualByComparingTo("200000.00");
        assertThat(p.technologyTransactionAmount()).isEqualByComparingTo("800000.00");
        assertThat(p.ruleSetVersion()).isEqualTo("CN-2026");
        assertThat(p.deadline()).isEqualTo(new Deadline(15, Deadline.Unit.WORKING_DAYS));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void aLicenceSignedIn2025IsCheckedUnderThe2001RulesAsATransfer() {
        Precheck p = Precheck.of(request("专利实施许可", "许可乙方实施本专利。", null, "100000.00", List.of(),
                LocalDate.of(2025, 6, 1), OrgKind.ENTERPRISE, null), OrgKind.ENTERPRISE, TODAY);
        assertThat(p.suggestedType()).isEqualTo(ContractType.LICENSE_PATENT);
        assertThat(p.suggestedCategory()).isEqualTo(ContractCategory.TRANSFER);
        assertThat(p.ruleSetVersion()).isEqualTo("CN-2001");
        assertThat(p.deadline()).isEqualTo(new Deadline(30, Deadline.Unit.CALENDAR_DAYS));
    }

    @Test
    void warnsOfADevelopmentOfAMasteredTechnology() {
        assertThat(codes(request("委托开发", "乙方委托甲方开发一项已掌握的成熟技术的生产线。", null, null, null, null, null, null)))
                .containsExactly("ALREADY_MASTERED_TECHNOLOGY");
    }

    @Test
    void warnsOfConsultingOnNonTechnicalMatters() {
        assertThat(codes(request("咨询", "就企业税务筹划提供咨询意见。", null, null, null, null, null, null)))
                .containsExactly("NON_TECHNICAL_CONSULTING");
    }

    @Test
    void warnsOfSalesTraining() {
        assertThat(codes(request("培训", "为乙方销售人员进行营销技巧培训。", null, null, null, null, null, null)))
                .containsExactly("SALES_TRAINING");
    }

    @Test
    void warnsAUniversityRewardingItsInventorsBelowSeventyPercent() {
        PrecheckRequest low = request("专利权转让", "甲方将其专利权转让给乙方。", null, null, null, null, null, "69.99");
        assertThat(Precheck.of(low, OrgKind.UNIVERSITY, TODAY).warnings()).extracting(Precheck.Warning::code)
                .containsExactly("REWARD_SHARE_BELOW_70");
        assertThat(Precheck.of(low, OrgKind.ENTERPRISE, TODAY).warnings()).isEmpty();
        PrecheckRequest seventy = request("专利权转让", "甲方将其专利权转让给乙方。", null, null, null, null, null, "70.00");
        assertThat(Precheck.of(seventy, OrgKind.INSTITUTE, TODAY).warnings()).isEmpty();
    }

    @Test
    void warnsOfAmountsARegistrarWouldRefuseOrSendToExperts() {
        assertThat(codes(request("技术服务", "解决结晶工段的技术问题。", null, "100.00", List.of(item("100.01")), null,
                null, null))).containsExactly("NON_TECHNICAL_EXCEEDS_TOTAL");
        assertThat(codes(request("技术服务", "解决结晶工段的技术问题。", null, "100.00", List.of(item("100.00")), null,
                null, null))).containsExactly("TECHNOLOGY_AMOUNT_ZERO");
        Precheck large = Precheck.of(request("技术服务", "解决结晶工段的技术问题。", null, "5200000.00",
                List.of(item("200000.00")), null, null, null), OrgKind.ENTERPRISE, TODAY);
        assertThat(large.warnings()).extracting(Precheck.Warning::code).containsExactly("EXPERT_REVIEW_EXPECTED");
        assertThat(large.deadline()).isEqualTo(new Deadline(30, Deadline.Unit.WORKING_DAYS));
    }

    @Test
    void warnsWhenTheChosenTypeIsNotTheSuggestedOne() {
        PrecheckRequest r = new PrecheckRequest("技术咨询", "就糖厂扩建项目进行可行性论证。", "第一条 甲方出具可行性研究报告",
                ContractType.SERVICE, null, null, null, null, null, null);
        Precheck p = Precheck.of(r, OrgKind.ENTERPRISE, TODAY);
        assertThat(p.suggestedType()).isEqualTo(ContractType.CONSULTING);
        assertThat(p.warnings()).extracting(Precheck.Warning::code).containsExactly("TYPE_MISMATCH");
        assertThat(p.checklist()).extracting(Precheck.ChecklistItem::kind).containsExactly(DocumentKind.SIGNED_CONTRACT);
    }

    @Test
    void withoutAMatchingWordTheFilerChooses() {
        Precheck p = Precheck.of(request("合同", "双方友好协商签订本合同。", null, null, null, null, null, null),
                OrgKind.ENTERPRISE, TODAY);
        assertThat(p.suggestedType()).isNull();
        assertThat(p.checklist()).isEmpty();
        assertThat(p.reason()).isNotBlank();
    }

    private static List<String> codes(PrecheckRequest request) {
        return Precheck.of(request, OrgKind.ENTERPRISE, TODAY).warnings().stream().map(Precheck.Warning::code).toList();
    }

    private static FilingRequest.Item item(String amount) {
        return new FilingRequest.Item(NonTechnicalItemCategory.EQUIPMENT, "中试设备", new BigDecimal(amount));
    }

    private static PrecheckRequest request(String subject, String description, String clauses, String total,
            List<FilingRequest.Item> items, LocalDate signedOn, OrgKind sellerKind, String share) {
        return new PrecheckRequest(subject, description, clauses, null, total == null ? null : new BigDecimal(total),
                items, signedOn, sellerKind, share == null ? null : new BigDecimal(share), null);
    }
}
