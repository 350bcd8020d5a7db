package gx.techmarket.contracts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The demo organisations and one valid event of every type, built in Java. */
final class Fixtures {

    static final Party GXU =
            Party.of("124501004985024102", "广西大学", OrgKind.UNIVERSITY, "450100");
    static final Party GUET =
            Party.of("12450300498503368U", "桂林电子科技大学", OrgKind.UNIVERSITY, "450300");
    static final Party GX_SUGAR =
            Party.of("91450100MA5K3B2L5H", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "450100");
    static final Party GUILIN_SUGAR = new Party(
            "91450300MA5KC7Q12L", "桂林桂糖制糖有限公司", OrgKind.ENTERPRISE, "450300", "91450100MA5K3B2L5H");
    static final Party BAISE_HUAYIN =
            Party.of("91451000MA5N8T4R67", "百色华银新材料有限公司", OrgKind.ENTERPRISE, "451000");
    static final Party LIUZHOU_PARTS =
            Party.of("91450200MA5L0PX62A", "柳州汽车零部件有限公司", OrgKind.ENTERPRISE, "450200");
    static final Party GX_TTC =
            Party.of("91450100MA5P2D9E7A", "广西技术转移中心有限公司", OrgKind.AGENCY, "450100");
    static final RegistrationPoint NANNING_STATION =
            new RegistrationPoint("124501004983071214", "南宁市技术合同登记站", "0103");

    static final UUID RESULT_ID = UUID.fromString("3f6b2c1e-9a4d-4e7b-8c2f-5d1a7e9b0c43");
    static final UUID DEMAND_ID = UUID.fromString("d4e7f1a2-6b3c-4d8e-a9f0-3b5c7d9e1f64");
    static final UUID CHALLENGE_ID = UUID.fromString("9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31");
    static final UUID BID_ID = UUID.fromString("7c1e3a5b-9d2f-4b6a-8e0c-4a6c8e0b2d57");
    static final UUID CONTRACT_ID = UUID.fromString("1a3c5e7f-9b2d-4f6a-8c0e-2b4d6f8a0c19");
    static final UUID ENTITLEMENT_ID = UUID.fromString("4b6d8f0a-2c4e-4a6b-8d0f-1e3a5c7e9b24");

    private Fixtures() {}

    static ResultPublished resultPublished() {
        return new ResultPublished(RESULT_ID, "甘蔗糖厂清洁生产与蔗渣高值化利用成套技术",
                "低温连续澄清、蔗渣生物法制浆和糖蜜发酵副产物回收成套技术，已完成中试。",
                "SUGAR", Maturity.PILOT, 6, List.of(TransferMode.TRANSFER, TransferMode.LICENSE),
                new BigDecimal("2600000"), false, List.of("ZL201910563278.2"), GXU, "450100",
                Instant.parse("2026-03-16T01:30:00Z"), List.of(
                        new Patent("ZL201910563278.2", PatentKind.INVENTION, PatentStatus.GRANTED, "一种蔗渣生物法制浆方法"),
                        new Patent("2023SR0456789", PatentKind.SOFTWARE_COPYRIGHT, PatentStatus.GRANTED, null)));
    }

    static ResultPublished negotiableResultPublished() {
        return new ResultPublished(UUID.fromString("8a1d5e2f-3b7c-4f9a-b6e1-2c4d8f0a7b15"),
                "商用车毫米波雷达盲区监测系统", "基于77GHz毫米波雷达的商用车盲区监测与变道辅助系统。",
                "ELECTRONIC_INFORMATION", Maturity.LAB, null, List.of(TransferMode.LICENSE), null, true, null,
                GUET, "450300", Instant.parse("2026-04-02T06:00:00Z"));
    }

    static ResultWithdrawn resultWithdrawn() {
        return new ResultWithdrawn(RESULT_ID, GXU.uscc(), "已与意向企业达成线下合作。",
                Instant.parse("2026-05-20T08:15:00Z"));
    }

    static DemandPublished demandPublished() {
        return new DemandPublished(DEMAND_ID, "蔗渣制备可降解餐具的成型工艺",
                "产品湿强度不足、脱模困难，需要成型工艺和配方改进方案。", "SUGAR",
                new BigDecimal("300000.00"), new BigDecimal("800000"), LocalDate.parse("2026-10-31"), "450300",
                List.of(CooperationMode.TRANSFER, CooperationMode.COMMISSIONED_DEVELOPMENT), GUILIN_SUGAR,
                Instant.parse("2026-04-10T03:30:00Z"));
    }

    static DemandClosed demandClosed() {
        return new DemandClosed(DEMAND_ID, GUILIN_SUGAR.uscc(), "已与区内高校签订委托开发协议。",
                Instant.parse("2026-08-12T03:20:00Z"));
    }

