package gx.techmarket.portal.web;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The codes the forms offer; their names are in the message bundle (zh-CN and en). */
@TemplateGlobal
public class Choices {

    /** Industries (产业领域) of Guangxi's catalogue, as upper-snake codes the services accept. */
    public static final List<String> INDUSTRIES = List.of("SUGAR", "AUTOMOTIVE", "MACHINERY", "ELECTRONICS",
            "BIOMEDICINE", "NEW_MATERIALS", "METALLURGY", "NONFERROUS_PROCESSING", "ALUMINIUM", "FOOD_PROCESSING",
            "WOOD_PROCESSING", "MODERN_AGRICULTURE");

    /** Guangxi (450000) and its 14 cities (GB/T 2260). */
    public static final List<String> REGIONS = List.of("450000", "450100", "450200", "450300", "450400", "450500",
            "450600", "450700", "450800", "450900", "451000", "451100", "451200", "451300", "451400");

    public static final List<String> MATURITIES = List.of("RESEARCH", "LAB", "PILOT", "INDUSTRIAL");

    public static final List<String> TRANSFER_MODES = List.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT",
            "JOINT_DEVELOPMENT");

    public static final List<String> COOPERATION_MODES = List.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT",
            "JOINT_DEVELOPMENT", "COMMISSIONED_DEVELOPMENT", "CONSULTING", "SERVICE");

    /** What a broker may draft for a published result: 技术转让 and 技术许可. */
    public static final List<String> BROKERED_CONTRACT_TYPES = List.of("TRANSFER_PATENT",
            "TRANSFER_PATENT_APPLICATION", "TRANSFER_TECHNICAL_SECRET", "TRANSFER_OTHER", "LICENSE_PATENT",
            "LICENSE_TECHNICAL_SECRET");

    public static final List<String> ITEM_CATEGORIES = List.of("EQUIPMENT", "INSTRUMENTS", "PARTS", "RAW_MATERIALS",
            "OTHER");

    /** The directory's kinds of organisation (机构类型). */
    public static final List<String> ORGANISATION_KINDS = List.of("UNIVERSITY", "INSTITUTE", "ENTERPRISE", "AGENCY",
            "REGISTRY", "GOVERNMENT", "SOCIETY");

    /** The directory's qualifications (资质). */
    public static final List<String> QUALIFICATION_KINDS = List.of("HIGH_TECH_ENTERPRISE", "TECH_SME",
            "TECH_TRANSFER_DEMO_AGENCY", "CONTRACT_REGISTRATION_BODY", "INNOVATION_VOUCHER_PROVIDER");

    /** An organisation's status in the directory: 申请中, 已核验, 已停用. */
    public static final List<String> ORGANISATION_STATUSES = List.of("APPLIED", "VERIFIED", "SUSPENDED");

    static List<String> organisationKinds() {
        return ORGANISATION_KINDS;
    }

    static List<String> qualificationKinds() {
        return QUALIFICATION_KINDS;
    }

    static List<String> industries() {
        return INDUSTRIES;
    }

    static List<String> regions() {
        return REGIONS;
    }

    static List<String> maturities() {
        return MATURITIES;
    }

    static List<String> transferModes() {
        return TRANSFER_MODES;
    }

    static List<String> cooperationModes() {
        return COOPERATION_MODES;
    }

    static List<String> brokeredContractTypes() {
        return BROKERED_CONTRACT_TYPES;
    }

    static List<String> itemCategories() {
        return ITEM_CATEGORIES;
    }
}
