package gx.techmarket.platform.search.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchScoreTest {

    static DemandFacts demand(String region, String min, String max, String... modes) {
        return new DemandFacts("d1", "丘陵蔗区甘蔗机械化收获装备", "人工砍蔗成本上升", "SUGAR",
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), region, Set.of(modes));
    }

    static ResultFacts result(String industry, String maturity, String price, boolean negotiable, String region,
            String... modes) {
        return new ResultFacts("r1", "切段式甘蔗联合收获机", "适合丘陵蔗区", List.of("收获机"), industry, maturity, null,
                Set.of(modes), price == null ? null : new BigDecimal(price), negotiable, region);
    }

    static MatchReason reason(Match m, MatchReasonCode code) {
        return m.reasons().stream().filter(r -> r.code() == code).findFirst().orElse(null);
    }

    static Set<MatchReasonCode> codes(Match m) {
        return m.reasons().stream().map(MatchReason::code).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void everyFeatureCountsItsPointsAndSaysWhichFactsItUsed() {
        Match m = MatchScore.of("r1", 1.0, List.of("甘蔗", "收获机"), demand("450103", "500000.00", "2000000.00",
                "TRANSFER"), result("SUGAR", "PILOT", "800000.00", false, "450107", "TRANSFER", "LICENSE"));

        assertThat(m.score()).isEqualTo(60 + 12 + 8 + 8 + 6 + 6);
        assertThat(m.reasons().get(0).code()).isEqualTo(MatchReasonCode.SHARED_TERMS);
        assertThat(m.reasons().get(0).terms()).containsExactly("甘蔗", "收获机");
        assertThat(m.reasons().get(0).zh()).isEqualTo("共同关键词：甘蔗、收获机");
        assertThat(reason(m, MatchReasonCode.PRICE_WITHIN_BUDGET).zh())
                .isEqualTo("报价 80.00 万元，在预算 50.00–200.00 万元之内");
        assertThat(reason(m, MatchReasonCode.SAME_CITY).zh()).isEqualTo("同在南宁市");
        assertThat(reason(m, MatchReasonCode.MATURITY_FITS).zh()).contains("中试");
        assertThat(reason(m, MatchReasonCode.TRANSFER_MODE_FITS).zh()).isEqualTo("转化方式相符：技术转让");
        assertThat(reason(m, MatchReasonCode.SAME_INDUSTRY)).isNotNull();
        assertThat(m.reasons()).allSatisfy(r -> assertThat(r.en()).isNotBlank());
    }

    @Test
    void noTextNoIndustryNoRegionGivesOnlyWhatFits() {
        Match m = MatchScore.of("r1", 0.0, List.of(), demand(null, null, null),
                result("ALUMINIUM", null, null, false, null));

        assertThat(m.score()).isZero();
        assertThat(m.reasons()).isEmpty();
    }

    @Test
    void aTransferNeedsPilotStageAndDevelopmentToleratesLab() {
        ResultFacts lab = result("SUGAR", "LAB", null, false, null);

        Match transfer = MatchScore.of("r1", 0.5, List.of("甘蔗"), demand(null, null, null, "TRANSFER", "LICENSE"), lab);
        Match joint = MatchScore.of("r1", 0.5, List.of("甘蔗"), demand(null, null, null, "TRANSFER",
                "JOINT_DEVELOPMENT"), lab);

        assertThat(reason(transfer, MatchReasonCode.MATURITY_EARLY).zh()).contains("小试").contains("中试");
        assertThat(codes(transfer)).doesNotContain(MatchReasonCode.MATURITY_FITS);
        assertThat(codes(joint)).contains(MatchReasonCode.MATURITY_FITS).doesNotContain(MatchReasonCode.MATURITY_EARLY);
        assertThat(joint.score() - transfer.score()).isEqualTo(MatchScore.MATURITY - MatchScore.MATURITY_ONE_STEP_EARLY);
    }

    @Test
    void researchStageIsTwoStepsEarlyForATransferAndScoresNothing() {
        Match m = MatchScore.of("r1", 0.0, List.of(), demand(null, null, null, "TRANSFER"),
                result("X", "RESEARCH", null, false, null));

        assertThat(codes(m)).containsExactly(MatchReasonCode.MATURITY_EARLY);
        assertThat(m.score()).isZero();
    }

    @Test
    void aResultWithoutMaturityCountsByItsTrl() {
        ResultFacts trl8 = new ResultFacts("r1", "t", "s", List.of(), "X", null, 8, Set.of(), null, false, null);

        assertThat(MatchScore.maturityOf(trl8)).isEqualTo("INDUSTRIAL");
        assertThat(codes(MatchScore.of("r1", 0, List.of(), demand(null, null, null, "TRANSFER"), trl8)))
                .containsExactly(MatchReasonCode.MATURITY_FITS);
    }

    @Test
    void priceNegotiableWithinAndAboveTheBudget() {
        DemandFacts d = demand(null, "500000.00", "2000000.00");

        Match negotiable = MatchScore.of("r1", 0, List.of(), d, result("X", null, null, true, null));
        Match above = MatchScore.of("r1", 0, List.of(), d, result("X", null, "2600000.00", false, null));
        Match aboveButNegotiable = MatchScore.of("r1", 0, List.of(), d, result("X", null, "2600000.00", true, null));
        Match farAbove = MatchScore.of("r1", 0, List.of(), d, result("X", null, "9000000.00", false, null));
        Match below = MatchScore.of("r1", 0, List.of(), d, result("X", null, "100000.00", false, null));

        assertThat(negotiable.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(MatchReasonCode.PRICE_NEGOTIABLE);
            assertThat(r.zh()).isEqualTo("价格面议，预算 50.00–200.00 万元");
        });
        assertThat(negotiable.score()).isEqualTo(MatchScore.PRICE_NEGOTIABLE);
        assertThat(reason(above, MatchReasonCode.PRICE_ABOVE_BUDGET).zh())
                .isEqualTo("报价 260.00 万元，高于预算上限 200.00 万元（高出 30%）");
        assertThat(above.score()).isEqualTo(3);
        assertThat(codes(aboveButNegotiable)).containsExactlyInAnyOrder(MatchReasonCode.PRICE_ABOVE_BUDGET,
                MatchReasonCode.PRICE_NEGOTIABLE);
        assertThat(aboveButNegotiable.score()).isEqualTo(3 + MatchScore.PRICE_ABOVE_NEGOTIABLE);
        assertThat(farAbove.score()).isZero();
        assertThat(codes(below)).containsExactly(MatchReasonCode.PRICE_WITHIN_BUDGET);
        assertThat(below.score()).isEqualTo(MatchScore.PRICE_WITHIN);
    }

    @Test
    void anOpenBudgetIsSaidAsSuch() {
        Match upTo = MatchScore.of("r1", 0, List.of(), demand(null, null, "600000.00"),
                result("X", null, "500000.00", false, null));

        assertThat(reason(upTo, MatchReasonCode.PRICE_WITHIN_BUDGET).zh())
                .isEqualTo("报价 50.00 万元，在预算（不超过 60.00 万元）之内");
    }

    @Test
    void sameCityBeatsSameRegion() {
        Match city = MatchScore.of("r1", 0, List.of(), demand("450103", null, null),
                result("X", null, null, false, "450107"));
        Match region = MatchScore.of("r1", 0, List.of(), demand("450103", null, null),
                result("X", null, null, false, "450203"));
        Match elsewhere = MatchScore.of("r1", 0, List.of(), demand("450103", null, null),
                result("X", null, null, false, "440103"));

        assertThat(city.reasons()).singleElement().extracting(MatchReason::code).isEqualTo(MatchReasonCode.SAME_CITY);
        assertThat(city.score()).isEqualTo(MatchScore.SAME_CITY);
        assertThat(region.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(MatchReasonCode.SAME_PROVINCE_REGION);
            assertThat(r.zh()).isEqualTo("同在广西壮族自治区");
        });
        assertThat(elsewhere.reasons()).isEmpty();
        Match province = MatchScore.of("r1", 0, List.of(), demand("450000", null, null),
                result("X", null, null, false, "450000"));
        assertThat(province.reasons()).extracting(MatchReason::code)
                .containsExactly(MatchReasonCode.SAME_PROVINCE_REGION);
    }

    @Test
    void transferModesInCommonAreNamed() {
        Match m = MatchScore.of("r1", 0, List.of(), demand(null, null, null, "LICENSE", "TRANSFER", "SERVICE"),
                result("X", null, null, false, null, "TRANSFER", "LICENSE", "JOINT_DEVELOPMENT"));

        assertThat(m.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(MatchReasonCode.TRANSFER_MODE_FITS);
            assertThat(r.zh()).isEqualTo("转化方式相符：技术转让、技术许可");
            assertThat(r.en()).isEqualTo("Transfer mode fits: transfer, licence");
        });
    }

    @Test
    void reasonsComeStrongestFirst() {
        Match m = MatchScore.of("r1", 0.05, List.of("甘蔗"), demand("450103", null, null),
                result("SUGAR", null, null, false, "450107"));

        assertThat(m.reasons()).extracting(MatchReason::code).containsExactly(MatchReasonCode.SAME_INDUSTRY,
                MatchReasonCode.SAME_CITY, MatchReasonCode.SHARED_TERMS);
    }

    @Test
    void wanHasTwoDecimals() {
        assertThat(MatchScore.wan(new BigDecimal("800000.00"))).isEqualTo("80.00");
        assertThat(MatchScore.wan(new BigDecimal("12345.67"))).isEqualTo("1.23");
    }
}
