package gx.techmarket.platform.search.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one builder of a result's searchable text. */
class ResultSearchSchemaTest {

    @Test
    void keywords_holder_inventors_and_rights_share_the_keywords_field() {
        var texts = ResultSearchSchema.texts("蔗渣制备模塑餐具", "以甘蔗渣为原料。", List.of(" 纸浆模塑 ", "可降解"), "广西大学",
                List.of("黄明", "李华"), Arrays.asList("ZL202310123456.7", null, "2021SR0123456", " "));
        assertThat(texts).containsEntry(ResultSearchSchema.TITLE, "蔗渣制备模塑餐具")
                .containsEntry(ResultSearchSchema.SUMMARY, "以甘蔗渣为原料。")
                .containsEntry(ResultSearchSchema.KEYWORDS, "纸浆模塑 可降解 广西大学 黄明 李华 ZL202310123456.7 2021SR0123456");
    }

    @Test
    void a_result_without_any_has_an_empty_keywords_field() {
        assertThat(ResultSearchSchema.texts("t", "s", List.of(), null, List.of(), List.of()))
                .containsEntry(ResultSearchSchema.KEYWORDS, "");
    }

    @Test
    void the_schema_weighs_title_above_keywords_above_summary() {
        var weights = ResultSearchSchema.SCHEMA.texts();
        assertThat(weights).extracting(t -> t.name()).containsExactly("title", "keywords", "summary");
        assertThat(weights.get(0).weight()).isGreaterThan(weights.get(1).weight());
        assertThat(weights.get(1).weight()).isGreaterThan(weights.get(2).weight());
    }
}