    static DemandExpired demandExpired() {
        return new DemandExpired(DEMAND_ID, "蔗渣制备可降解餐具的成型工艺", GUILIN_SUGAR.uscc(),
                LocalDate.parse("2026-10-31"), Instant.parse("2026-10-31T16:05:00Z"));
    }

    static DemandMatched demandMatchedByChallenge() {
        return new DemandMatched(DEMAND_ID, "蔗渣制备可降解餐具的成型工艺", GUILIN_SUGAR.uscc(), CHALLENGE_ID, null,
                Instant.parse("2026-04-15T01:00:02Z"));
    }

    static DemandMatched demandMatchedByContract() {
        return new DemandMatched(DEMAND_ID, "蔗渣制备可降解餐具的成型工艺", GUILIN_SUGAR.uscc(), null, CONTRACT_ID,
                Instant.parse("2026-09-01T02:30:05Z"));
    }

    static ChallengePublished technologyBreakthroughPublished() {
        return ChallengePublished.technologyBreakthrough(CHALLENGE_ID, DEMAND_ID,
                "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", BAISE_HUAYIN, "451000",
                Instant.parse("2026-06-30T09:00:00Z"), Instant.parse("2026-04-15T01:00:00Z"));
    }

    static ChallengePublished resultTransformationPublished() {
        return ChallengePublished.resultTransformation(UUID.fromString("2e4a6c8e-0b1d-4f3a-9c5e-7b9d1f3a5c86"),
                RESULT_ID, "成果转化揭榜：甘蔗糖厂清洁生产与蔗渣高值化利用成套技术", GXU, "450100",
                Instant.parse("2026-07-15T09:00:00Z"), Instant.parse("2026-05-06T02:00:00Z"));
    }

    static ChallengeAwarded challengeAwarded() {
        return new ChallengeAwarded(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, DEMAND_ID, null,
                BAISE_HUAYIN, null, GXU, BID_ID, new BigDecimal("3800000.00"), 24,
                Instant.parse("2026-08-10T07:30:00Z"));
    }

    static ChallengeFailed challengeFailed() {
        return new ChallengeFailed(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", "451000", BAISE_HUAYIN,
                ChallengeFailureReason.TOO_FEW_QUALIFIED_BIDS,
                Instant.parse("2026-07-08T06:00:00Z"));
    }

    static AgreementSigned agreementSigned() {
        return new AgreementSigned(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.fromString("6a8c0e2b-4d6f-4a1c-9e3b-5d7f9b1d3f48"), BID_ID, "赤泥综合利用关键技术攻关",
                GXU, BAISE_HUAYIN, ContractType.DEVELOPMENT_COMMISSIONED, new BigDecimal("5000000"),
                new BigDecimal("3800000.00"), new BigDecimal("1200000.00"), new BigDecimal("0.20"),
                new BigDecimal("1000000.00"),
                List.of(new AgreementSigned.Milestone(1, "小试工艺验证", "赤泥脱碱小试报告及工艺参数包",
                                LocalDate.parse("2027-03-31"), new BigDecimal("300000.00")),
                        new AgreementSigned.Milestone(2, "中试线建成并连续运行", "中试线验收报告、连续运行30天记录",
                                LocalDate.parse("2027-12-31"), new BigDecimal("700000"))),
                Instant.parse("2026-08-20T02:15:00Z"));
    }

    static MilestoneAccepted milestoneAccepted() {
        return new MilestoneAccepted(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.fromString("6a8c0e2b-4d6f-4a1c-9e3b-5d7f9b1d3f48"), "赤泥综合利用关键技术攻关", "451000", 1, 2,
                "小试工艺验证", new BigDecimal("300000"), new BigDecimal("5000000.00"), new BigDecimal("0.200000"),
                new BigDecimal("1000000.00"), GXU, Instant.parse("2027-04-08T03:30:00Z"));
    }

    static ContractRegistered contractRegistered() {
        return new ContractRegistered(CONTRACT_ID, "26450103000123",
                "甘蔗糖厂清洁生产与蔗渣高值化利用成套技术专利权转让合同", ContractType.TRANSFER_PATENT,
                GXU, GX_SUGAR, GX_TTC, NANNING_STATION,
                new BigDecimal("2600000"), new BigDecimal("400000.00"), new BigDecimal("2200000.00"),
                List.of(new NonTechnicalItem(NonTechnicalItemCategory.EQUIPMENT, "蔗渣生物制浆中试设备一套",
                                new BigDecimal("350000")),
                        new NonTechnicalItem(NonTechnicalItemCategory.RAW_MATERIALS, "中试用菌剂及化学助剂",
                                new BigDecimal("50000.00"))),
                LocalDate.parse("2026-09-08"), Instant.parse("2026-09-22T06:45:00Z"), "2026.1");
    }

