package gx.techmarket.registry.filing;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.attachment.DocumentKind;
import gx.techmarket.registry.attachment.RequiredDocuments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one place that says, per contract subtype, its Chinese and English name, the {@code details} a filing must
 * give (and may not give), how each detail is checked, and the documents it must carry ({@link RequiredDocuments}).
 * A detail missing, malformed, or not for the subtype is 400 {@code VALIDATION_FAILED} naming {@code details.<name>}.
 */
public final class SubtypeCatalogue {

    /** One subtype: its labels and the details it requires. */
    public record Subtype(ContractType type, String zh, String en, Set<String> requiredDetails) {}

    /** A detail: how to read it from the filing and what makes it valid (null: present is enough). */
    private record Detail(Function<FilingDetails, Object> value, Predicate<Object> valid, String invalidCode) {}

    private static final Map<String, Detail> DETAILS = new LinkedHashMap<>();

    static {
        DETAILS.put("patentNumber", new Detail(FilingDetails::patentNumber,
                v -> PatentNumbers.isPatentNumber((String) v), "PATENT_NUMBER_INVALID"));
        DETAILS.put("applicationNumber", new Detail(FilingDetails::applicationNumber,
                v -> PatentNumbers.isApplicationNumber((String) v), "APPLICATION_NUMBER_INVALID"));
        DETAILS.put("layoutRegistrationNumber", new Detail(FilingDetails::layoutRegistrationNumber,
                v -> ((String) v).matches("BS\\.[0-9]{8,9}(\\.?[0-9X])?"), "LAYOUT_REGISTRATION_NUMBER_INVALID"));
        DETAILS.put("varietyRightNumber", new Detail(FilingDetails::varietyRightNumber,
                v -> ((String) v).matches("CNA[0-9]{8}(\\.[0-9X])?"), "VARIETY_RIGHT_NUMBER_INVALID"));
        DETAILS.put("softwareRegistrationNumber", new Detail(FilingDetails::softwareRegistrationNumber,
                v -> ((String) v).matches("(19|20)[0-9]{2}SR[0-9]{6,7}"), "SOFTWARE_REGISTRATION_NUMBER_INVALID"));
        DETAILS.put("certificateNumber", new Detail(FilingDetails::certificateNumber, null, null));
        DETAILS.put("rightDescription", new Detail(FilingDetails::rightDescription, null, null));
        DETAILS.put("licenceScope", new Detail(FilingDetails::licenceScope, null, null));
        DETAILS.put("licencePeriodTo", new Detail(FilingDetails::licencePeriodTo, null, null));
        DETAILS.put("contributions", new Detail(FilingDetails::contributions,
                v -> contributionsAddUp((List<?>) v), "CONTRIBUTIONS_INVALID"));
        DETAILS.put("trainees", new Detail(FilingDetails::trainees, null, null));
        DETAILS.put("trainingContent", new Detail(FilingDetails::trainingContent, null, null));
        DETAILS.put("principalParties", new Detail(FilingDetails::principalParties,
                v -> !((List<?>) v).isEmpty(), "PRINCIPAL_PARTIES_REQUIRED"));
        DETAILS.put("deliverable", new Detail(FilingDetails::deliverable, null, null));
    }

    private static final Map<ContractType, Subtype> SUBTYPES = new EnumMap<>(ContractType.class);

