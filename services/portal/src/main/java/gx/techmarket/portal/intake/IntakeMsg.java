package gx.techmarket.portal.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the bulk import pages, zh-CN first; English in {@code messages/intake_en.properties}. */
@MessageBundle(value = "intake", locale = "zh-CN")
public interface IntakeMsg {

    @Message("{#switch kind}{#case 'results'}批量导入科技成果{#case 'demands'}批量导入技术需求{#else}{kind}{/switch}")
    String title(String kind);

    @Message("1. 下载导入模板，在“数据”表中每行填写一项（填写说明和示例见“填写说明”表）；2. 上传填好的 .xlsx 文件。"
            + "任一行有误则整个文件都不导入，错误按行、列列出；全部正确时导入为草稿，检查后再提交审核。同一文件重复上传不会重复导入。")
    String explanation();

    @Message("下载导入模板（.xlsx）")
    String download_template();

    @Message("填好的文件（.xlsx，最大 5 MiB）")
    String field_file();

    @Message("上传并导入")
    String upload();

    @Message("请选择要上传的 .xlsx 文件。")
    String file_missing();

    @Message("已导入 {count} 项，均为草稿：")
    String imported(int count);

    @Message("该文件此前已导入过，未重复导入。此前导入的草稿：")
    String already_imported();

    @Message("行")
    String column_row();

    @Message("列")
    String column_column();

    @Message("列名")
    String column_header();

    @Message("问题")
    String column_message();

    @Message("批量导入")
    String import_link();
}
