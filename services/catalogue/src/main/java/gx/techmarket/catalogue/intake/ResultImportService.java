package gx.techmarket.catalogue.intake;

import gx.techmarket.catalogue.result.ResultDrafts;
import gx.techmarket.catalogue.result.ResultRequest;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.spreadsheet.ImportRejected;
import gx.techmarket.platform.spreadsheet.ImportSheet;
import gx.techmarket.platform.spreadsheet.SheetReader;
import gx.techmarket.platform.spreadsheet.TemplateWriter;
import gx.techmarket.platform.spreadsheet.Uploads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bulk import of results: the template, and a file checked row by row with the form's rules, imported all or
 * nothing as drafts of the caller's organisation, once per file (SHA-256 per organisation).
 */
@ApplicationScoped
class ResultImportService {

    /** The largest file accepted (a thousand full rows fit in far less). */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final ResultDrafts drafts;
    private final Validator validator;
    private final EntityManager em;
    private final Clock clock;

    ResultImportService(ResultDrafts drafts, Validator validator, EntityManager em, Clock clock) {
        this.drafts = drafts;
        this.validator = validator;
        this.em = em;
        this.clock = clock;
    }

    byte[] template() {
        return TemplateWriter.write(ResultSheet.TEMPLATE);
    }

    @Transactional
    ResultImportView importFile(Actor actor, Path file, String fileName, long size, Locale locale) {
        if (size > MAX_FILE_BYTES) {
            throw new ProblemException(413, "IMPORT_FILE_TOO_LARGE", MAX_FILE_BYTES / (1024 * 1024));
        }
        String sha256 = Uploads.sha256(file);
        Optional<ResultImport> earlier = find(actor.orgId(), sha256);
        if (earlier.isPresent()) {
            return view(actor, earlier.get(), true);
        }
        ImportSheet sheet = SheetReader.read(file, ResultSheet.TEMPLATE, locale);
        List<ResultRequest> requests = new ResultRows(validator, drafts::check).requests(sheet);
        if (!sheet.clean()) {
            throw new ImportRejected(sheet.errors());
        }
        UUID id = UUID.randomUUID();
        // a second upload of the same file at the same moment waits here for the first and finds it imported
        int inserted = em.createNativeQuery("""
                insert into result_import (id, holder_uscc, sha256, file_name, result_ids, imported_by, imported_at)
                values (:id, :holder, :sha256, :fileName, '{}', :by, :at)
                on conflict (holder_uscc, sha256) do nothing""")
                .setParameter("id", id).setParameter("holder", actor.orgId()).setParameter("sha256", sha256)
                .setParameter("fileName", fileName).setParameter("by", actor.username())
                .setParameter("at", MarketClock.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return view(actor, find(actor.orgId(), sha256).orElseThrow(), true);
        }
        ResultImport imported = em.find(ResultImport.class, id);
        imported.resultIds = new java.util.ArrayList<>(drafts.draftAll(actor, requests));
        return view(actor, imported, false);
    }

    private Optional<ResultImport> find(String holder, String sha256) {
        return em.createQuery("from ResultImport where holderUscc = :holder and sha256 = :sha256", ResultImport.class)
                .setParameter("holder", holder).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    private ResultImportView view(Actor actor, ResultImport i, boolean already) {
        Map<UUID, String> titles = drafts.titles(actor, i.resultIds);
        return new ResultImportView(i.id, i.fileName, i.sha256, i.importedAt, already,
                i.resultIds.stream().map(id -> new ResultImportView.Imported(id, titles.get(id))).toList());
    }
}
