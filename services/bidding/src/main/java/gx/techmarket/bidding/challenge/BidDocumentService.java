package gx.techmarket.bidding.challenge;

import gx.techmarket.bidding.document.DocumentStore;
import gx.techmarket.bidding.document.Pdf;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents of a bid (PDF): upload, list, download, remove, sealed with the bid ({@link BidService#shows}) and
 * changed only by the lead's users while the bid can change (bids open, the bid not withdrawn). An upload is judged
 * on its content: its size against the limit, its type from its first bytes; the name the client gives is only ever
 * shown. Limits as the registry's filings (ADR 0022): {@code techmarket.bidding.documents.max-file-size} (20 MiB) and
 * {@code max-per-bid} (30).
 */
@ApplicationScoped
class BidDocumentService {

    /** A file part of an upload as the HTTP layer received it: where it lies on disk, its declared name, its size. */
    record Upload(Path file, String fileName, long size) {}

    private final BidService bidding;
    private final BidDocumentRepository documents;
    private final DocumentStore store;
    private final Clock clock;
    private final long maxFileSize;
    private final int maxFiles;

    BidDocumentService(BidService bidding, BidDocumentRepository documents, DocumentStore store, Clock clock,
            @ConfigProperty(name = "techmarket.bidding.documents.max-file-size", defaultValue = "20M")
            MemorySize maxFileSize,
            @ConfigProperty(name = "techmarket.bidding.documents.max-per-bid", defaultValue = "30") int maxFiles) {
        this.bidding = bidding;
        this.documents = documents;
        this.store = store;
        this.clock = clock;
        this.maxFileSize = maxFileSize.asLongValue();
        this.maxFiles = maxFiles;
    }

    /**
     * Attaches one PDF to the bid. Refused, with nothing kept: no file or more than one (400
     * {@code DOCUMENT_MISSING}, {@code DOCUMENT_SINGLE_FILE}), an empty one (400 {@code DOCUMENT_EMPTY}), one over the
     * limit (413 {@code DOCUMENT_TOO_LARGE}), one that is no PDF (415 {@code DOCUMENT_TYPE_NOT_ALLOWED}), one more
     * than a bid may carry (409 {@code DOCUMENT_LIMIT_REACHED}), a bid that can no longer change (409).
     */
    @Transactional
    BidDocumentView upload(Actor actor, UUID bidId, List<Upload> files) {
        Instant now = now();
        BidService.Led led = changeable(actor, bidId, now);
        Upload upload = single(files);
        if (upload.size() == 0) {
            throw ProblemException.badRequest("DOCUMENT_EMPTY").withField("file", "DOCUMENT_EMPTY");
        }
        if (upload.size() > maxFileSize) {
            throw new ProblemException(413, "DOCUMENT_TOO_LARGE", mebibytes(maxFileSize))
                    .withField("file", "DOCUMENT_TOO_LARGE");
        }
        try {
            if (!Pdf.is(upload.file())) {
                throw new ProblemException(415, "DOCUMENT_TYPE_NOT_ALLOWED")
                        .withField("file", "DOCUMENT_TYPE_NOT_ALLOWED");
            }
            if (documents.countCurrent(bidId) >= maxFiles) {
                throw ProblemException.conflict("DOCUMENT_LIMIT_REACHED", maxFiles);
            }
            byte[] content = Files.readAllBytes(upload.file());
            String key = DocumentStore.keyOf(content);
            documents.lockContent(key);
            store.put(content);
            BidDocument document = new BidDocument(UUID.randomUUID(), led.bid().id(),
                    FileNames.displayName(upload.fileName(), "pdf"), Pdf.MEDIA_TYPE, content.length, key,
                    actor.username(), now);
            documents.persist(document);
            return BidDocumentView.of(document, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /** The bid's documents, to whoever sees the bid, with the actions and limits. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    BidDocumentView.Documents list(Actor actor, UUID bidId) {
        Instant now = now();
        BidService.Led seen = bidding.visible(actor, bidId, now);
        boolean changeable = BidService.changeableBy(actor, seen.challenge(), seen.bid(), now);
        List<BidDocument> current = documents.current(bidId);
        return new BidDocumentView.Documents(current.stream().map(d -> BidDocumentView.of(d, changeable)).toList(),
                maxFileSize, maxFiles, List.of(Pdf.MEDIA_TYPE),
                changeable && current.size() < maxFiles ? List.of("upload") : List.of());
    }

    /** One document's content, to whoever sees the bid; 404 {@code DOCUMENT_NOT_FOUND} else. */
    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    BidDocumentView.Download download(Actor actor, UUID bidId, UUID id) {
        bidding.visible(actor, bidId, now());
        BidDocument d = documents.current(bidId, id)
                .orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND"));
        return new BidDocumentView.Download(d.fileName, d.mediaType, d.size, store.open(d.sha256));
    }

    /** Removes a document (the lead's users while the bid can change); its content goes when nothing refers to it. */
    @Transactional
    void delete(Actor actor, UUID bidId, UUID id) {
        Instant now = now();
        changeable(actor, bidId, now);
        BidDocument d = documents.current(bidId, id)
                .orElseThrow(() -> ProblemException.notFound("DOCUMENT_NOT_FOUND"));
        d.delete(actor.username(), now);
        documents.flush();
        documents.lockContent(d.sha256);
        if (!documents.referenced(d.sha256)) {
            store.delete(d.sha256);
        }
    }

    /** The bid, led by the caller's organisation and still changeable: 409 {@code BID_NOT_CHANGEABLE} else. */
    private BidService.Led changeable(Actor actor, UUID bidId, Instant now) {
        BidService.Led led = bidding.led(actor, bidId, now);
        BiddingPolicy.requireBidInTime(led.challenge().deadline(), now);
        if (!led.changeable(now)) {
            throw ProblemException.conflict("BID_NOT_CHANGEABLE", led.bid().status().name());
        }
        return led;
    }

    private static Upload single(List<Upload> files) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.badRequest("DOCUMENT_MISSING").withField("file", "DOCUMENT_MISSING");
        }
        if (files.size() > 1) {
            throw ProblemException.badRequest("DOCUMENT_SINGLE_FILE").withField("file", "DOCUMENT_SINGLE_FILE");
        }
        return files.get(0);
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " B";
    }

    private Instant now() {
        return MarketClock.now(clock);
    }
}
