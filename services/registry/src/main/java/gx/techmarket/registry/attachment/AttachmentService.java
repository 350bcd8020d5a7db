package gx.techmarket.registry.attachment;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.web.FileNames;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploading, listing, downloading and removing a filing's documents, each checking who may do it to which contract
 * ({@link Filings}). An upload is judged on its content: its size against the configured limit, its type from its
 * magic bytes; the name the client gives is only ever shown.
 */
@ApplicationScoped
public class AttachmentService {

    private static final String KINDS = Arrays.toString(DocumentKind.values());

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final Filings filings;
    private final Clock clock;
    private final long maxFileSize;
    private final int maxFiles;

    AttachmentService(AttachmentRepository attachments, AttachmentStore store, Filings filings, Clock clock,
            @ConfigProperty(name = "techmarket.registry.attachments.max-file-size", defaultValue = "20M")
            MemorySize maxFileSize,
            @ConfigProperty(name = "techmarket.registry.attachments.max-per-contract", defaultValue = "30")
            int maxFiles) {
        this.attachments = attachments;
        this.store = store;
        this.filings = filings;
        this.clock = clock;
        this.maxFileSize = maxFileSize.asLongValue();
        this.maxFiles = maxFiles;
    }

    /**
     * Attaches one file of {@code kindName} to the contract: the filer's organisation, while the filing is a draft or
     * returned for correction. Refused, with nothing kept: a kind that is none of {@link DocumentKind} (400
     * {@code ATTACHMENT_KIND_INVALID}), no file or more than one (400 {@code ATTACHMENT_MISSING},
     * {@code ATTACHMENT_SINGLE_FILE}), an empty one (400 {@code ATTACHMENT_EMPTY}), one over the limit (413
     * {@code ATTACHMENT_TOO_LARGE}), one of another type (415 {@code ATTACHMENT_TYPE_NOT_ALLOWED}), one more than
     * the contract may carry (409 {@code ATTACHMENT_LIMIT_REACHED}).
     */
    @Transactional
    public AttachmentView upload(Actor actor, UUID contractId, String kindName, List<Upload> files, Locale locale) {
        filings.changeable(actor, contractId);
        DocumentKind kind = kind(kindName);
        Upload upload = single(files);
        if (upload.size() == 0) {
            throw ProblemException.badRequest("ATTACHMENT_EMPTY").withField("file", "ATTACHMENT_EMPTY");
        }
        if (upload.size() > maxFileSize) {
            throw new ProblemException(413, "ATTACHMENT_TOO_LARGE", mebibytes(maxFileSize))
                    .withField("file", "ATTACHMENT_TOO_LARGE");
        }
        try {
            AllowedType type = AllowedType.of(upload.file()).orElseThrow(
                    () -> new ProblemException(415, "ATTACHMENT_TYPE_NOT_ALLOWED")
                            .withField("file", "ATTACHMENT_TYPE_NOT_ALLOWED"));
            if (attachments.countCurrent(contractId) >= maxFiles) {
                throw ProblemException.conflict("ATTACHMENT_LIMIT_REACHED", maxFiles);
            }
            byte[] content = Files.readAllBytes(upload.file());
            String key = AttachmentStore.keyOf(content);
            attachments.lockContent(key);
            store.put(content);
            ContractAttachment attachment = new ContractAttachment(UUID.randomUUID(), contractId, kind,
                    FileNames.displayName(upload.fileName(), type.extension()), type, content.length, key,
                    actor.username(), MarketClock.now(clock));
            attachments.persist(attachment);
            return AttachmentView.of(attachment, true, locale);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /** The contract's attachments for a caller who may read it, with the actions, checklist and limits. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public AttachmentList list(Actor actor, UUID contractId, Locale locale) {
        Filing filing = filings.readable(actor, contractId);
        List<ContractAttachment> current = attachments.current(contractId);
        List<DocumentKind> attached = current.stream().map(a -> a.kind).distinct().toList();
        return new AttachmentList(current.stream().map(a -> AttachmentView.of(a, filing.changeable(), locale)).toList(),
                filing.changeable() ? List.of("upload") : List.of(),
                AttachmentList.Kind.of(RequiredDocuments.forType(filing.type(), filing.technologyImport()), locale),
                AttachmentList.Kind.of(RequiredDocuments.missing(filing.type(), filing.technologyImport(), attached),
                        locale),
                maxFileSize, maxFiles, AttachmentList.allowedMediaTypes());
    }

    /** One attachment's content, for a caller who may read the contract; 404 {@code ATTACHMENT_NOT_FOUND} else. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    public Download download(Actor actor, UUID contractId, UUID id) {
        filings.readable(actor, contractId);
        ContractAttachment a = attachments.current(contractId, id)
                .orElseThrow(() -> ProblemException.notFound("ATTACHMENT_NOT_FOUND"));
        return new Download(a.fileName, a.mediaType, a.size, store.open(a.sha256));
    }

    /**
     * Removes an attachment (the filer, while the filing can be changed): it is marked removed, and its content is
     * dropped from the store when no other attachment has the same bytes.
     */
    @Transactional
    public void delete(Actor actor, UUID contractId, UUID id) {
        filings.changeable(actor, contractId);
        ContractAttachment a = attachments.current(contractId, id)
                .orElseThrow(() -> ProblemException.notFound("ATTACHMENT_NOT_FOUND"));
        a.delete(actor.username(), MarketClock.now(clock));
        attachments.flush();
        attachments.lockContent(a.sha256);
        if (!attachments.referenced(a.sha256)) {
            store.delete(a.sha256);
        }
    }

    private static DocumentKind kind(String name) {
        if (name != null) {
            for (DocumentKind kind : DocumentKind.values()) {
                if (kind.name().equals(name.strip())) {
                    return kind;
                }
            }
        }
        throw ProblemException.badRequest("ATTACHMENT_KIND_INVALID", KINDS).withField("kind", "ATTACHMENT_KIND_INVALID");
    }

    private static Upload single(List<Upload> files) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("ATTACHMENT_MISSING").withField("file", "ATTACHMENT_MISSING");
        }
        if (files.size() > 1) {
            throw ProblemException.badRequest("ATTACHMENT_SINGLE_FILE").withField("file", "ATTACHMENT_SINGLE_FILE");
        }
        return files.get(0);
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " B";
    }
}
