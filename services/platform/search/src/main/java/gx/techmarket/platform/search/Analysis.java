package gx.techmarket.platform.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two analyses every text field is indexed with, and the query-time variant with synonyms.
 *
 * <ul>
 *   <li><b>words</b>: smartcn's HMM word segmentation (甘蔗收获 → 甘蔗, 收获), lower-cased; smartcn splits letters from
 *       digits (q235 → q, 235; 5g → 5, g; plc, led and 18650 stay whole), so a model number is kept whole only by
 *       the grams analysis, where a query requires it ({@code TextQuery}); full-width forms are folded to half-width
 *       first (ＰＬＣ → PLC); smartcn's punctuation stop set is dropped.</li>
 *   <li><b>grams</b>: StandardTokenizer, lower-case, every Han character as a unigram and every adjacent pair as a
 *       bigram (CJKBigramFilter with unigrams): a one-character query (锰) and a word the segmenter splits
 *       differently still match. Queries ask for bigrams only, and a unigram only where a character stands alone
 *       ({@link #queryGrams()}).</li>
 *   <li><b>words with synonyms</b> (queries only): words followed by a SynonymGraphFilter over {@code synonyms.txt}
 *       (Solr format, expanded both ways).</li>
 * </ul>
 */
public final class Analysis {

    /** The suffix of the words field of a text field ({@code title.w}). */
    public static final String WORDS = ".w";
    /** The suffix of the grams field of a text field ({@code title.g}). */
    public static final String GRAMS = ".g";
    /** The synonyms shipped with the kernel. */
    public static final String SYNONYMS_RESOURCE = "/gx/techmarket/platform/search/synonyms.txt";

    private static final CharArraySet PUNCTUATION = SmartChineseAnalyzer.getDefaultStopSet();

    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new StopFilter(stream, PUNCTUATION);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }
    };

    private final Analyzer grams = gramsAnalyzer(true);

    /**
     * Grams of a query: the bigrams of every run of Han (or kana, hangul) characters, and a character alone only where
     * it stands alone (锰; 锰 钢 gives both). The index keeps every unigram, so a lone character still finds it inside
     * any word; a longer query asks for its bigrams only, whose posting lists are short, instead of the unigrams of
     * common characters that are in most documents (技, 术, 的).
     */
    private final Analyzer queryGrams = gramsAnalyzer(false);

    /** StandardTokenizer, lower-case, Han (kana, hangul) bigrams, and every unigram too when {@code unigrams}. */
    private static Analyzer gramsAnalyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    private final SynonymMap synonyms;

    private final Analyzer wordsWithSynonyms;

    private final Analyzer index = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return fieldName.endsWith(GRAMS) ? grams : words;
        }
    };

    private Analysis(SynonymMap synonyms) {
        this.synonyms = synonyms;
        this.wordsWithSynonyms = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new StopFilter(stream, PUNCTUATION);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    /** The analyses with the kernel's own synonyms. */
    public static Analysis standard() {
        try (Reader reader = new InputStreamReader(Analysis.class.getResourceAsStream(SYNONYMS_RESOURCE),
                StandardCharsets.UTF_8)) {
            return withSynonyms(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analyses with synonyms in Solr format read from {@code solrSynonyms}. */
    public static Analysis withSynonyms(Reader solrSynonyms) {
        Analysis plain = new Analysis(new SynonymMap(null, null, 0));
        SolrSynonymParser parser = new SolrSynonymParser(true, true, plain.words);
        try {
            parser.parse(solrSynonyms);
            return new Analysis(parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonyms: " + e.getMessage() + " (line " + e.getErrorOffset() + ")", e);
        }
    }

    /** Words analysis (index and query without synonyms). */
    public Analyzer words() {
        return words;
    }

    /** Grams analysis. */
    public Analyzer grams() {
        return grams;
    }

    /** Grams of a query: bigrams, and unigrams only of characters that stand alone (query time only). */
    public Analyzer queryGrams() {
        return queryGrams;
    }

    /** Words analysis followed by the synonyms (query time only). */
    public Analyzer wordsWithSynonyms() {
        return wordsWithSynonyms;
    }

    /** The analyzer of an index writer: grams for fields ending in {@link #GRAMS}, words for every other. */
    public Analyzer index() {
        return index;
    }

    /** The distinct terms {@code analyzer} makes of {@code text}, in order of appearance. */
    public static List<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    SynonymMap synonymMap() {
        return synonyms;
    }
}
