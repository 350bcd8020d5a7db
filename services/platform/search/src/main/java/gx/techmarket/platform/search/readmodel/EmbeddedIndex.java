package gx.techmarket.platform.search.readmodel;

import gx.techmarket.platform.search.Analysis;
import gx.techmarket.platform.search.LuceneSearchIndex;
import gx.techmarket.platform.search.SearchIndex;
import gx.techmarket.platform.search.SearchSchema;
import gx.techmarket.platform.search.SearchSort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * An instance's own search index (ADR 0030): an embedded Lucene index in a configured directory, or in a scratch
 * directory that lives as long as the instance (memory-mapped files, deleted when it stops: ADR 0034).
 */
public final class EmbeddedIndex {

    private static final Logger LOG = Logger.getLogger(EmbeddedIndex.class);

    private EmbeddedIndex() {}

    /**
     * The index of {@code schema} with the market's standard analysis, in {@code dir} (created if missing; a scratch
     * directory of the instance's own when it is empty or blank: tests, and the embedded default, which rebuilds the
     * index at every start).
     *
     * @param name what it holds, plural, for the log (e.g. {@code results})
     */
    public static SearchIndex open(String name, SearchSchema schema, SearchSort defaultSort, Optional<String> dir) {
        Path path = dir.filter(d -> !d.isBlank()).map(Path::of).orElse(null);
        try {
            if (path != null) {
                Files.createDirectories(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("search index of %s: %s", name, path == null ? "scratch files of this instance, rebuilt at every start" : path);
        return new LuceneSearchIndex(schema, Analysis.standard(), path, defaultSort);
    }
}
