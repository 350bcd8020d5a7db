package gx.techmarket.demand.intake;

import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.spreadsheet.Choice;
import gx.techmarket.platform.spreadsheet.Column;
import gx.techmarket.platform.spreadsheet.Template;
import java.util.Comparator;
import java.util.List;

/** The sheet of the demands import: one demand per row, the form's fields as columns. */
final class DemandSheet {

    static final int MAX_ROWS = 1000;

    /** The market's industries (产业领域), as the portal offers them. */
    static final List<Choice> INDUSTRIES = List.of(new Choice("SUGAR", "制糖"), new Choice("AUTOMOTIVE", "汽车"),
            new Choice("MACHINERY", "机械"), new Choice("ELECTRONICS", "电子信息"), new Choice("BIOMEDICINE", "生物医药"),
            new Choice("NEW_MATERIALS", "新材料"), new Choice("METALLURGY", "冶金"),
            new Choice("NONFERROUS_PROCESSING", "有色金属深加工"), new Choice("ALUMINIUM", "铝"),
            new Choice("FOOD_PROCESSING", "食品加工"), new Choice("WOOD_PROCESSING", "木材加工"),
            new Choice("MODERN_AGRICULTURE", "现代农业"));

    static final List<Choice> COOPERATION_MODES = List.of(new Choice("TRANSFER", "转让"),
            new Choice("LICENSE", "许可"), new Choice("EQUITY_INVESTMENT", "作价投资"),
            new Choice("JOINT_DEVELOPMENT", "合作开发"), new Choice("COMMISSIONED_DEVELOPMENT", "委托开发"),
            new Choice("CONSULTING", "技术咨询"), new Choice("SERVICE", "技术服务"));

    /** Guangxi, its cities and counties (GB/T 2260), labelled name and code: 南宁市（450100）. */
    static final List<Choice> REGIONS = GbT2260.all().stream()
            .filter(d -> GbT2260.isInGuangxi(d.code()))
            .sorted(Comparator.comparing(GbT2260.Division::code))
            .map(d -> new Choice(d.code(), d.name() + "（" + d.code() + "）"))
            .toList();

    static final Template TEMPLATE = new Template("企业技术需求批量导入 Bulk import of demands", List.of(
            Column.text("title", "需求名称", "Title", true, "不超过200字", "蔗渣制备可降解餐具的成型工艺"),
            Column.text("problem", "需求描述", "Problem", true, "不超过5000字；可换行",
                    "产品湿强度不足、脱模困难，需要成型工艺和配方改进方案。"),
            Column.coded("industry", "所属行业", "Industry", true, INDUSTRIES, "", "制糖"),
            Column.text("budgetMin", "预算下限（元）", "Budget from (yuan)", true, "单位元，最多两位小数", "3000000.00"),
            Column.text("budgetMax", "预算上限（元）", "Budget up to (yuan)", true, "不低于预算下限", "5000000.00"),
            Column.text("deadline", "截止日期", "Deadline", true, "晚于今天的日期，如 2027-06-30", "2027-06-30"),
            Column.coded("regionCode", "所属分市场", "Sub-market (region)", true, REGIONS, "广西的市或县（区）", "南宁市（450100）"),
            Column.codedMultiple("cooperationModes", "合作方式", "Cooperation modes", true, COOPERATION_MODES,
                    "可填多项，用“；”分隔", "合作开发；委托开发")),
            List.of("每行一项技术需求；第一行为列名，请勿修改或删除。One demand per row; keep the header row as it is.",
                    "红色列名为必填项。Red headers are required.",
                    "导入前系统逐行检查：任一行有误则整个文件都不导入，并按行、列列出错误；改正后重新上传。"
                            + "If any row is wrong nothing is imported and the errors are listed by row and column.",
                    "导入的需求为草稿，请在“我的需求”中检查后提交审核。Imported demands are drafts: review and submit them.",
                    "同一文件重复上传不会重复导入。The same file uploaded again is not imported twice.",
                    "每个文件最多 " + MAX_ROWS + " 行。At most " + MAX_ROWS + " rows per file."),
            MAX_ROWS);

    private DemandSheet() {}
}
