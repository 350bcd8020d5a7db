package gx.techmarket.catalogue.result;

import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.spreadsheet.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * A result's attachments: the holder adds and removes them while the result may change; whoever may see the result
 * downloads them. Contents are kept once per SHA-256 in the catalogue's database (ADR 0022's way).
 */
@ApplicationScoped
class ResultAttachmentService {

    /** The largest file (the service's body limit leaves room for one and its form). */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_PER_RESULT = 10;

    /** A download: name, type, bytes. */
    record Download(String fileName, String mediaType, byte[] content) {}

    private final ResultRepository results;
    private final EntityManager em;
    private final Clock clock;

    ResultAttachmentService(ResultRepository results, EntityManager em, Clock clock) {
        this.results = results;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    Attachment upload(Actor actor, UUID resultId, Path file, String declaredName, long size) {
        Result result = ResultService.ACCESS.owned(actor, results.findById(resultId));
        if (size > MAX_BYTES) {
            throw new ProblemException(413, "ATTACHMENT_TOO_LARGE", MAX_BYTES / (1024 * 1024));
        }
        byte[] content = read(file);
        if (content.length == 0) {
            throw ProblemException.badRequest("ATTACHMENT_EMPTY").withField("file", "ATTACHMENT_EMPTY");
        }
        AttachmentType type = AttachmentType.of(content)
                .orElseThrow(() -> new ProblemException(415, "ATTACHMENT_TYPE_NOT_ALLOWED"));
        String sha256 = Uploads.sha256(file);
        Attachment.Stored stored = new Attachment.Stored(UUID.randomUUID(), Uploads.displayName(declaredName),
                type.mediaType, content.length, sha256);
        result.attach(stored, MAX_PER_RESULT, MarketClock.now(clock));
        lock(sha256);
        em.createNativeQuery("""
                insert into attachment_content (sha256, size, content, stored_at) values (:sha, :size, :content, :at)
                on conflict (sha256) do nothing""")
                .setParameter("sha", sha256).setParameter("size", (long) content.length)
                .setParameter("content", content).setParameter("at", MarketClock.now(clock))
                .executeUpdate();
        return stored.view();
    }

    @Transactional
    void delete(Actor actor, UUID resultId, UUID attachmentId) {
        Result result = ResultService.ACCESS.owned(actor, results.findById(resultId));
        Attachment.Stored removed = result.detach(attachmentId, MarketClock.now(clock));
        em.flush();
        lock(removed.sha256());
        // the content goes with its last reference
        em.createNativeQuery("""
                delete from attachment_content c where c.sha256 = :sha and not exists (
                    select 1 from result r where r.attachments @> cast(:probe as jsonb))""")
                .setParameter("sha", removed.sha256())
                .setParameter("probe", "[{\"sha256\": \"" + removed.sha256() + "\"}]")
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Download download(Actor actor, UUID resultId, UUID attachmentId) {
        return download(ResultService.ACCESS.visible(actor, results.findById(resultId)), attachmentId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Download downloadPublic(UUID resultId, UUID attachmentId) {
        return download(ResultService.ACCESS.listed(results.findById(resultId),
                r -> r.status() == ResultStatus.PUBLISHED), attachmentId);
    }

    private Download download(Result result, UUID attachmentId) {
        Attachment.Stored a = result.attachment(attachmentId);
        java.util.List<?> rows = em.createNativeQuery("select content from attachment_content where sha256 = :sha")
                .setParameter("sha", a.sha256()).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("ATTACHMENT_NOT_FOUND");
        }
        byte[] content = (byte[]) rows.get(0);
        return new Download(a.fileName(), a.mediaType(), content);
    }

    /** Serialises an upload and a removal of the same bytes, so that a content is never dropped under a new reference. */
    private void lock(String sha256) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:sha))").setParameter("sha", sha256)
                .getSingleResult();
    }

    private static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw ProblemException.badRequest("ATTACHMENT_EMPTY");
        }
    }
}
