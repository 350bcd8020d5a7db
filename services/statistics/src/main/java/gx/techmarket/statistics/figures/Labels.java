package gx.techmarket.statistics.figures;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.regions.GbT2260;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/** What a figure's key is called, in Chinese and in English. */
final class Labels {

    private Labels() {}

    /** A label in both languages. */
    record Label(String zh, String en) {}

    /** The province and its 14 cities in English (the China–ASEAN platform's readers). */
    static final Map<String, String> REGIONS_EN = Map.ofEntries(
            Map.entry("450000", "Guangxi"), Map.entry("450100", "Nanning"), Map.entry("450200", "Liuzhou"),
            Map.entry("450300", "Guilin"), Map.entry("450400", "Wuzhou"), Map.entry("450500", "Beihai"),
            Map.entry("450600", "Fangchenggang"), Map.entry("450700", "Qinzhou"), Map.entry("450800", "Guigang"),
            Map.entry("450900", "Yulin"), Map.entry("451000", "Baise"), Map.entry("451100", "Hezhou"),
            Map.entry("451200", "Hechi"), Map.entry("451300", "Laibin"), Map.entry("451400", "Chongzuo"));

    static final Map<ContractType, Label> TYPES = Map.ofEntries(
            Map.entry(ContractType.DEVELOPMENT_COMMISSIONED, new Label("委托开发", "Commissioned development")),
            Map.entry(ContractType.DEVELOPMENT_COOPERATIVE, new Label("合作开发", "Cooperative development")),
            Map.entry(ContractType.TRANSFER_PATENT, new Label("专利权转让", "Patent transfer")),
            Map.entry(ContractType.TRANSFER_PATENT_APPLICATION,
                    new Label("专利申请权转让", "Patent application right transfer")),
            Map.entry(ContractType.TRANSFER_TECHNICAL_SECRET, new Label("技术秘密转让", "Technical secret transfer")),
            Map.entry(ContractType.TRANSFER_IC_LAYOUT,
                    new Label("集成电路布图设计专有权转让", "IC layout design right transfer")),
            Map.entry(ContractType.TRANSFER_PLANT_VARIETY, new Label("植物新品种权转让", "Plant variety right transfer")),
            Map.entry(ContractType.TRANSFER_SOFTWARE, new Label("计算机软件著作权转让", "Software copyright transfer")),
            Map.entry(ContractType.TRANSFER_BIOMEDICINE_VARIETY,
                    new Label("生物医药新品种权转让", "Biomedicine variety right transfer")),
            Map.entry(ContractType.TRANSFER_OTHER, new Label("其他技术转让", "Other technology transfer")),
            Map.entry(ContractType.LICENSE_PATENT, new Label("专利实施许可", "Patent licence")),
            Map.entry(ContractType.LICENSE_TECHNICAL_SECRET, new Label("技术秘密使用许可", "Technical secret licence")),
            Map.entry(ContractType.LICENSE_OTHER, new Label("其他技术许可", "Other technology licence")),
            Map.entry(ContractType.CONSULTING, new Label("技术咨询", "Technical consulting")),
            Map.entry(ContractType.SERVICE, new Label("技术服务", "Technical service")),
            Map.entry(ContractType.SERVICE_TRAINING, new Label("技术培训", "Technical training")),
            Map.entry(ContractType.SERVICE_INTERMEDIARY, new Label("技术中介", "Technical intermediary")));

    static final Map<String, Label> CATEGORIES = Map.of(
            "DEVELOPMENT", new Label("技术开发", "Technology development"),
            "TRANSFER", new Label("技术转让", "Technology transfer"),
            "LICENSE", new Label("技术许可", "Technology licensing"),
            "CONSULTING", new Label("技术咨询", "Technical consulting"),
            "SERVICE", new Label("技术服务", "Technical service"));