    static ContractRegistered directContractRegistered() {
        return new ContractRegistered(UUID.fromString("6e8a0c2e-4b6d-4f8a-9c1e-3d5f7b9d1f08"), "26450103000124",
                "汽车底盘轻量化铝合金控制臂委托开发合同", ContractType.DEVELOPMENT_COMMISSIONED,
                GXU, LIUZHOU_PARTS, null, NANNING_STATION,
                new BigDecimal("1500000.00"), BigDecimal.ZERO, new BigDecimal("1500000.00"), List.of(),
                LocalDate.parse("2026-09-15"), Instant.parse("2026-09-25T02:10:00Z"), "2026.1");
    }

    static SubsidyGranted subsidyGranted() {
        return new SubsidyGranted(ENTITLEMENT_ID, "INTERMEDIARY_SUBSIDY",
                "桂政发〔2018〕51号：给予技术转移中介机构促成技术交易的技术交易额1%的补助。",
                GX_TTC, CONTRACT_ID, "26450103000123",
                new BigDecimal("2200000.00"), new BigDecimal("0.01"), new BigDecimal("22000"), 2026,
                Instant.parse("2026-11-03T08:00:00Z"));
    }

    static SubsidyPaid subsidyPaid() {
        return new SubsidyPaid(UUID.fromString("7c1e5a93-2d4b-4f6e-9a8c-3b5d7f9e1a2c"), "BF2026000013",
                "RESULT_TRANSFORMATION_POST_SUBSIDY", 2026, LIUZHOU_PARTS.uscc(), LIUZHOU_PARTS.name(),
                new BigDecimal("160000"), new BigDecimal("40000.00"), new BigDecimal("120000.00"),
                "BF2026000013-004", "GX2026121500042", LocalDate.parse("2026-12-15"),
                Instant.parse("2026-12-15T02:10:00Z"));
    }

    static final UUID VOUCHER_ID = UUID.fromString("2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e70");

    static VoucherIssued voucherIssued() {
        return new VoucherIssued(VOUCHER_ID, UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a01"),
                "INNOVATION_VOUCHER", 2026, "450000", LIUZHOU_PARTS, new BigDecimal("50000"),
                Instant.parse("2026-03-10T02:15:00Z"));
    }

    static VoucherRedeemed voucherRedeemed() {
        return new VoucherRedeemed(VOUCHER_ID, "INNOVATION_VOUCHER", 2026, "450000", LIUZHOU_PARTS, GX_TTC,
                CONTRACT_ID, "26450103000123", new BigDecimal("50000.00"), new BigDecimal("30000.01"),
                new BigDecimal("19999.99"), Instant.parse("2026-09-25T06:40:00Z"));
    }

    static VoucherExpired voucherExpired() {
        return new VoucherExpired(VOUCHER_ID, "INNOVATION_VOUCHER", 2026, "450000", GX_SUGAR,
                new BigDecimal("50000.00"), Instant.parse("2027-06-30T16:05:00Z"));
    }

    static BudgetChanged budgetChanged() {
        return new BudgetChanged(UUID.fromString("0b2d4f6a-8c1e-4a3b-9d5f-7e9a1c3e5b86"), "INNOVATION_VOUCHER", 2026,
                "450000", new BigDecimal("3000000"), new BigDecimal("2950000.00"), 2,
                Instant.parse("2026-03-10T02:15:00Z"));
    }

    static ChallengeFailed challengeFailedWithBidders() {
        return new ChallengeFailed(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", "451000", BAISE_HUAYIN,
                ChallengeFailureReason.TOO_FEW_QUALIFIED_BIDS, Instant.parse("2026-07-08T06:00:00Z"),
                List.of(GXU, GUET));
    }

    static MilestoneAccepted milestoneAcceptedWithCounterparty() {
        return new MilestoneAccepted(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.fromString("6a8c0e2b-4d6f-4a1c-9e3b-5d7f9b1d3f48"), "赤泥综合利用关键技术攻关", "451000", 2, 2,
                "中试线建成并连续运行", new BigDecimal("700000"), new BigDecimal("5000000.00"), new BigDecimal("0.20"),
                new BigDecimal("1000000.00"), GXU, Instant.parse("2027-12-20T03:00:00Z"), BAISE_HUAYIN);
    }

    static ChallengeRevised challengeRevised() {
        return new ChallengeRevised(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", "451000", 2, Instant.parse("2026-06-29T02:00:00Z"),
                true, "补充赤泥脱碱后钠含量指标。", List.of(GXU, GUET), Instant.parse("2026-06-22T02:00:00Z"));
    }

