package gx.techmarket.directory.seed;

import static gx.techmarket.contracts.events.QualificationKind.CONTRACT_REGISTRATION_BODY;
import static gx.techmarket.contracts.events.QualificationKind.HIGH_TECH_ENTERPRISE;
import static gx.techmarket.contracts.events.QualificationKind.INNOVATION_VOUCHER_PROVIDER;
import static gx.techmarket.contracts.events.QualificationKind.TECH_SME;
import static gx.techmarket.contracts.events.QualificationKind.TECH_TRANSFER_DEMO_AGENCY;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.directory.organisation.OrganisationService.SeedQualification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo market's organisations (services/directory/README.md lists them): every organisation of the demo realm
 * (deploy/keycloak/techmarket-realm.json, the users' {@code org_id}) with the same USCC, the 桂糖 group (a parent,
 * two subsidiaries and an agency of its own), an enterprise outside Guangxi, and a 技术合同登记站 in each of the 14
 * cities, open under code city + 01. Parents come before their subsidiaries.
 */
final class DemoOrganisations {

    record Demo(String uscc, String name, String nameEn, OrgKind kind, String region, String parentUscc,
            List<SeedQualification> qualifications) {}

    static final String GX_SUGAR_GROUP = "91450100MA5K3B2L5H";
    private static final LocalDate POINTS_SINCE = LocalDate.of(2020, 1, 1);

    static final List<Demo> ALL = all();

    private DemoOrganisations() {}

    private static List<Demo> all() {
        List<Demo> d = new ArrayList<>();
        d.add(org("11451000008012452H", "百色市科学技术局", "Baise Municipal Bureau of Science and Technology",
                OrgKind.GOVERNMENT, "451000", null));
        d.add(org("11450200007564123A", "柳州市科学技术局", "Liuzhou Municipal Bureau of Science and Technology",
                OrgKind.GOVERNMENT, "450200", null));
        d.add(org("124501004985024102", "广西大学", "Guangxi University", OrgKind.UNIVERSITY, "450100", null));
        d.add(org("12450300498503368U", "桂林电子科技大学", "Guilin University of Electronic Technology",
                OrgKind.UNIVERSITY, "450300", null));
        d.add(org("124501004980015368", "广西科学院", "Guangxi Academy of Sciences", OrgKind.INSTITUTE, "450100",
                null));
        d.add(org(GX_SUGAR_GROUP, "广西桂糖集团有限公司", "Guangxi Guitang Group Co., Ltd.", OrgKind.ENTERPRISE,
                "450100", null, q(HIGH_TECH_ENTERPRISE, "GR202445000318", LocalDate.of(2024, 12, 10),
                        LocalDate.of(2027, 12, 9))));
        d.add(org("91450300MA5KC7Q12L", "桂林桂糖制糖有限公司", "Guilin Guitang Sugar Co., Ltd.", OrgKind.ENTERPRISE,
                "450300", GX_SUGAR_GROUP));
        d.add(org("91450100MA5R8G2K1E", "南宁桂糖糖业有限公司", "Nanning Guitang Sugar Co., Ltd.",
                OrgKind.ENTERPRISE, "450103", GX_SUGAR_GROUP));
        d.add(org("91450100MA5T6Y3N2J", "广西桂糖科技服务有限公司", "Guangxi Guitang Technology Services Co., Ltd.",
                OrgKind.AGENCY, "450100", GX_SUGAR_GROUP));
        d.add(org("91451000MA5N8T4R67", "百色华银新材料有限公司", "Baise Huayin New Materials Co., Ltd.",
                OrgKind.ENTERPRISE, "451000", null));
        d.add(org("91450200MA5L0PX62A", "柳州汽车零部件有限公司", "Liuzhou Auto Parts Co., Ltd.", OrgKind.ENTERPRISE,
                "450200", null, q(TECH_SME, "2026450200A0012", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31))));
        d.add(org("91450100MA5P2D9E7A", "广西技术转移中心有限公司", "Guangxi Technology Transfer Center Co., Ltd.",
                OrgKind.AGENCY, "450100", null,
                q(TECH_TRANSFER_DEMO_AGENCY, "GJSF-2021-045", LocalDate.of(2021, 6, 1), null),
                q(INNOVATION_VOUCHER_PROVIDER, "GXCXQ-2025-0017", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 12, 31))));
        d.add(org("91450200MA5Q7H3W5U", "柳州科创技术经纪有限公司", "Liuzhou Kechuang Technology Brokers Co., Ltd.",
                OrgKind.AGENCY, "450200", null));
        d.add(org("91440300MA5G7X4B3W", "深圳市智造机器人有限公司", "Shenzhen Zhizao Robotics Co., Ltd.",
                OrgKind.ENTERPRISE, "440300", null));
        d.add(org("12330000470003206Q", "浙江大学", "Zhejiang University", OrgKind.UNIVERSITY, "330100", null));
        // the 14 cities' 技术合同登记站; the four the registry knew first keep their USCCs
        d.add(point("124501004983071214", "南宁市", "450100"));
        d.add(point("12450200498603174J", "柳州市", "450200"));
        d.add(point("12450300498726051E", "桂林市", "450300"));
        d.add(point("12450400498704010E", "梧州市", "450400"));
        d.add(point("12450500498705010T", "北海市", "450500"));
        d.add(point("124506004987060107", "防城港市", "450600"));
        d.add(point("12450700498707010K", "钦州市", "450700"));
        d.add(point("124508004987080100", "贵港市", "450800"));
        d.add(point("12450900498709010C", "玉林市", "450900"));
        d.add(point("124510004989152823", "百色市", "451000"));
        d.add(point("12451100498711010D", "贺州市", "451100"));
        d.add(point("12451200498712010R", "河池市", "451200"));
        d.add(point("124513004987130106", "来宾市", "451300"));
        d.add(point("12451400498714010J", "崇左市", "451400"));
        return List.copyOf(d);
    }

    private static Demo org(String uscc, String name, String nameEn, OrgKind kind, String region, String parent,
            SeedQualification... qualifications) {
        return new Demo(uscc, name, nameEn, kind, region, parent, List.of(qualifications));
    }

    /** A city's registration station, point 01: its code is the city's two digits (digits 3–4 of its region) + 01. */
    private static Demo point(String uscc, String city, String region) {
        return org(uscc, city + "技术合同登记站", null, OrgKind.REGISTRY, region, null,
                q(CONTRACT_REGISTRATION_BODY, region.substring(2, 4) + "01", POINTS_SINCE, null));
    }

    private static SeedQualification q(QualificationKind kind, String number, LocalDate from, LocalDate to) {
        return new SeedQualification(kind, number, from, to);
    }
}
