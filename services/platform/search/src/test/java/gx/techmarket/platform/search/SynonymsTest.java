package gx.techmarket.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The synonym dictionary ({@code synonyms.txt}, Solr format) and its loader. */
class SynonymsTest {

    private static final Analysis STANDARD = Analysis.standard();

    private static List<String> expanded(Analysis analysis, String text) {
        return Analysis.terms(analysis.wordsWithSynonyms(), text);
    }

    private static List<String> words(Analysis analysis, String text) {
        return Analysis.terms(analysis.words(), text);
    }

    @Test
    void a_group_of_equivalents_expands_every_way() {
        Analysis a = Analysis.withSynonyms(new StringReader("# comment\n\n三七, 田七\n"));
        assertThat(expanded(a, "三七")).containsAll(words(a, "田七")).containsAll(words(a, "三七"));
        assertThat(expanded(a, "田七")).containsAll(words(a, "三七")).containsAll(words(a, "田七"));
    }

    @Test
    void an_arrow_line_expands_only_the_left_terms() {
        Analysis a = Analysis.withSynonyms(new StringReader("工程机械 => 工程机械, 装载机, 挖掘机\n"));
        assertThat(expanded(a, "工程机械")).containsAll(words(a, "工程机械")).contains("装载机", "挖掘机");
        assertThat(expanded(a, "装载机")).isEqualTo(words(a, "装载机"));
    }

    @Test
    void terms_are_analysed_like_queries_latin_case_and_full_width_folded() {
        Analysis a = Analysis.withSynonyms(new StringReader("PLC, 可编程控制器\n"));
        assertThat(expanded(a, "plc")).containsAll(words(a, "可编程控制器"));
        assertThat(expanded(a, "ＰＬＣ")).containsAll(words(a, "可编程控制器"));
    }