    static final Map<String, Label> KINDS = Map.of(
            "UNIVERSITY", new Label("高校", "University"),
            "INSTITUTE", new Label("科研院所", "Research institute"),
            "ENTERPRISE", new Label("企业", "Enterprise"),
            "AGENCY", new Label("技术转移机构", "Technology transfer agency"),
            "REGISTRY", new Label("技术合同登记机构", "Registration point"),
            "GOVERNMENT", new Label("政府部门", "Government"),
            "SOCIETY", new Label("社会组织", "Social organisation"));

    static final Map<String, Label> SCOPES = Map.of(
            "IN_PROVINCE", new Label("区内", "Within Guangxi"),
            "OUT_OF_PROVINCE", new Label("区外", "Other provinces"),
            "CROSS_BORDER", new Label("跨境", "Cross-border"));

    static final Map<String, Label> CHALLENGE_KINDS = Map.of(
            "TECHNOLOGY_BREAKTHROUGH", new Label("技术攻关类", "Technology breakthrough"),
            "RESULT_TRANSFORMATION", new Label("成果转化类", "Result transformation"));

    static final Label UNKNOWN = new Label("未注明", "Not stated");

    /**
     * 领域 (industry codes of the market's reference data: the portal's choices and the event contracts' known codes);
     * a code not listed shows as itself (the set is open).
     */
    static final Map<String, Label> INDUSTRIES = Map.ofEntries(
            Map.entry("SUGAR", new Label("制糖", "Sugar")),
            Map.entry("AUTOMOTIVE", new Label("汽车", "Automotive")),
            Map.entry("MACHINERY", new Label("机械", "Machinery")),
            Map.entry("ELECTRONICS", new Label("电子信息", "Electronics and information")),
            Map.entry("ELECTRONIC_INFORMATION", new Label("电子信息", "Electronics and information")),
            Map.entry("BIOMEDICINE", new Label("生物医药", "Biomedicine")),
            Map.entry("NEW_MATERIALS", new Label("新材料", "New materials")),
            Map.entry("METALLURGY", new Label("冶金", "Metallurgy")),
            Map.entry("NONFERROUS_PROCESSING", new Label("有色金属深加工", "Non-ferrous metal processing")),
            Map.entry("NONFERROUS_METAL_PROCESSING", new Label("有色金属深加工", "Non-ferrous metal processing")),
            Map.entry("ALUMINIUM", new Label("铝", "Aluminium")),
            Map.entry("FOOD_PROCESSING", new Label("食品加工", "Food processing")),
            Map.entry("WOOD_PROCESSING", new Label("木材加工", "Wood processing")),
            Map.entry("MODERN_AGRICULTURE", new Label("现代农业", "Modern agriculture")));

    static Label industry(String key) {
        return of(INDUSTRIES, key);
    }

    static Label month(String key) {
        YearMonth m = YearMonth.parse(key);
        return new Label(m.getYear() + "年" + m.getMonthValue() + "月",
                m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear());
    }

    /** A region's key: a Chinese division's code, or a foreign country's ISO code. */
    static Label region(String key) {
        if (key == null) {
            return UNKNOWN;
        }
        if (key.length() == 2) {
            return new Label("境外（" + key + "）", "Abroad (" + key + ")");
        }
        String zh = GbT2260.nameOf(key).orElse(key);
        String en = REGIONS_EN.get(key);
        if (en == null && !key.startsWith("45")) {
            en = zh;
        }
        if (en == null) {
            String city = key.substring(0, 4) + "00";
            en = REGIONS_EN.containsKey(city) ? zh + ", " + REGIONS_EN.get(city) : zh;
        }
        return new Label(zh, en);
    }

    static Label of(Map<String, Label> labels, String key) {
        return key == null ? UNKNOWN : labels.getOrDefault(key, new Label(key, key));
    }

    static Label type(String key) {
        return key == null ? UNKNOWN : TYPES.getOrDefault(ContractType.valueOf(key), new Label(key, key));
    }
}
