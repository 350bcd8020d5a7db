package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateGlobal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes the registry's forms offer (types and subtypes, each subtype's own facts, carriers, documents, refusal
 * grounds, queue filters); their names are in {@link RegistryMsg} (zh-CN and en). The registry validates each
 * filing; these lists only decide which inputs a form shows.
 */
@TemplateGlobal
public class RegistrationChoices {

    /** Every type and subtype of the rules (技术开发, 技术转让, 技术许可, 技术咨询, 技术服务), in the rules' order. */
    public static final List<String> CONTRACT_TYPES = List.of("DEVELOPMENT_COMMISSIONED", "DEVELOPMENT_COOPERATIVE",
            "TRANSFER_PATENT", "TRANSFER_PATENT_APPLICATION", "TRANSFER_TECHNICAL_SECRET", "TRANSFER_IC_LAYOUT",
            "TRANSFER_PLANT_VARIETY", "TRANSFER_SOFTWARE", "TRANSFER_BIOMEDICINE_VARIETY", "TRANSFER_OTHER",
            "LICENSE_PATENT", "LICENSE_TECHNICAL_SECRET", "LICENSE_OTHER", "CONSULTING", "SERVICE",
            "SERVICE_TRAINING", "SERVICE_INTERMEDIARY");

    /**
     * The facts ({@code details}) each subtype requires, by the registry's names (its SubtypeCatalogue; a fact not
     * for the subtype is refused there); a fact shared by several subtypes is one input.
     */
    public static final Map<String, List<String>> DETAIL_TYPES = detailTypes();

    /** Carriers of the technology, which are not deducted from 技术交易额. */
    public static final List<String> CARRIER_KINDS = List.of("DOCUMENTS", "MEDIA", "TEST_EQUIPMENT");

    public static final List<String> DOCUMENT_KINDS = List.of("SIGNED_CONTRACT", "PATENT_CERTIFICATE",
            "PATENT_APPLICATION_NOTICE", "IC_LAYOUT_CERTIFICATE", "PLANT_VARIETY_CERTIFICATE",
            "SOFTWARE_COPYRIGHT_CERTIFICATE", "BIOMEDICINE_CERTIFICATE", "RIGHT_CERTIFICATE", "IMPORT_REGISTRATION",
            "APPROVAL_DOCUMENT", "POWER_OF_ATTORNEY", "OTHER");

    /** 不予登记的理由 (the official list). */
    public static final List<String> REFUSAL_GROUNDS = List.of("NOT_TECHNICAL_CONTRACT", "PARTIES_UNCLEAR",
            "SUBJECT_UNCLEAR", "PRICE_UNCLEAR", "APPROVAL_MISSING", "TITLE_CONTENT_MISMATCH", "MONOPOLISING_CLAUSES",
            "DOCUMENTS_MISSING", "SEALS_INCOMPLETE");

    /** The states of the registrar's queue. */
    public static final List<String> QUEUE_STATUSES = List.of("SUBMITTED", "ACCEPTED", "RESUBMITTED", "UNDER_REVIEW",
            "NEEDS_CORRECTION");

    /** Every state of a contract, for the seller's filter. */
    public static final List<String> ALL_STATUSES = List.of("DRAFT", "SUBMITTED", "ACCEPTED", "UNDER_REVIEW",
            "NEEDS_CORRECTION", "RESUBMITTED", "REGISTERED", "NOT_REGISTERED", "AMENDED", "DEREGISTERED");

    public static final List<String> QUEUE_SORTS = List.of("deadline", "oldest", "newest", "amount");

    public static final List<String> LICENCE_SCOPES = List.of("EXCLUSIVE", "SOLE", "ORDINARY");

    static List<String> contractTypes() {
        return CONTRACT_TYPES;
    }

    private static Map<String, List<String>> detailTypes() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("patentNumber", List.of("TRANSFER_PATENT", "LICENSE_PATENT"));
        fields.put("applicationNumber", List.of("TRANSFER_PATENT_APPLICATION"));
        fields.put("layoutRegistrationNumber", List.of("TRANSFER_IC_LAYOUT"));
        fields.put("varietyRightNumber", List.of("TRANSFER_PLANT_VARIETY"));
        fields.put("softwareRegistrationNumber", List.of("TRANSFER_SOFTWARE"));
        fields.put("certificateNumber", List.of("TRANSFER_BIOMEDICINE_VARIETY"));
        fields.put("rightDescription", List.of("TRANSFER_OTHER", "LICENSE_OTHER"));
        fields.put("licenceScope", List.of("LICENSE_PATENT", "LICENSE_TECHNICAL_SECRET", "LICENSE_OTHER"));
        fields.put("licencePeriodTo", List.of("LICENSE_PATENT", "LICENSE_TECHNICAL_SECRET", "LICENSE_OTHER"));
        fields.put("contributions", List.of("DEVELOPMENT_COOPERATIVE"));
        fields.put("deliverable", List.of("DEVELOPMENT_COMMISSIONED", "DEVELOPMENT_COOPERATIVE", "CONSULTING",
                "SERVICE"));
        fields.put("trainees", List.of("SERVICE_TRAINING"));
        fields.put("trainingContent", List.of("SERVICE_TRAINING"));
        fields.put("principalParties", List.of("SERVICE_INTERMEDIARY"));
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** A subtype's fact and the subtypes it belongs to, space-separated, for the form's script ({@code data-types}). */
    @io.quarkus.qute.TemplateData
    public record DetailField(String name, String types) {

        /** The input's name, as the registry names the field in its errors. */
        public String input() {
            return "details." + name;
        }

        public String id() {
            return "details-" + name;
        }
    }

    static List<DetailField> detailFields() {
        return DETAIL_TYPES.entrySet().stream().map(e -> new DetailField(e.getKey(), String.join(" ", e.getValue())))
                .toList();
    }

    static List<String> carrierKinds() {
        return CARRIER_KINDS;
    }

    static List<String> documentKinds() {
        return DOCUMENT_KINDS;
    }

    static List<String> refusalGrounds() {
        return REFUSAL_GROUNDS;
    }

    static List<String> queueStatuses() {
        return QUEUE_STATUSES;
    }

    static List<String> allStatuses() {
        return ALL_STATUSES;
    }

    static List<String> queueSorts() {
        return QUEUE_SORTS;
    }

    static List<String> licenceScopes() {
        return LICENCE_SCOPES;
    }
}