    static ChallengeCancelled challengeCancelled() {
        return new ChallengeCancelled(CHALLENGE_ID, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", "451000", BAISE_HUAYIN, "需求方申请撤榜。", List.of(),
                Instant.parse("2026-06-10T07:20:00Z"));
    }

    static ComplaintFiled complaintFiled() {
        return new ComplaintFiled(CHALLENGE_ID, UUID.fromString("5c7e9a1b-3d5f-4b7d-9f1a-2c4e6a8c0e93"),
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", "451000",
                ComplaintSubject.RANKING, GUET, BAISE_HUAYIN, Instant.parse("2026-07-20T03:10:00Z"));
    }

    static ComplaintDecided complaintDecided() {
        return new ComplaintDecided(CHALLENGE_ID, UUID.fromString("5c7e9a1b-3d5f-4b7d-9f1a-2c4e6a8c0e93"),
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "揭榜挂帅：赤泥低成本脱碱及建材化利用关键技术攻关", "451000",
                ComplaintSubject.RANKING, ComplaintDecision.DISMISSED, "评分符合评审办法，质疑不成立。", GUET,
                Instant.parse("2026-07-23T08:00:00Z"));
    }

    static AgreementTermsWritten agreementTermsWritten() {
        return new AgreementTermsWritten(CHALLENGE_ID, UUID.fromString("6a8c0e2b-4d6f-4a1c-9e3b-5d7f9b1d3f48"),
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "赤泥综合利用关键技术攻关", "451000", 2, GXU, BAISE_HUAYIN,
                new BigDecimal("5000000"), new BigDecimal("1000000.00"), Instant.parse("2026-08-16T09:00:00Z"));
    }

    static MilestoneReturned milestoneReturned() {
        return new MilestoneReturned(CHALLENGE_ID, UUID.fromString("6a8c0e2b-4d6f-4a1c-9e3b-5d7f9b1d3f48"),
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "赤泥综合利用关键技术攻关", "451000", 1, 2, "小试工艺验证",
                "缺少第三方检测报告。", GXU, Instant.parse("2027-03-25T06:40:00Z"));
    }

    static MatchesFound matchesFound() {
        return new MatchesFound(UUID.fromString("5c9e1a3b-7d2f-4a6e-9b8c-1f3d5a7e9c21"), ListingKind.DEMAND,
                "甘蔗机械化收获损失率高的技术难题", "450100", GX_SUGAR, List.of(new MatchesFound.Match(
                        UUID.fromString("3f6b2c1e-9a4d-4e7b-8c2f-5d1a7e9b0c43"), ListingKind.RESULT,
                        "小型甘蔗收获机切割与剥叶装置", "450100", GXU, 82, List.of(
                                new MatchesFound.Reason("SHARED_TERMS", List.of("甘蔗", "收获机")),
                                new MatchesFound.Reason("SAME_INDUSTRY", List.of())))),
                Instant.parse("2026-12-06T02:20:00Z"));
    }

    static final UUID BROKER_ID = UUID.fromString("8d2f4a6c-1e3b-4c5d-9f7a-2b4d6f8a0c31");

    /** A certified broker of 广西技术转移中心 with a market account. */
    static BrokerChanged brokerChanged() {
        return new BrokerChanged(BROKER_ID, "张伟", "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e10", GX_TTC.uscc(),
                "GXJSJL-2021-0058", BrokerChanged.Status.ACTIVE, Instant.parse("2026-09-14T02:15:00Z"));
    }

    /** A suspended broker with neither account nor certificate. */
    static BrokerChanged brokerSuspended() {
        return new BrokerChanged(UUID.fromString("3b5d7f9a-2c4e-4a6b-8d0f-7e9a1c3e5b42"), "黄丽", null, GX_TTC.uscc(),
                null, BrokerChanged.Status.SUSPENDED, Instant.parse("2026-11-03T07:40:00Z"));
    }

    /** At least one event of every catalogued type, and both kinds of the kind-dependent ones. */
    static List<DomainEvent> allEvents() {
        return List.of(resultPublished(), negotiableResultPublished(), resultWithdrawn(), demandPublished(),
                demandClosed(), demandExpired(), demandMatchedByChallenge(), demandMatchedByContract(),
                technologyBreakthroughPublished(), resultTransformationPublished(), challengeAwarded(),
                challengeFailed(),
                agreementSigned(), milestoneAccepted(),
                challengeFailedWithBidders(), milestoneAcceptedWithCounterparty(), challengeRevised(),
                challengeCancelled(), complaintFiled(), complaintDecided(), agreementTermsWritten(), milestoneReturned(),
                contractRegistered(), directContractRegistered(), subsidyGranted(), subsidyPaid(),
                voucherIssued(), voucherRedeemed(), voucherExpired(), budgetChanged(), matchesFound(),
                brokerChanged(), brokerSuspended());
    }
}
