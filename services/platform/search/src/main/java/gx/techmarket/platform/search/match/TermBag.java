package gx.techmarket.platform.search.match;

import gx.techmarket.platform.search.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A listing's text as a <em>bag of weighted terms</em>: a demand's problem is not a user's query (every word of it
 * required, or most of them), so its salient words are picked and OR-ed. Salient = frequent in the text (a title word
 * counts {@link #TITLE_TF} times) and rare on the other side: weight = (1 + ln tf) × idf, idf as BM25's in the other
 * side's index. Words added by the kernel's synonyms (糖厂 → 制糖) count {@link #SYNONYM_SHARE} of a word of the text
 * and are left out when the other side has none of them; a single Chinese character as a word (糖, 锰, but also 含)
 * counts {@link #SINGLE_SHARE}; pure numbers of up to four digits (8000 吨, 15 度) and the {@link #STOP} words of a
 * request or an offer (希望, 我公司, 欢迎洽谈) are no terms. The best {@link #MAX_WORDS} words, and the best
 * {@link #MAX_GRAMS} Chinese bigrams at {@link #GRAM_SHARE} of the weight (a word the segmenter cut otherwise: 甘蔗收获
 * in one, 收获机 in the other, still share 收获).
 *
 * <p>A term of the text the other side does not have at all stays in the bag with its (high) weight: it is not
 * searched for, but it counts in the bag's total, so {@link #coverage} says how much of what the text is about a
 * candidate holds, not how much of what happens to be on the other side.
 */
final class TermBag {

    static final int MAX_WORDS = 24;
    static final int MAX_GRAMS = 16;
    static final double TITLE_TF = 3;
    static final double SYNONYM_SHARE = 0.5;
    static final double GRAM_SHARE = 0.3;
    static final double SINGLE_SHARE = 0.5;
    /** A title term's clause over the title field, relative to its clause over all texts. */
    static final float TITLE_FIELD_BOOST = 0.5f;

    /** Words of a request or an offer that say nothing of its subject. */
    static final Set<String> STOP = Set.of("我", "我们", "公司", "我公司", "本厂", "本公司", "企业", "希望", "需要", "要求",
            "寻求", "引进", "提供", "技术", "方案", "问题", "项目", "目前", "现有", "进行", "以及", "能够", "可以", "实现", "相关",
            "合作", "开发", "研发", "成果", "欢迎", "有意", "意向", "洽谈", "转让", "许可", "使用", "已", "申请", "获得", "专利",
            "项", "万元", "元", "万", "及", "和", "与", "的", "在", "为", "并", "等", "对", "将", "从", "中", "上", "下");

    /** A term of the bag: the term, whether a word or a gram, its weight, and its count-based boost (1 + ln tf). */
    record Weighted(String term, Terms.Kind kind, double weight, float boost, boolean found) {}

    private final List<Weighted> terms;
    private final double total;

    private TermBag(List<Weighted> terms) {
        this.terms = List.copyOf(terms);
        this.total = terms.stream().mapToDouble(Weighted::weight).sum();
    }

    List<Weighted> terms() {
        return terms;
    }

    /** Whether no term of the bag is on the other side (nothing can match). */
    boolean isEmpty() {
        return terms.stream().noneMatch(Weighted::found);
    }

    /** The bag of {@code title} and {@code rest}, weighted by the other side's {@code reader}. */
    static TermBag of(Analysis analysis, String title, String rest, IndexReader reader) {
        return of(count(analysis, title, rest), reader);
    }

    /**
     * A text's terms counted, before they are weighted (a title word {@link #TITLE_TF} times): its own words, every
     * word with the synonyms' words, its grams. Kept per listing for its title, so weighting it again costs no analysis.
     */
    record Counts(Set<String> own, Map<String, Double> words, Map<String, Double> grams) {

        Counts {
            own = Set.copyOf(own);
            words = Map.copyOf(words);
            grams = Map.copyOf(grams);
        }
    }

    static Counts count(Analysis analysis, String title, String rest) {
        Set<String> own = new LinkedHashSet<>();
        Terms.counts(analysis.words(), title).keySet().forEach(own::add);
        Terms.counts(analysis.words(), rest).keySet().forEach(own::add);
        Map<String, Double> tf = new HashMap<>();
        Terms.counts(analysis.wordsWithSynonyms(), title).forEach((t, n) -> tf.merge(t, n * TITLE_TF, Double::sum));
        Terms.counts(analysis.wordsWithSynonyms(), rest).forEach((t, n) -> tf.merge(t, (double) n, Double::sum));
        Map<String, Double> gramTf = new HashMap<>();
        Terms.counts(analysis.grams(), title).forEach((t, n) -> gramTf.merge(t, n * TITLE_TF, Double::sum));
        Terms.counts(analysis.grams(), rest).forEach((t, n) -> gramTf.merge(t, (double) n, Double::sum));
        return new Counts(own, tf, gramTf);
    }

    /** The bag of counted terms, weighted by the other side's {@code reader}. */
    static TermBag of(Counts counts, IndexReader reader) {
        try {
            int docs = reader.numDocs();
            Set<String> own = counts.own();
            Map<String, Double> tf = counts.words();
            List<Weighted> words = new ArrayList<>();
            for (Map.Entry<String, Double> e : tf.entrySet()) {
                String t = e.getKey();
                if (!isTerm(t)) {
                    continue;
                }
                int df = reader.docFreq(new Term(SideIndex.ALL + Analysis.WORDS, t));
                if (df == 0 && !own.contains(t)) {
                    continue;
                }
                float boost = (float) ((1 + Math.log(e.getValue())) * (own.contains(t) ? 1 : SYNONYM_SHARE)
                        * (single(t) ? SINGLE_SHARE : 1));
                words.add(new Weighted(t, Terms.Kind.WORD, boost * idf(docs, df), boost, df > 0));
            }
            List<Weighted> grams = new ArrayList<>();
            for (Map.Entry<String, Double> e : counts.grams().entrySet()) {
                String t = e.getKey();
                if (!hanBigram(t) || tf.containsKey(t) || STOP.contains(t)) {
                    continue;
                }
                int df = reader.docFreq(new Term(SideIndex.ALL + Analysis.GRAMS, t));
                float boost = (float) ((1 + Math.log(e.getValue())) * GRAM_SHARE);
                grams.add(new Weighted(t, Terms.Kind.GRAM, boost * idf(docs, df), boost, df > 0));
            }
            Comparator<Weighted> heaviest = Comparator.comparingDouble(Weighted::weight).reversed()
                    .thenComparing(Weighted::term);
            List<Weighted> bag = new ArrayList<>(words.stream().sorted(heaviest).limit(MAX_WORDS).toList());
            bag.addAll(grams.stream().sorted(heaviest).limit(MAX_GRAMS).toList());
            return new TermBag(bag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BM25's idf. */
    static double idf(int docs, int df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    /** The OR of every term over all texts, and of every word over the title (at {@link #TITLE_FIELD_BOOST}). */
    Query query() {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Weighted w : terms) {
            if (!w.found()) {
                continue;
            }
            String suffix = w.kind() == Terms.Kind.WORD ? Analysis.WORDS : Analysis.GRAMS;
            q.add(new BoostQuery(new TermQuery(new Term(SideIndex.ALL + suffix, w.term())), w.boost()), Occur.SHOULD);
            if (w.kind() == Terms.Kind.WORD) {
                q.add(new BoostQuery(new TermQuery(new Term(SideIndex.TITLE + suffix, w.term())),
                        w.boost() * TITLE_FIELD_BOOST), Occur.SHOULD);
            }
        }
        return q.build();
    }

    /** The share (0–1) of the bag's weight that {@code terms} hold. */
    double coverage(TermSet other) {
        if (total == 0) {
            return 0;
        }
        double shared = 0;
        for (Weighted w : terms) {
            if (other.has(w.kind(), w.term())) {
                shared += w.weight();
            }
        }
        return shared / total;
    }

    /** The words of the bag {@code other} has, heaviest first. */
    List<Weighted> shared(TermSet other) {
        return terms.stream().filter(w -> other.has(w.kind(), w.term())).toList();
    }

    private static boolean isTerm(String t) {
        if (STOP.contains(t) || t.isBlank()) {
            return false;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return t.length() > 4;
        }
        return t.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** A single Chinese character as a word (糖, 锰, but also 含, 区): half the weight of a word. */
    private static boolean single(String t) {
        return t.codePointCount(0, t.length()) == 1
                && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean hanBigram(String t) {
        return t.codePointCount(0, t.length()) == 2
                && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
