package gx.techmarket.directory.seed;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.directory.people.BrokerRequest;
import gx.techmarket.directory.people.ContactRequest;
import gx.techmarket.directory.people.ExpertRequest;
import gx.techmarket.directory.people.PeopleService;
import gx.techmarket.directory.people.RelationKind;
import gx.techmarket.directory.people.RelationRequest;
import gx.techmarket.directory.people.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The demo market's people (services/directory/README.md, "People"): a few 技术经理人 of the demo agencies (the
 * 桂糖 group's own agency among them) and experts across fields and organisations, one of them in the 桂糖 group and
 * one who declared a former employment there, so that a draw about a 桂糖 party shows both kinds of avoidance.
 * Entered after the organisations, in the seed's transaction; one already held (same name, same organisation) is
 * left as it is. The realm gives nine of the experts an account with a fixed user id (Keycloak keeps the id a realm
 * import names), so they are linked here by their account subject and can sign in to give their opinions:
 * expert.gxas 陆建华, expert.gxas2 韦志强, expert.gxas3 覃丽萍, expert.gxas4 李秀英, expert.gxas5 蒙海燕, expert.guet 周文斌, expert.gxu 黎国平, expert.gxu2 潘敏,
 * expert.gxsugar 杨光 — every 糖业
 * ({@code SUGAR}) expert, so a panel of that field is made of people who can act. The realm's three broker logins
 * have fixed ids too and are the register's 张伟 (broker.gxttc), 覃丽华 (broker.liuzhou) and 韦宁 (broker.gxsugar):
 * the directory publishes its brokers with their accounts, so the market names the broker who signed in.
 */
@ApplicationScoped
class DemoPeople {

    private static final Logger LOG = Logger.getLogger(DemoPeople.class);

    static final String GXTTC = "91450100MA5P2D9E7A";
    static final String LIUZHOU_BROKERS = "91450200MA5Q7H3W5U";
    static final String GXAS = "124501004980015368";
    static final String GUET = "12450300498503368U";
    static final String GXU = "124501004985024102";
    static final String GUILIN_SUGAR = "91450300MA5KC7Q12L";
    static final String BAISE_HUAYIN = "91451000MA5N8T4R67";
    static final String LIUZHOU_AUTO_PARTS = "91450200MA5L0PX62A";

    /** The account subjects (Keycloak user ids) the realm fixes for its broker logins. */
    static final String ACCOUNT_ZHANG_WEI = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e10";
    static final String ACCOUNT_QIN_LIHUA = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e11";
    static final String ACCOUNT_WEI_NING = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e12";

