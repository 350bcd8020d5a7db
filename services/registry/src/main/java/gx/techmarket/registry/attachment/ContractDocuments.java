package gx.techmarket.registry.attachment;

import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.problems.Term;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The documents a contract's filing carries, and the check that a filing has every one its subtype needs. */
@ApplicationScoped
public class ContractDocuments {

    private final AttachmentRepository attachments;

    ContractDocuments(AttachmentRepository attachments) {
        this.attachments = attachments;
    }

    /** The kinds attached to the contract now (removed attachments not counted), each once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentKind> attached(UUID contractId) {
        return attachments.current(contractId).stream().map(a -> a.kind).distinct().toList();
    }

    /**
     * Refuses (409 {@code DOCUMENTS_MISSING}, field {@code attachments}) a filing without every document
     * {@link RequiredDocuments} names for its type. The contract's row is locked first, so an upload or a removal
     * racing the submission either lands before it and is counted, or waits and then finds the contract filed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireComplete(UUID contractId, ContractType type, boolean technologyImport) {
        attachments.lockContract(contractId);
        List<DocumentKind> missing = RequiredDocuments.missing(type, technologyImport, attached(contractId));
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("DOCUMENTS_MISSING", missingArgs(missing))
                    .withField("attachments", "DOCUMENTS_MISSING");
        }
    }

    /**
     * The arguments of the message: the first three missing kinds as terms (each written in the reader's language
     * from {@code term.DocumentKind.*}, else its Chinese label), then how many are missing, which the message's
     * choice format uses to join them.
     */
    static Object[] missingArgs(List<DocumentKind> missing) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            args.add(i < missing.size() ? term(missing.get(i)) : "");
        }
        args.add(missing.size());
        return args.toArray();
    }

    static Term term(DocumentKind kind) {
        return new Term("DocumentKind." + kind.name(), kind.zh());
    }
}
