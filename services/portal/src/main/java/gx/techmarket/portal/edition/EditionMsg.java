package gx.techmarket.portal.edition;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the published catalogues' page, zh-CN first; English in {@code messages/edition_en.properties}. */
@MessageBundle(value = "edition", locale = "zh-CN")
public interface EditionMsg {

    @Message("成果目录与需求目录")
    String title();

    @Message("自治区科技厅定期编制发布的可供转化的科技成果目录和企业技术需求目录：每月 1 日发布上月的全区目录和各设区市目录，每期发布后不再更改。")
    String intro();

    @Message("可供转化的科技成果目录")
    String results();

    @Message("企业技术需求目录")
    String demands();

    @Message("范围")
    String scope();

    @Message("全部")
    String all_scopes();

    @Message("筛选")
    String apply();

    @Message("目录名称")
    String name();

    @Message("期别")
    String period();

    @Message("收录条目")
    String items();

    @Message("编制时间")
    String generated();

    @Message("下载")
    String download();

    @Message("尚无已发布的目录。")
    String none();

    @Message("{count} 项")
    String item_count(int count);

    @Message("编制一期目录")
    String make_title();

    @Message("每月 1 日自动发布上月的目录；需要时可在此立即编制一期。自治区管理员可编制全区及任一设区市的目录，设区市管理员只能编制本市的目录。每期编制后不再更改。")
    String make_intro();

    @Message("目录")
    String kind();

    @Message("编制并发布")
    String make();
}
