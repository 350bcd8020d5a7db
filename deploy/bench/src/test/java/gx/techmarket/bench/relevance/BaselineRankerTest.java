package gx.techmarket.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Today's search as the catalogue does it: CJK bigrams of title and summary, every term required, newest first. */
class BaselineRankerTest {

    private static ResultDoc doc(String id, String title, String summary, String published) {
        return new ResultDoc(id, title, summary, List.of("关键词"), "SUGAR", "PILOT", 6, List.of("TRANSFER"), null, true,
                List.of(), "广西大学", "UNIVERSITY", "450107", LocalDate.parse(published));
    }

    private final BaselineRanker ranker = new BaselineRanker();

    {
        ranker.add(List.of(
                doc("old", "芒果干加工技术", "以芒果为原料生产芒果干。", "2024-05-01"),
                doc("new", "芒果浆无菌灌装", "芒果打浆和杀菌工艺。", "2026-01-10"),
                doc("sugar", "糖厂压榨控制", "甘蔗在压榨前撕解，收获后两天内进厂。", "2025-03-03"),
                doc("manganese", "电解金属锰清洁生产", "产品锰含量99.7%。", "2025-07-07"),
                doc("plc", "基于PLC的污水处理控制", "PLC和SCADA联动。", "2025-08-08")));
    }

    @Test
    void aWordFindsEveryResultContainingItNewestFirstNotByRelevance() {
        assertThat(ranker.rank("芒果", 10)).containsExactly("new", "old");
        assertThat(ranker.rank("芒果", 1)).containsExactly("new");
    }

    @Test
    void everyBigramIsRequiredSoAQueryWhoseMiddleBigramOccursNowhereFindsNothing() {
        // 甘蔗收获 → 甘蔗, 蔗收, 收获: the document has 甘蔗 and 收获 but not 蔗收
        assertThat(BaselineRanker.terms("甘蔗收获")).containsExactly("甘蔗", "蔗收", "收获");
        assertThat(ranker.rank("甘蔗收获", 10)).isEmpty();
        assertThat(ranker.rank("甘蔗 收获", 10)).containsExactly("sugar");
    }

    @Test
    void aLoneCharacterOnlyMatchesWhereItStandsAlone() {
        assertThat(BaselineRanker.terms("锰")).containsExactly("锰");
        // 金属锰, 锰含量 are bigrams (属锰, 锰含): the unigram 锰 is in neither
        assertThat(ranker.rank("锰", 10)).isEmpty();
    }

    @Test
    void noSynonymsLatinWordsLowerCasedAndStopWordsFindNothing() {
        assertThat(ranker.rank("制糖", 10)).isEmpty(); // the document says 糖厂
        assertThat(ranker.rank("plc", 10)).containsExactly("plc");
        assertThat(ranker.rank("the", 10)).isEmpty();
        assertThat(ranker.rank("，。！", 10)).isEmpty();
    }
}