    static {
        add(ContractType.DEVELOPMENT_COMMISSIONED, "技术开发（委托开发）", "Commissioned development", "deliverable");
        add(ContractType.DEVELOPMENT_COOPERATIVE, "技术开发（合作开发）", "Cooperative development", "contributions",
                "deliverable");
        add(ContractType.TRANSFER_PATENT, "专利权转让", "Patent transfer", "patentNumber");
        add(ContractType.TRANSFER_PATENT_APPLICATION, "专利申请权转让", "Patent application transfer",
                "applicationNumber");
        add(ContractType.TRANSFER_TECHNICAL_SECRET, "技术秘密转让", "Technical secret transfer");
        add(ContractType.TRANSFER_IC_LAYOUT, "集成电路布图设计专有权转让", "IC layout-design right transfer",
                "layoutRegistrationNumber");
        add(ContractType.TRANSFER_PLANT_VARIETY, "植物新品种权转让", "Plant variety right transfer",
                "varietyRightNumber");
        add(ContractType.TRANSFER_SOFTWARE, "计算机软件著作权转让", "Software copyright transfer",
                "softwareRegistrationNumber");
        add(ContractType.TRANSFER_BIOMEDICINE_VARIETY, "生物医药新品种权转让", "Biomedicine new-variety transfer",
                "certificateNumber");
        add(ContractType.TRANSFER_OTHER, "其他技术转让", "Other technology transfer", "rightDescription");
        add(ContractType.LICENSE_PATENT, "专利实施许可", "Patent licence", "patentNumber", "licenceScope",
                "licencePeriodTo");
        add(ContractType.LICENSE_TECHNICAL_SECRET, "技术秘密使用许可", "Technical secret licence", "licenceScope",
                "licencePeriodTo");
        add(ContractType.LICENSE_OTHER, "其他技术许可", "Other technology licence", "rightDescription", "licenceScope",
                "licencePeriodTo");
        add(ContractType.CONSULTING, "技术咨询", "Technical consulting", "deliverable");
        add(ContractType.SERVICE, "技术服务（一般技术服务）", "Technical service", "deliverable");
        add(ContractType.SERVICE_TRAINING, "技术服务（技术培训）", "Technical training", "trainees", "trainingContent");
        add(ContractType.SERVICE_INTERMEDIARY, "技术服务（技术中介）", "Technology intermediary service",
                "principalParties");
    }

    private static void add(ContractType type, String zh, String en, String... required) {
        for (String name : required) {
            if (!DETAILS.containsKey(name)) {
                throw new IllegalStateException("unknown detail " + name);
            }
        }
        SUBTYPES.put(type, new Subtype(type, zh, en, Set.of(required)));
    }

    private SubtypeCatalogue() {}

    /** The subtype of {@code type}. */
    public static Subtype of(ContractType type) {
        return SUBTYPES.get(Objects.requireNonNull(type, "type"));
    }

    /** The documents a filing of {@code type} carries (the checklist); a technology import's also its registration. */
    public static List<DocumentKind> documents(ContractType type, boolean technologyImport) {
        return RequiredDocuments.forType(type, technologyImport);
    }

    /**
     * Checks the details of a filing of {@code type} signed on {@code signedOn}: each required one present and
     * valid, none that is not for the subtype, a licence ending after the signing.
     */
    public static void check(ContractType type, FilingDetails details, LocalDate signedOn) {
        Set<String> required = of(type).requiredDetails();
        for (Map.Entry<String, Detail> e : DETAILS.entrySet()) {
            Object value = details == null ? null : e.getValue().value().apply(details);
            String field = "details." + e.getKey();
            if (value == null) {
                if (required.contains(e.getKey())) {
                    throw invalid(field, "DETAIL_REQUIRED");
                }
                continue;
            }
            if (!required.contains(e.getKey())) {
                throw invalid(field, "DETAIL_NOT_FOR_TYPE");
            }
            Detail d = e.getValue();
            if (d.valid() != null && !d.valid().test(value)) {
                throw invalid(field, d.invalidCode());
            }
        }
        if (details != null && details.licencePeriodTo() != null && signedOn != null
                && !details.licencePeriodTo().isAfter(signedOn)) {
            throw invalid("details.licencePeriodTo", "LICENCE_ENDS_BEFORE_SIGNING");
        }
    }

    /**
     * Whether a seller of {@code kind} must declare the share of a {@code type} contract's income rewarded to the
     * 完成人: universities and institutes, for transfers and licences (科技成果转化 rewards).
     */
    public static boolean requiresRewardShare(OrgKind kind, ContractType type) {
        return (kind == OrgKind.UNIVERSITY || kind == OrgKind.INSTITUTE)
                && (type.category() == ContractCategory.TRANSFER || type.category() == ContractCategory.LICENSE);
    }

    /** Both sides, shares adding up to exactly 100 %. */
    private static boolean contributionsAddUp(List<?> contributions) {
        List<FilingDetails.Contribution> list = contributions.stream().map(FilingDetails.Contribution.class::cast)
                .toList();
        Set<FilingDetails.Side> sides = list.stream().map(FilingDetails.Contribution::party)
                .collect(java.util.stream.Collectors.toSet());
        BigDecimal sum = list.stream().map(FilingDetails.Contribution::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sides.size() == FilingDetails.Side.values().length && sum.compareTo(new BigDecimal("100")) == 0;
    }

    private static ProblemException invalid(String field, String code) {
        return ProblemException.badRequest("VALIDATION_FAILED").withField(field, code);
    }
}
