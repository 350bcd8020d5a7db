package gx.techmarket.portal.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of 匹配推荐, zh-CN first; the English texts are in {@code messages/match_en.properties}. */
@MessageBundle(value = "match", locale = "zh-CN")
public interface MatchMsg {

    @Message("匹配推荐")
    String title();

    @Message("市场根据技术内容、所属领域、成熟度与合作方式、报价与预算、所在地区，为已发布的需求推荐成果、为已发布的成果推荐需求。"
            + "推荐随双方的发布、修改和下架更新。")
    String intro();

    @Message("暂无匹配推荐：贵单位的需求或成果发布后，市场会推荐与之相符的对方。")
    String none();

    @Message("暂无符合条件的推荐。")
    String no_suggestions();

    @Message("已不在市场上，不再推荐。")
    String not_listed();

    @Message("为其推荐")
    String suggested();

    @Message("匹配度")
    String field_score();

    @Message("推荐理由")
    String field_reasons();

    @Message("发布方")
    String field_owner();

    @Message("更新于")
    String field_computed_at();

    @Message("{score} 分")
    String score(int score);
}
