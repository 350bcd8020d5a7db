package gx.techmarket.platform.spreadsheet;

import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The bulk import of a service's listings: a file checked row by row with the form's rules, imported all or nothing
 * as drafts of the caller's organisation, once per file (SHA-256 per organisation), recorded in the service's import
 * table. Runs in the caller's transaction.
 *
 * @param <I> the service's import entity
 */
public final class OnceImports<I extends ImportRecord> {

    /** The largest file accepted (a thousand full rows fit in far less). */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    /**
     * The service's import table.
     *
     * @param entity the entity mapped to it
     * @param table its name
     * @param ownerColumn the column of the importing organisation's USCC
     * @param idsColumn the column of the drafts' ids ({@code uuid[]})
     */
    public record Table<I>(Class<I> entity, String table, String ownerColumn, String idsColumn) {}

    /** A file imported now, or found imported before ({@code already}: nothing was imported again). */
    public record Imported<I>(I record, boolean already) {}

    /** Who imports: the organisation (USCC) and the user. */
    public record Importer(String orgId, String username) {}

    private final EntityManager em;
    private final Table<I> table;
    private final Template template;

    public OnceImports(EntityManager em, Table<I> table, Template template) {
        this.em = em;
        this.table = table;
        this.template = template;
    }

    /** The template to fill in (.xlsx). */
    public byte[] template() {
        return TemplateWriter.write(template);
    }

    /**
     * Imports {@code file} (named {@code fileName} for display, {@code size} bytes): 413 {@code IMPORT_FILE_TOO_LARGE}
     * above {@link #MAX_FILE_BYTES}; the same file imported by the organisation before is found, not imported again;
     * otherwise the sheet is read in {@code locale}, its {@code rows} made requests, and if any row has an error
     * {@link ImportRejected} (nothing imported), else {@code draftAll} makes the drafts and the import is recorded.
     */
    public <R> Imported<I> importFile(Importer by, Path file, String fileName, long size, Locale locale,
            Function<ImportSheet, List<R>> rows, Function<List<R>, List<UUID>> draftAll, Instant now) {
        if (size > MAX_FILE_BYTES) {
            throw new ProblemException(413, "IMPORT_FILE_TOO_LARGE", MAX_FILE_BYTES / (1024 * 1024));
        }
        String sha256 = Uploads.sha256(file);
        Optional<I> earlier = find(by.orgId(), sha256);
        if (earlier.isPresent()) {
            return new Imported<>(earlier.get(), true);
        }
        ImportSheet sheet = SheetReader.read(file, template, locale);
        List<R> requests = rows.apply(sheet);
        if (!sheet.clean()) {
            throw new ImportRejected(sheet.errors());
        }
        UUID id = UUID.randomUUID();
        // a second upload of the same file at the same moment waits here for the first and finds it imported
        int inserted = em.createNativeQuery("insert into " + table.table() + " (id, " + table.ownerColumn()
                        + ", sha256, file_name, " + table.idsColumn() + ", imported_by, imported_at) "
                        + "values (:id, :owner, :sha256, :fileName, '{}', :by, :at) "
                        + "on conflict (" + table.ownerColumn() + ", sha256) do nothing")
                .setParameter("id", id).setParameter("owner", by.orgId()).setParameter("sha256", sha256)
                .setParameter("fileName", fileName).setParameter("by", by.username())
                .setParameter("at", now)
                .executeUpdate();
        if (inserted == 0) {
            return new Imported<>(find(by.orgId(), sha256).orElseThrow(), true);
        }
        I imported = em.find(table.entity(), id);
        imported.itemIds = new ArrayList<>(draftAll.apply(requests));
        return new Imported<>(imported, false);
    }

    private Optional<I> find(String owner, String sha256) {
        String entity = em.getMetamodel().entity(table.entity()).getName();
        return em.createQuery("from " + entity + " where ownerUscc = :owner and sha256 = :sha256", table.entity())
                .setParameter("owner", owner).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }
}
