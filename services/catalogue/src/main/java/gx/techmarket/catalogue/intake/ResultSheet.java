package gx.techmarket.catalogue.intake;

import gx.techmarket.contracts.events.PatentKind;
import gx.techmarket.contracts.events.PatentStatus;
import gx.techmarket.platform.regions.GbT2260;
import gx.techmarket.platform.spreadsheet.Choice;
import gx.techmarket.platform.spreadsheet.Column;
import gx.techmarket.platform.spreadsheet.Template;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The sheet of the results import: one result per row, the form's fields as columns. One contact per row (more
 * are added in the form); rights one per line as {@code 编号 类型 状态 名称}; 完成人 as {@code 姓名（单位）} separated by
 * ；; 关键词 separated by ； (the last column: a file made from an earlier template, without it, is refused naming it).
 */
final class ResultSheet {

    static final int MAX_ROWS = 1000;

    /** The market's industries (产业领域), as the portal offers them. */
    static final List<Choice> INDUSTRIES = List.of(new Choice("SUGAR", "制糖"), new Choice("AUTOMOTIVE", "汽车"),
            new Choice("MACHINERY", "机械"), new Choice("ELECTRONICS", "电子信息"), new Choice("BIOMEDICINE", "生物医药"),
            new Choice("NEW_MATERIALS", "新材料"), new Choice("METALLURGY", "冶金"),
            new Choice("NONFERROUS_PROCESSING", "有色金属深加工"), new Choice("ALUMINIUM", "铝"),
            new Choice("FOOD_PROCESSING", "食品加工"), new Choice("WOOD_PROCESSING", "木材加工"),
            new Choice("MODERN_AGRICULTURE", "现代农业"));

    static final List<Choice> MATURITIES = List.of(new Choice("RESEARCH", "研发"), new Choice("LAB", "小试"),
            new Choice("PILOT", "中试"), new Choice("INDUSTRIAL", "产业化"));

    static final List<Choice> TRANSFER_MODES = List.of(new Choice("TRANSFER", "转让"), new Choice("LICENSE", "许可"),
            new Choice("EQUITY_INVESTMENT", "作价投资"), new Choice("JOINT_DEVELOPMENT", "合作开发"));

    static final List<Choice> YES_NO = List.of(new Choice("true", "是"), new Choice("false", "否"));

    static final List<Choice> VISIBILITIES = List.of(new Choice("PUBLIC", "公开"), new Choice("SIGNED_IN", "登录用户可见"),
            new Choice("ON_REQUEST", "仅在意向洽谈中提供"));

    static final Map<String, PatentKind> KINDS = Map.of("发明", PatentKind.INVENTION, "实用新型", PatentKind.UTILITY_MODEL,
            "外观设计", PatentKind.DESIGN, "软件著作权", PatentKind.SOFTWARE_COPYRIGHT, "植物新品种",
            PatentKind.PLANT_VARIETY);

    static final Map<String, PatentStatus> STATUSES = Map.of("申请中", PatentStatus.PENDING, "已授权",
            PatentStatus.GRANTED, "已登记", PatentStatus.GRANTED, "已失效", PatentStatus.LAPSED, "已转让",
            PatentStatus.TRANSFERRED);

    /** Guangxi, its cities and counties (GB/T 2260), labelled name and code: 南宁市（450100）. */
    static final List<Choice> REGIONS = GbT2260.all().stream()
            .filter(d -> GbT2260.isInGuangxi(d.code()))
            .sorted(Comparator.comparing(GbT2260.Division::code))
            .map(d -> new Choice(d.code(), d.name() + "（" + d.code() + "）"))
            .toList();

    static final Template TEMPLATE = new Template("科技成果批量导入 Bulk import of results", List.of(
            Column.text("title", "成果名称", "Title", true, "不超过200字", "芒果深加工与果渣综合利用技术"),
            Column.text("summary", "成果简介", "Summary", true, "不超过5000字；可换行",
                    "以百色芒果为原料，开发芒果干、芒果汁及果渣膳食纤维的连续化加工工艺。"),
            Column.coded("industry", "所属行业", "Industry", true, INDUSTRIES, "", "食品加工"),
            Column.coded("maturity", "技术成熟度", "Maturity", true, MATURITIES, "", "中试"),
            Column.text("trl", "技术就绪度", "TRL", false, "1～9 的整数", "6"),
            Column.codedMultiple("transferModes", "转化方式", "Transfer modes", true, TRANSFER_MODES,
                    "可填多项，用“；”分隔", "转让；许可"),
            Column.text("askingPrice", "意向价格（元）", "Asking price (yuan)", false,
                    "单位元，最多两位小数；选择面议时不填", "1200000.00"),
            Column.coded("priceNegotiable", "面议", "Negotiable", false, YES_NO, "是 或 否；不填为否", "否"),
            Column.coded("regionCode", "所属分市场", "Sub-market (region)", true, REGIONS, "广西的市或县（区）", "百色市（451000）"),
            Column.textMultiple("patents", "知识产权", "Intellectual property", false,
                    "每行一项：编号 类型 状态 名称（名称可不填），类型为发明、实用新型、外观设计、软件著作权、植物新品种，"
                            + "状态为申请中、已授权、已失效、已转让",
                    "ZL202010123456.7 发明 已授权 一种芒果果渣膳食纤维的制备方法"),
            Column.textMultiple("inventors", "完成人", "Inventors", false, "按排名顺序，每人写作 姓名（单位），用“；”分隔",
                    "黄明（广西大学）；李华（广西大学）"),
            Column.text("contactName", "联系人", "Contact name", false, "", "韦工"),
            Column.text("contactPhone", "联系电话", "Contact phone", false, "手机或带区号的固定电话", "0771-3232123"),
            Column.text("contactEmail", "电子邮箱", "Contact e-mail", false, "", "wei@example.edu.cn"),
            Column.coded("contactVisibility", "联系方式公开范围", "Contact visible to", false, VISIBILITIES,
                    "填写联系人时必填", "登录用户可见"),
            Column.textMultiple("keywords", "关键词", "Keywords", false,
                    "最多10个，每个不超过30字，用“；”分隔；检索时关键词仅次于成果名称", "芒果；果渣；膳食纤维")),
            List.of("每行一项科技成果；第一行为列名，请勿修改或删除。One result per row; keep the header row as it is.",
                    "红色列名为必填项。Red headers are required.",
                    "导入前系统逐行检查：任一行有误则整个文件都不导入，并按行、列列出错误；改正后重新上传。"
                            + "If any row is wrong nothing is imported and the errors are listed by row and column.",
                    "导入的成果为草稿，请在“我的成果”中检查后提交审核。Imported results are drafts: review and submit them.",
                    "同一文件重复上传不会重复导入。The same file uploaded again is not imported twice.",
                    "每个文件最多 " + MAX_ROWS + " 行。At most " + MAX_ROWS + " rows per file."),
            MAX_ROWS);

    private ResultSheet() {}
}
