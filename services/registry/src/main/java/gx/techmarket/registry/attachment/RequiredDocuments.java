package gx.techmarket.registry.attachment;

import gx.techmarket.contracts.events.ContractType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The documents a filing must carry, by contract subtype (申请认定登记应当提交的材料): the signed contract text for
 * every contract, and the proof of the right for a transfer or licence of a registered right (the 2026 rules'
 * "full contract text" and the 2001 rules' supporting documents). One place, read by the pre-check's checklist and by
 * the submission's refusal of an incomplete filing.
 */
public final class RequiredDocuments {

    private RequiredDocuments() {}

    /**
     * The kinds required for a contract of {@code type}; {@code technologyImport} when the domestic buyer files a
     * technology import (技术进口), which also needs its import registration or licence.
     */
    public static List<DocumentKind> forType(ContractType type, boolean technologyImport) {
        Objects.requireNonNull(type, "type");
        List<DocumentKind> kinds = new ArrayList<>();
        kinds.add(DocumentKind.SIGNED_CONTRACT);
        DocumentKind proof = proofOfRight(type);
        if (proof != null) {
            kinds.add(proof);
        }
        if (technologyImport) {
            kinds.add(DocumentKind.IMPORT_REGISTRATION);
        }
        return List.copyOf(kinds);
    }

    /** The required kinds not among {@code attached}, in the order of {@link #forType}. */
    public static List<DocumentKind> missing(ContractType type, boolean technologyImport,
            Collection<DocumentKind> attached) {
        return forType(type, technologyImport).stream().filter(k -> !attached.contains(k)).toList();
    }

    private static DocumentKind proofOfRight(ContractType type) {
        return switch (type) {
            case TRANSFER_PATENT, LICENSE_PATENT -> DocumentKind.PATENT_CERTIFICATE;
            case TRANSFER_PATENT_APPLICATION -> DocumentKind.PATENT_APPLICATION_NOTICE;
            case TRANSFER_IC_LAYOUT -> DocumentKind.IC_LAYOUT_CERTIFICATE;
            case TRANSFER_PLANT_VARIETY -> DocumentKind.PLANT_VARIETY_CERTIFICATE;
            case TRANSFER_SOFTWARE -> DocumentKind.SOFTWARE_COPYRIGHT_CERTIFICATE;
            case TRANSFER_BIOMEDICINE_VARIETY -> DocumentKind.BIOMEDICINE_CERTIFICATE;
            case TRANSFER_OTHER, LICENSE_OTHER -> DocumentKind.RIGHT_CERTIFICATE;
            // A technical secret is proved by the contract's own description and confidentiality clauses, and
            // development, consulting and service contracts transfer no existing right.
            case TRANSFER_TECHNICAL_SECRET, LICENSE_TECHNICAL_SECRET, DEVELOPMENT_COMMISSIONED,
                    DEVELOPMENT_COOPERATIVE, CONSULTING, SERVICE, SERVICE_TRAINING, SERVICE_INTERMEDIARY -> null;
        };
    }
}