    static final List<BrokerRequest> BROKERS = List.of(
            broker("韦明", GXTTC, "GXJSJL-2023-0012", 64, Set.of("SUGAR", "NEW_MATERIALS"),
                    contact("0771-5612345", Visibility.PUBLIC, "weiming@demo.techmarket.gx.cn", Visibility.SIGNED_IN)),
            broker("黄丽", GXTTC, null, 24, Set.of("MODERN_AGRICULTURE"),
                    contact("13907710001", Visibility.PRIVATE, "huangli@demo.techmarket.gx.cn", Visibility.PUBLIC)),
            broker("覃志强", LIUZHOU_BROKERS, "GXJSJL-2022-0087", 96, Set.of("AUTOMOTIVE", "MACHINERY"),
                    contact("13807721234", Visibility.SIGNED_IN, "qinzq@demo.techmarket.gx.cn", Visibility.PUBLIC)),
            broker("蒙海燕", groupAgency(), "GXJSJL-2024-0031", 48, Set.of("SUGAR", "FOOD_PROCESSING"),
                    contact("0771-5698765", Visibility.PUBLIC, null, Visibility.PRIVATE)),
            // the realm's broker logins, each the register's entry of the one who signs in as it
            broker("张伟", GXTTC, "GXJSJL-2021-0058", 120, Set.of("NEW_MATERIALS", "ELECTRONIC_INFORMATION"),
                    contact("0771-5612300", Visibility.PUBLIC, "broker.gxttc@demo.techmarket.gx.cn",
                            Visibility.SIGNED_IN), ACCOUNT_ZHANG_WEI),
            broker("覃丽华", LIUZHOU_BROKERS, "GXJSJL-2023-0104", 72, Set.of("AUTOMOTIVE", "MACHINERY"),
                    contact(null, Visibility.PRIVATE, "broker.liuzhou@demo.techmarket.gx.cn", Visibility.PUBLIC),
                    ACCOUNT_QIN_LIHUA),
            broker("韦宁", groupAgency(), "GXJSJL-2025-0009", 40, Set.of("SUGAR", "MODERN_AGRICULTURE"),
                    contact(null, Visibility.PRIVATE, "broker.gxsugar@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_WEI_NING));

    /** The account subjects (Keycloak user ids) the realm fixes for its expert logins. */
    static final String ACCOUNT_LU_JIANHUA = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e01";
    static final String ACCOUNT_ZHOU_WENBIN = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e02";
    static final String ACCOUNT_WEI_ZHIQIANG = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e06";
    static final String ACCOUNT_QIN_LIPING = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e07";
    static final String ACCOUNT_LI_XIUYING = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e08";
    static final String ACCOUNT_MENG_HAIYAN = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e09";
    static final String ACCOUNT_LI_GUOPING = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e03";
    static final String ACCOUNT_PAN_MIN = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e04";
    static final String ACCOUNT_YANG_GUANG = "5e7a1c3b-0d2f-4a6e-9b8c-1f3d5a7c9e05";

    static final List<ExpertRequest> EXPERTS = List.of(
            expert("陆建华", GXAS, "研究员", Set.of("SUGAR", "BIOMEDICINE"),
                    List.of(new RelationRequest(DemoOrganisations.GX_SUGAR_GROUP, RelationKind.FORMER_EMPLOYER,
                            LocalDate.of(2012, 3, 1), LocalDate.of(2024, 6, 30))),
                    contact("13607710021", Visibility.PRIVATE, "lujh@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_LU_JIANHUA),
            // three more experts of 广西科学院 in 糖业 and 铝业, so that a 揭榜 panel of three can be drawn for a 桂糖
            // challenge on which 广西大学 bids (its experts, the 桂糖 group's and 陆建华, its former employee, are
            // avoided), and for a 百色华银 one (with 李秀英)
            expert("韦志强", GXAS, "研究员", Set.of("SUGAR", "ALUMINIUM"), List.of(),
                    contact(null, Visibility.PRIVATE, "expert.gxas2@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_WEI_ZHIQIANG),
            expert("覃丽萍", GXAS, "副研究员", Set.of("SUGAR", "ALUMINIUM"), List.of(),
                    contact(null, Visibility.PRIVATE, "expert.gxas3@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_QIN_LIPING),
            expert("蒙海燕", GXAS, "高级工程师", Set.of("SUGAR", "FOOD_PROCESSING"), List.of(),
                    contact(null, Visibility.PRIVATE, "expert.gxas5@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_MENG_HAIYAN),
            expert("李秀英", GXAS, "研究员", Set.of("NEW_MATERIALS", "ALUMINIUM"), List.of(),
                    contact(null, Visibility.PRIVATE, "lixy@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_LI_XIUYING),
            expert("周文斌", GUET, "教授", Set.of("ELECTRONIC_INFORMATION", "MACHINERY"), List.of(),
                    contact("0773-2290001", Visibility.PUBLIC, "zhouwb@demo.techmarket.gx.cn", Visibility.PUBLIC),
                    ACCOUNT_ZHOU_WENBIN),
            expert("张立", GUET, "副教授", Set.of("ELECTRONIC_INFORMATION", "AUTOMOTIVE"),
                    List.of(new RelationRequest(LIUZHOU_AUTO_PARTS, RelationKind.CONSULTING, LocalDate.of(2025, 1, 1),
                            null)),
                    contact("13977300002", Visibility.PRIVATE, "zhangli@demo.techmarket.gx.cn", Visibility.SIGNED_IN)),
            expert("黎国平", GXU, "教授", Set.of("SUGAR", "FOOD_PROCESSING", "MODERN_AGRICULTURE"), List.of(),
                    contact("0771-3230001", Visibility.SIGNED_IN, "ligp@demo.techmarket.gx.cn", Visibility.SIGNED_IN),
                    ACCOUNT_LI_GUOPING),
            expert("潘敏", GXU, "教授", Set.of("SUGAR", "BIOMEDICINE"), List.of(),
                    contact(null, Visibility.PRIVATE, "panmin@demo.techmarket.gx.cn", Visibility.PRIVATE),
                    ACCOUNT_PAN_MIN),
            expert("杨光", GUILIN_SUGAR, "高级工程师", Set.of("SUGAR", "MACHINERY"), List.of(),
                    contact("13737300003", Visibility.PRIVATE, "yangguang@demo.techmarket.gx.cn", Visibility.PRIVATE),
                    ACCOUNT_YANG_GUANG),
            expert("罗德", BAISE_HUAYIN, "高级工程师", Set.of("ALUMINIUM", "NONFERROUS_METAL_PROCESSING", "METALLURGY"),
                    List.of(), contact("0776-2820001", Visibility.SIGNED_IN, null, Visibility.PRIVATE)),
            expert("莫强", LIUZHOU_AUTO_PARTS, "高级工程师", Set.of("AUTOMOTIVE", "MACHINERY"), List.of(),
                    contact("13877200004", Visibility.PRIVATE, "moqiang@demo.techmarket.gx.cn", Visibility.SIGNED_IN)));

    private final PeopleService people;

    DemoPeople(PeopleService people) {
        this.people = people;
    }

    /** Enters the demo people not held yet; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int enter() {
        int entered = 0;
        for (BrokerRequest b : BROKERS) {
            if (!people.exists(true, b.name(), b.agencyUscc())) {
                people.enterBroker(b);
                entered++;
            }
        }
        for (ExpertRequest e : EXPERTS) {
            if (!people.exists(false, e.name(), e.organisationUscc())) {
                people.enterExpert(e);
                entered++;
            }
        }
        if (entered > 0) {
            LOG.infof("Entered %d demo broker(s) and expert(s)", entered);
        }
        return entered;
    }

    /** The 桂糖 group's own agency, whatever USCC the demo organisations give it. */
    static String groupAgency() {
        return DemoOrganisations.ALL.stream()
                .filter(d -> d.kind() == OrgKind.AGENCY && DemoOrganisations.GX_SUGAR_GROUP.equals(d.parentUscc()))
                .findFirst().orElseThrow().uscc();
    }

    private static BrokerRequest broker(String name, String agency, String certificate, int hours,
            Set<String> fields, ContactRequest contact) {
        return broker(name, agency, certificate, hours, fields, contact, null);
    }

    private static BrokerRequest broker(String name, String agency, String certificate, int hours,
            Set<String> fields, ContactRequest contact, String accountSubject) {
        return new BrokerRequest(name, agency, certificate, hours, fields, contact, accountSubject);
    }

    private static ExpertRequest expert(String name, String organisation, String title, Set<String> fields,
            List<RelationRequest> relations, ContactRequest contact) {
        return expert(name, organisation, title, fields, relations, contact, null);
    }

    private static ExpertRequest expert(String name, String organisation, String title, Set<String> fields,
            List<RelationRequest> relations, ContactRequest contact, String accountSubject) {
        return new ExpertRequest(name, organisation, title, fields, relations, contact, accountSubject);
    }

    private static ContactRequest contact(String phone, Visibility phoneVisibility, String email,
            Visibility emailVisibility) {
        return new ContactRequest(phone, phoneVisibility, email, emailVisibility);
    }
}
