package gx.techmarket.platform.search.match;

import gx.techmarket.platform.search.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One side of the matcher (the results, or the demands) in memory: an embedded Lucene index of each listing's text
 * with the search kernel's two analyses ({@link Analysis}: smartcn words and CJK unigrams and bigrams), fields
 * {@code title.w}/{@code title.g} (the title) and {@code _all.w}/{@code _all.g} (every text of the listing), ranked
 * by BM25, with term vectors (which words a candidate has, to say which two listings share); beside it each
 * listing's facts.
 * Thread-safe: Lucene's writer and searcher manager are; the facts are in a concurrent map, written before the index.
 *
 * @param <F> the facts of a listing of this side
 */
final class SideIndex<F> implements AutoCloseable {

    static final String ID = "_id";
    static final String TITLE = "title";
    static final String ALL = "_all";

    /** A listing of this side: its facts and the counted terms of its title (a result's: title and keywords). */
    record Entry<F>(F facts, TermBag.Counts title) {}

    /** A candidate found by the index: its entry, its BM25 score and its document (for its term vectors). */
    record Hit<F>(Entry<F> entry, float score, int doc) {}

    /** The text fields: analysed, not stored, with term vectors (which words a candidate has, without keeping them in
     *  the heap). */
    private static final FieldType TEXT = textWithVectors();

    private final Analysis analysis;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Entry<F>> entries = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    SideIndex(Analysis analysis) {
        this.analysis = analysis;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analysis.index()));
            searchers = new SearcherManager(writer, new SearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the listing {@code id}: its title, the rest of its text and its facts. */
    void put(String id, String title, String rest, F facts) {
        String all = title + "\n" + rest;
        Entry<F> entry = new Entry<>(facts, TermBag.count(analysis, title, ""));
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new Field(TITLE + Analysis.WORDS, title, TEXT));
        doc.add(new Field(TITLE + Analysis.GRAMS, title, TEXT));
        doc.add(new Field(ALL + Analysis.WORDS, all, TEXT));
        doc.add(new Field(ALL + Analysis.GRAMS, all, TEXT));
        entries.put(id, entry);
        try {
            writer.updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.set(true);
    }

    void remove(String id) {
        entries.remove(id);
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.set(true);
    }

    int size() {
        return entries.size();
    }

    Entry<F> entry(String id) {
        return entries.get(id);
    }

    /** The searcher of every change so far, to be released with {@link #release}. */
    IndexSearcher acquire() {
        try {
            if (changed.getAndSet(false)) {
                searchers.maybeRefreshBlocking();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best {@code n} listings for {@code query} by BM25 (those still in the map). */
    List<Hit<F>> search(IndexSearcher searcher, Query query, int n) {
        try {
            ScoreDoc[] docs = searcher.search(query, n).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<Hit<F>> hits = new ArrayList<>();
            for (ScoreDoc d : docs) {
                Entry<F> entry = entries.get(stored.document(d.doc, Set.of(ID)).get(ID));
                if (entry != null) {
                    hits.add(new Hit<>(entry, d.score, d.doc));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The term vectors of {@code searcher}'s documents (for this thread). */
    static TermVectors vectors(IndexSearcher searcher) {
        try {
            return searcher.getIndexReader().termVectors();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The terms of the title ({@link #TITLE}) or of all texts ({@link #ALL}) of a candidate, read once from its term
     * vectors (seeking in a term vector is a scan: reading it once is cheaper than a seek per term).
     */
    static TermSet terms(TermVectors vectors, int doc, String field) {
        try {
            Fields fields = vectors.get(doc);
            Set<String> words = read(fields, field + Analysis.WORDS);
            Set<String> grams = read(fields, field + Analysis.GRAMS);
            return (kind, term) -> kind == Terms.Kind.WORD ? words.contains(term) : grams.contains(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> read(Fields fields, String field) throws IOException {
        org.apache.lucene.index.Terms terms = fields == null ? null : fields.terms(field);
        if (terms == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            out.add(t.utf8ToString());
        }
        return out;
    }

    private static FieldType textWithVectors() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
