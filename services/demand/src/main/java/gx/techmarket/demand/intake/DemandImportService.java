package gx.techmarket.demand.intake;

import gx.techmarket.demand.listing.DemandDrafts;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.security.Actor;
import gx.techmarket.platform.spreadsheet.OnceImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bulk import of demands: the template, and a file checked row by row with the form's rules, imported all or
 * nothing as drafts of the caller's organisation, once per file (SHA-256 per organisation; the platform's
 * {@link OnceImports}).
 */
@ApplicationScoped
class DemandImportService {

    private final DemandDrafts drafts;
    private final Validator validator;
    private final OnceImports<DemandImport> imports;
    private final Clock clock;

    DemandImportService(DemandDrafts drafts, Validator validator, EntityManager em, Clock clock) {
        this.drafts = drafts;
        this.validator = validator;
        this.imports = new OnceImports<>(em, new OnceImports.Table<>(DemandImport.class, "demand_import",
                "demander_uscc", "demand_ids"), DemandSheet.TEMPLATE);
        this.clock = clock;
    }

    byte[] template() {
        return imports.template();
    }

    @Transactional
    DemandImportView importFile(Actor actor, Path file, String fileName, long size, Locale locale) {
        var imported = imports.importFile(new OnceImports.Importer(actor.orgId(), actor.username()), file, fileName,
                size, locale, new DemandRows(validator, drafts::check)::requests,
                requests -> drafts.draftAll(actor, requests), MarketClock.now(clock));
        DemandImport i = imported.record();
        Map<UUID, String> titles = drafts.titles(actor, i.itemIds());
        return new DemandImportView(i.id(), i.fileName(), i.sha256(), i.importedAt(), imported.already(),
                i.itemIds().stream().map(id -> new DemandImportView.Imported(id, titles.get(id))).toList());
    }
}
