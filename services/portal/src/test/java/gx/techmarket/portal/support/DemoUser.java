package gx.techmarket.portal.support;

import java.util.List;

/** A user of the test realm: realm roles and the organisation claims Keycloak's mappers put in the tokens. */
public record DemoUser(String username, List<String> roles, String orgId, String orgName, String orgKind,
        String orgRegion, String orgParent) {

    public static final DemoUser UNI_GXU = new DemoUser("uni.gxu", List.of("university"), "124501004985024102",
            "广西大学", "UNIVERSITY", "450100", null);
    public static final DemoUser ENT_GXSUGAR = new DemoUser("ent.gxsugar", List.of("enterprise"),
            "91450100MA5K3B2L5H", "广西桂糖集团有限公司", "ENTERPRISE", "450100", null);
    public static final DemoUser BROKER_GXTTC = new DemoUser("broker.gxttc", List.of("broker"), "91450100MA5P2D9E7A",
            "广西技术转移中心有限公司", "AGENCY", "450100", null);
    public static final DemoUser REGISTRAR_NANNING = new DemoUser("registrar.nanning", List.of("registrar"),
            "124501004983071214", "南宁市技术合同登记站", "REGISTRY", "450100", null);
    public static final DemoUser EXPERT_GXAS = new DemoUser("expert.gxas", List.of("expert"), "124501004980015368",
            "广西科学院", "INSTITUTE", "450100", null);
    public static final DemoUser ADMIN_GX = new DemoUser("admin.gx", List.of("admin"), "11450000000008344N",
            "广西壮族自治区科学技术厅", "GOVERNMENT", "450000", null);
    /** 百色市科学技术局: the 百色 sub-market's operator. */
    public static final DemoUser ADMIN_BAISE = new DemoUser("admin.baise", List.of("admin"), "11451000008012452H",
            "百色市科学技术局", "GOVERNMENT", "451000", null);
    /** Not a demo login: one user with two roles, to see that each role's sections appear. */
    public static final DemoUser UNI_EXPERT = new DemoUser("uni.expert", List.of("university", "expert"),
            "12450300498503368U", "桂林电子科技大学", "UNIVERSITY", "450300", null);
}