    @Test
    void a_malformed_line_is_refused_with_its_place() {
        assertThatThrownBy(() -> Analysis.withSynonyms(new StringReader("三七, 田七\n => 田七\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("synonyms: ");
    }

    @Test
    void the_shipped_dictionary_loads_and_every_term_of_it_expands_to_its_group() throws Exception {
        int lines = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Analysis.class.getResourceAsStream(Analysis.SYNONYMS_RESOURCE), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String data = line.strip();
                if (data.isEmpty() || data.startsWith("#")) {
                    continue;
                }
                lines++;
                String[] sides = data.split("=>");
                String first = sides[0].split(",")[0].strip();
                String last = sides[sides.length - 1].split(",")[sides[sides.length - 1].split(",").length - 1].strip();
                // the first term of a line finds the line's last term (lower-cased, as the analysis does)
                assertThat(expanded(STANDARD, first)).as(line)
                        .containsAll(Analysis.terms(STANDARD.words(), last));
            }
        }
        assertThat(lines).isGreaterThan(100);
    }

    @Test
    void groups_stay_narrow_where_words_have_other_senses() {
        // 茶 (tea) must not reach 油茶 (oil-tea camellia); 锡 not 无锡
        assertThat(expanded(STANDARD, "茶")).doesNotContain("油茶");
        assertThat(expanded(STANDARD, "锡")).doesNotContain("无锡");
        // 油茶 finds its oil (茶油), tea words never reach 油茶 or 茶油
        assertThat(expanded(STANDARD, "油茶")).contains("茶油");
        assertThat(expanded(STANDARD, "茶叶")).doesNotContain("油茶", "茶油");
        // 铝 and 铝合金 never reach the ore
        assertThat(expanded(STANDARD, "铝")).doesNotContain("铝土矿", "铝矾土");
        assertThat(expanded(STANDARD, "铝合金")).doesNotContain("铝土矿", "铝矾土");
        // 三元催化 (the exhaust catalyst) is not the 三元 cathode; 马蹄形 is not 荸荠 (马蹄)
        assertThat(expanded(STANDARD, "三元催化")).doesNotContain("ncm", "镍");
        assertThat(expanded(STANDARD, "马蹄形")).doesNotContain("荸荠");
        // identity guards: 金花茶 (segmented 金/花茶) is not a 花茶, 水电解 (水电/解) is not hydropower
        assertThat(expanded(STANDARD, "金花茶")).doesNotContain("茉莉花茶");
        assertThat(expanded(STANDARD, "水电解")).doesNotContain("水力发电");
    }

    @Test
    void common_names_and_acronyms_find_the_standard_names() {
        assertThat(expanded(STANDARD, "白糖")).containsAll(words(STANDARD, "白砂糖"));
        assertThat(expanded(STANDARD, "铝矾土")).contains("铝土矿");
        assertThat(expanded(STANDARD, "沙糖桔")).containsAll(words(STANDARD, "砂糖橘"));
        assertThat(expanded(STANDARD, "勾机")).contains("挖掘机");
        assertThat(expanded(STANDARD, "菌菇")).containsAll(words(STANDARD, "食用菌"));
        assertThat(expanded(STANDARD, "VOCs")).containsAll(words(STANDARD, "挥发性有机物"));
        assertThat(expanded(STANDARD, "RTK")).containsAll(words(STANDARD, "实时动态差分"));
        assertThat(expanded(STANDARD, "BMS")).containsAll(words(STANDARD, "电池管理系统"));
        // GB/T 1591-2018 renamed Q345 to Q355; the quality grade follows
        assertThat(expanded(STANDARD, "Q345B")).containsAll(words(STANDARD, "Q355B"));
        assertThat(expanded(STANDARD, "Q355")).containsAll(words(STANDARD, "Q345"));
    }

    @Test
    void broad_words_find_the_narrower_never_the_reverse() {
        assertThat(expanded(STANDARD, "充电站")).containsAll(words(STANDARD, "充电桩"));
        assertThat(expanded(STANDARD, "充电桩")).isEqualTo(words(STANDARD, "充电桩"));
        assertThat(expanded(STANDARD, "黑茶")).containsAll(words(STANDARD, "六堡茶"));
        assertThat(expanded(STANDARD, "六堡茶")).doesNotContain("黑");
        assertThat(expanded(STANDARD, "柑橘")).containsAll(words(STANDARD, "沙糖桔"));
        assertThat(expanded(STANDARD, "食用菌")).contains("香菇", "灵芝");
        assertThat(expanded(STANDARD, "香菇")).isEqualTo(words(STANDARD, "香菇"));
        assertThat(expanded(STANDARD, "无人驾驶")).containsAll(words(STANDARD, "自动驾驶"));
        assertThat(expanded(STANDARD, "自动驾驶")).doesNotContain("无");
        // everyday words find the trade's and the standard's, one way
        assertThat(expanded(STANDARD, "食糖")).containsAll(words(STANDARD, "白砂糖")).containsAll(words(STANDARD, "红糖"));
        assertThat(expanded(STANDARD, "白砂糖")).doesNotContainAnyElementsOf(words(STANDARD, "食糖"));
        assertThat(expanded(STANDARD, "养鸡")).contains("家禽", "肉鸡");
        assertThat(expanded(STANDARD, "焊接")).contains("堆焊");
        assertThat(expanded(STANDARD, "堆焊")).doesNotContain("焊接");
        assertThat(expanded(STANDARD, "保健品")).containsAll(words(STANDARD, "保健食品"));
    }

    @Test
    void the_everyday_register_finds_the_technical_words() {
        // workshop slang (Cantonese 烧焊, 方通; 锡纸 is aluminium foil) finds the standard names, one way
        assertThat(expanded(STANDARD, "烧焊")).contains("焊接");
        assertThat(expanded(STANDARD, "方通")).containsAll(words(STANDARD, "矩形钢管"));
        assertThat(expanded(STANDARD, "锡纸")).contains("铝箔");
        assertThat(expanded(STANDARD, "铝箔")).doesNotContain("锡纸");
        // growers' and farmers' names of pests, diseases and the young
        assertThat(expanded(STANDARD, "红蜘蛛")).containsAll(words(STANDARD, "叶螨"));
        assertThat(expanded(STANDARD, "钻心虫")).contains("二化螟", "三化螟");
        assertThat(expanded(STANDARD, "猪苗")).contains("仔猪");
        assertThat(expanded(STANDARD, "仔猪")).isEqualTo(words(STANDARD, "仔猪"));
        // everyday words for a trouble name its technical field
        assertThat(expanded(STANDARD, "回南天")).contains("返潮", "防潮");
        assertThat(expanded(STANDARD, "地沟油")).containsAll(words(STANDARD, "餐厨废弃油脂"));
        assertThat(expanded(STANDARD, "刹车")).contains("制动");
        assertThat(expanded(STANDARD, "制动")).doesNotContain("刹车");
        // guards: a hydraulic motor is no electric one; electro-galvanising is not hot-dip
        assertThat(expanded(STANDARD, "马达")).contains("电机");
        assertThat(expanded(STANDARD, "液压马达")).doesNotContain("电机", "电动机");
        assertThat(expanded(STANDARD, "电镀锌")).doesNotContain("热", "浸");
    }
}
