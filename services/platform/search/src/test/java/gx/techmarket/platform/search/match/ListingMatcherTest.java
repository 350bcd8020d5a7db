package gx.techmarket.platform.search.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListingMatcherTest {

    static ListingMatcher matcher;

    static final ResultFacts HARVESTER = result("R1", "切段式甘蔗联合收获机关键技术",
            "针对广西丘陵蔗区地块小、坡度大的特点，研制切段式甘蔗联合收获机，含杂率低于7%，适合坡度15度以内的蔗地机收作业。",
            List.of("甘蔗收获机", "机收"), "SUGAR", "PILOT", "800000.00", "450107", "TRANSFER", "JOINT_DEVELOPMENT");
    static final ResultFacts WASTEWATER = result("R2", "制糖废水厌氧好氧组合处理技术",
            "采用厌氧反应器与好氧工艺组合处理糖厂榨季废水，COD去除率98%以上，出水达到制糖工业排放标准，同时回收沼气。",
            List.of("制糖废水", "厌氧", "沼气"), "SUGAR", "INDUSTRIAL", null, "451302", "TRANSFER");
    static final ResultFacts MANGO = result("R3", "芒果果脯与果汁深加工技术",
            "以次级芒果为原料生产低糖果脯、NFC果汁和果粉，产品保质期12个月，已在百色建成示范线。",
            List.of("芒果", "深加工"), "FOOD_PROCESSING", "INDUSTRIAL", "300000.00", "451002", "TRANSFER", "LICENSE");
    static final ResultFacts MANGANESE = result("R4", "电解锰渣无害化处理与资源化技术",
            "电解锰渣经洗涤除氨氮、固化稳定化后制备建材，锰渣综合利用率达到90%。",
            List.of("锰渣", "电解锰"), "NONFERROUS_PROCESSING", "PILOT", "2000000.00", "451402", "TRANSFER");
    static final ResultFacts BATTERY = result("R5", "废旧锂电池有价金属湿法回收技术",
            "废旧锂离子电池经放电、破碎、浸出和萃取，回收镍、钴、锰、锂，回收率95%以上。",
            List.of("电池回收", "湿法冶金"), "NONFERROUS_PROCESSING", "PILOT", "1500000.00", "450521", "TRANSFER");

    static final DemandFacts NEEDS_HARVESTER = demand("D1", "丘陵蔗区甘蔗机械化收获装备",
            "我公司在扶绥经营自有蔗田3万亩，坡度8至15度，人工砍蔗成本逐年上升。希望引进适合丘陵坡地的甘蔗收获机或整套机收方案。",
            "SUGAR", "500000.00", "2000000.00", "451421", "TRANSFER", "JOINT_DEVELOPMENT");
    static final DemandFacts NEEDS_WASTEWATER = demand("D2", "糖厂榨季废水稳定达标处理",
            "本厂日榨甘蔗8000吨，榨季废水量大且COD时有超标。需要成熟的制糖废水处理工艺，并希望回收沼气。",
            "SUGAR", "1000000.00", "5000000.00", "451302", "TRANSFER");

    @BeforeAll
    static void corpus() {
        matcher = new ListingMatcher();
        List.of(HARVESTER, WASTEWATER, MANGO, MANGANESE, BATTERY).forEach(matcher::putResult);
        matcher.putDemand(NEEDS_HARVESTER);
        matcher.putDemand(NEEDS_WASTEWATER);
    }

    @AfterAll
    static void close() {
        matcher.close();
    }

    static ResultFacts result(String id, String title, String summary, List<String> keywords, String industry,
            String maturity, String price, String region, String... modes) {
        return new ResultFacts(id, title, summary, keywords, industry, maturity, null, Set.of(modes),
                price == null ? null : new BigDecimal(price), price == null, region);
    }

    static DemandFacts demand(String id, String title, String problem, String industry, String min, String max,
            String region, String... modes) {
        return new DemandFacts(id, title, problem, industry, new BigDecimal(min), new BigDecimal(max), region,
                Set.of(modes));
    }

    @Test
    void aDemandGetsTheResultThatSolvesItFirstWithItsReasons() {
        List<Match> matches = matcher.resultsFor(NEEDS_HARVESTER, 5);

        assertThat(matches).isNotEmpty();
        Match best = matches.get(0);
        assertThat(best.id()).isEqualTo("R1");
        assertThat(best.score()).isBetween(ListingMatcher.MIN_SCORE, 100);
        assertThat(best.reasons().get(0).code()).isEqualTo(MatchReasonCode.SHARED_TERMS);
        assertThat(best.reasons().get(0).terms()).contains("甘蔗", "丘陵");
        assertThat(best.reasons()).extracting(MatchReason::code).contains(MatchReasonCode.SAME_INDUSTRY,
                MatchReasonCode.MATURITY_FITS, MatchReasonCode.PRICE_WITHIN_BUDGET, MatchReasonCode.TRANSFER_MODE_FITS,
                MatchReasonCode.SAME_PROVINCE_REGION);
        assertThat(matches).extracting(Match::id).doesNotContain("R3", "R4", "R5");
    }

    @Test
    void synonymsLinkDifferentWords() {
        List<Match> matches = matcher.resultsFor(NEEDS_WASTEWATER, 3);

        assertThat(matches).extracting(Match::id).first().isEqualTo("R2");
        assertThat(matches.get(0).reasons()).extracting(MatchReason::code).contains(MatchReasonCode.SAME_CITY,
                MatchReasonCode.PRICE_NEGOTIABLE);
    }

    @Test
    void aResultGetsTheDemandsItFits() {
        List<Match> matches = matcher.demandsFor(HARVESTER, 5);

        assertThat(matches).extracting(Match::id).first().isEqualTo("D1");
        assertThat(matcher.demandsFor(MANGO, 5)).isEmpty();
    }

    @Test
    void matchesAreBestFirstAndWithinTheLimit() {
        List<Match> matches = matcher.resultsFor(demand("D9", "锰渣和废旧电池中锰的回收利用",
                "电解锰渣堆存量大，废旧锂电池中也含锰，希望回收锰并综合利用。", "NONFERROUS_PROCESSING", "100000.00", "3000000.00",
                "451402", "TRANSFER"), 1);

        assertThat(matches).hasSize(1);
        List<Match> two = matcher.resultsFor(demand("D9", "锰渣和废旧电池中锰的回收利用",
                "电解锰渣堆存量大，废旧锂电池中也含锰，希望回收锰并综合利用。", "NONFERROUS_PROCESSING", "100000.00", "3000000.00",
                "451402", "TRANSFER"), 5);
        assertThat(two).extracting(Match::id).startsWith(matches.get(0).id()).contains("R4", "R5");
        for (int i = 1; i < two.size(); i++) {
            assertThat(two.get(i).score()).isLessThanOrEqualTo(two.get(i - 1).score());
        }
    }

    @Test
    void nothingSharedNothingSuggested() {
        assertThat(matcher.resultsFor(demand("D8", "量子通信保密终端", "需要量子密钥分发设备", "ELECTRONICS", "100000.00",
                "200000.00", "450103", "TRANSFER"), 5)).isEmpty();
        assertThat(matcher.resultsFor(demand("D7", "", "", "SUGAR", "1.00", "2.00", "450103"), 5)).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> matcher.resultsFor(NEEDS_HARVESTER, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void upsertReplacesAndRemoveForgets() {
        try (ListingMatcher own = new ListingMatcher()) {
            own.putResult(HARVESTER);
            own.putResult(MANGO);
            own.putDemand(NEEDS_HARVESTER);
            assertThat(own.resultCount()).isEqualTo(2);
            assertThat(own.demandCount()).isEqualTo(1);
            assertThat(own.resultsFor(NEEDS_HARVESTER, 5)).extracting(Match::id).containsExactly("R1");

            own.putResult(result("R1", "芒果保鲜", "芒果采后保鲜", List.of(), "FOOD_PROCESSING", "PILOT", null, "450107"));
            assertThat(own.resultCount()).isEqualTo(2);
            assertThat(own.resultsFor(NEEDS_HARVESTER, 5)).isEmpty();

            own.putResult(HARVESTER);
            own.removeResult("R1");
            own.removeDemand("D1");
            own.removeDemand("no such");
            assertThat(own.resultCount()).isEqualTo(1);
            assertThat(own.demandCount()).isZero();
            assertThat(own.resultsFor(NEEDS_HARVESTER, 5)).isEmpty();
            assertThat(own.demandsFor(HARVESTER, 5)).isEmpty();
        }
    }

    @Test
    void concurrentWritersAndReadersSeeAConsistentMatcher() throws Exception {
        try (ListingMatcher own = new ListingMatcher()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int copy = 0; copy < 4; copy++) {
                    String suffix = "-" + copy;
                    for (ResultFacts r : List.of(HARVESTER, WASTEWATER, MANGO, MANGANESE, BATTERY)) {
                        work.add(pool.submit(() -> own.putResult(new ResultFacts(r.id() + suffix, r.title(),
                                r.summary(), r.keywords(), r.industry(), r.maturity(), r.trl(), r.transferModes(),
                                r.askingPrice(), r.priceNegotiable(), r.regionCode()))));
                        work.add(pool.submit(() -> own.resultsFor(NEEDS_HARVESTER, 5)));
                    }
                }
                for (Future<?> f : work) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(own.resultCount()).isEqualTo(20);
            assertThat(own.resultsFor(NEEDS_HARVESTER, 4)).extracting(Match::id)
                    .containsExactlyInAnyOrder("R1-0", "R1-1", "R1-2", "R1-3");
        }
    }
}
