package gx.techmarket.platform.testing;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import java.util.List;

/**
 * Realistic test organisations. The Guangxi ones are the same as the demo organisations of the Keycloak realm
 * ({@code deploy/keycloak/techmarket-realm.json}); every USCC has a valid check character and every region is a
 * GB/T 2260 code.
 */
public final class Orgs {

    /** 广西大学, 南宁市. */
    public static final Party GXU =
            new Party("124501004985024102", "广西大学", OrgKind.UNIVERSITY, "450100", null);
    /** 桂林电子科技大学, 桂林市. */
    public static final Party GUET =
            new Party("12450300498503368U", "桂林电子科技大学", OrgKind.UNIVERSITY, "450300", null);
    /** 广西科学院, 南宁市. */
    public static final Party GXAS =
            new Party("124501004980015368", "广西科学院", OrgKind.INSTITUTE, "450100", null);
    /** 广西桂糖集团有限公司, 南宁市: the parent of {@link #GUILIN_SUGAR}. */
    public static final Party GX_SUGAR_GROUP =
            new Party("91450100MA5K3B2L5H", "广西桂糖集团有限公司", OrgKind.ENTERPRISE, "450100", null);
    /** 桂林桂糖制糖有限公司, 桂林市: a subsidiary of {@link #GX_SUGAR_GROUP}. */
    public static final Party GUILIN_SUGAR = new Party("91450300MA5KC7Q12L", "桂林桂糖制糖有限公司",
            OrgKind.ENTERPRISE, "450300", GX_SUGAR_GROUP.uscc());
    /** 百色华银新材料有限公司, 百色市 (alumina, 赤泥 reuse). */
    public static final Party BAISE_ALUMINIUM =
            new Party("91451000MA5N8T4R67", "百色华银新材料有限公司", OrgKind.ENTERPRISE, "451000", null);
    /** 柳州汽车零部件有限公司, 柳州市. */
    public static final Party LIUZHOU_AUTO_PARTS =
            new Party("91450200MA5L0PX62A", "柳州汽车零部件有限公司", OrgKind.ENTERPRISE, "450200", null);
    /** 广西技术转移中心有限公司, 南宁市: a technology transfer agency (broker). */
    public static final Party GX_TECH_TRANSFER =
            new Party("91450100MA5P2D9E7A", "广西技术转移中心有限公司", OrgKind.AGENCY, "450100", null);
    /** 柳州科创技术经纪有限公司, 柳州市: a technology transfer agency (broker). */
    public static final Party LIUZHOU_TECH_BROKERS =
            new Party("91450200MA5Q7H3W5U", "柳州科创技术经纪有限公司", OrgKind.AGENCY, "450200", null);
    /** 南宁市技术合同登记站: the registration point of 南宁 (city 01, point 01). */
    public static final Party NANNING_REGISTRY =
            new Party("124501004983071214", "南宁市技术合同登记站", OrgKind.REGISTRY, "450100", null);
    /** 柳州市技术合同登记站: the registration point of 柳州 (city 02, point 01). */
    public static final Party LIUZHOU_REGISTRY =
            new Party("12450200498603174J", "柳州市技术合同登记站", OrgKind.REGISTRY, "450200", null);
    /** 桂林市技术合同登记站: the registration point of 桂林 (city 03, point 01). */
    public static final Party GUILIN_REGISTRY =
            new Party("12450300498726051E", "桂林市技术合同登记站", OrgKind.REGISTRY, "450300", null);
    /** 百色市技术合同登记站: the registration point of 百色 (city 10, point 01). */
    public static final Party BAISE_REGISTRY =
            new Party("124510004989152823", "百色市技术合同登记站", OrgKind.REGISTRY, "451000", null);
    /** 广西壮族自治区科学技术厅: the province operator. */
    public static final Party GX_DEPT_OF_SCIENCE =
            new Party("11450000000008344N", "广西壮族自治区科学技术厅", OrgKind.GOVERNMENT, "450000", null);
    /** 百色市科学技术局: the 百色 sub-market's operator. */
    public static final Party BAISE_BUREAU_OF_SCIENCE =
            new Party("11451000008012452H", "百色市科学技术局", OrgKind.GOVERNMENT, "451000", null);
    /** 柳州市科学技术局: the 柳州 sub-market's operator. */
    public static final Party LIUZHOU_BUREAU_OF_SCIENCE =
            new Party("11450200007564123A", "柳州市科学技术局", OrgKind.GOVERNMENT, "450200", null);
    /** 浙江大学, 杭州市: a solver from outside Guangxi (揭榜 is open nationwide). Not in the demo realm. */
    public static final Party ZJU =
            new Party("12330000470003206Q", "浙江大学", OrgKind.UNIVERSITY, "330100", null);

    /** 南宁桂糖糖业有限公司, 南宁市青秀区: a second subsidiary of {@link #GX_SUGAR_GROUP}, sibling of {@link #GUILIN_SUGAR}. */
    public static final Party NANNING_SUGAR = new Party("91450100MA5R8G2K1E", "南宁桂糖糖业有限公司",
            OrgKind.ENTERPRISE, "450103", GX_SUGAR_GROUP.uscc());
    /** 广西桂糖科技服务有限公司, 南宁市: a technology transfer agency inside the 桂糖 group. */
    public static final Party GX_SUGAR_TECH_SERVICE = new Party("91450100MA5T6Y3N2J", "广西桂糖科技服务有限公司",
            OrgKind.AGENCY, "450100", GX_SUGAR_GROUP.uscc());
    /** 深圳市智造机器人有限公司, 深圳市: an enterprise outside Guangxi. */
    public static final Party SHENZHEN_ROBOTICS = new Party("91440300MA5G7X4B3W", "深圳市智造机器人有限公司",
            OrgKind.ENTERPRISE, "440300", null);

    private Orgs() {}

    public static List<Party> all() {
        return List.of(GXU, GUET, GXAS, GX_SUGAR_GROUP, GUILIN_SUGAR, BAISE_ALUMINIUM, LIUZHOU_AUTO_PARTS,
                GX_TECH_TRANSFER, LIUZHOU_TECH_BROKERS, NANNING_REGISTRY, LIUZHOU_REGISTRY, GUILIN_REGISTRY,
                BAISE_REGISTRY, GX_DEPT_OF_SCIENCE, BAISE_BUREAU_OF_SCIENCE, LIUZHOU_BUREAU_OF_SCIENCE, ZJU, NANNING_SUGAR, GX_SUGAR_TECH_SERVICE,
                SHENZHEN_ROBOTICS);
    }
}
