package gx.techmarket.bench.relevance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gx.techmarket.bench.report.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@code relevance} part: every {@link Ranker} ranks every labelled query and every {@link Matcher} matches every
 * labelled demand of the part asked for ({@code --split tuning|heldout|heldout2|heldout3|heldout4|both}; the later query sets have no demands); the report gives mean recall@10 and
 * nDCG@10 per split, per query type and per query length, and precision@5 of the matching ({@link Metrics}).
 * Queries (and demands) without any relevant result are not averaged in: the report counts them apart and says
 * how many of them the engine answered with something. The parts tuned on (tuning, heldout2, heldout3) also list their
 * weakest queries (and every query's figures in the JSON); the held-out parts (heldout, heldout4) never show single queries
 * (nobody tunes on them). In this JVM, no market: seconds.
 */
public final class RelevanceBench {

    static final int K = 10;
    static final int MATCH_K = 5;

    /** The engines scored: today's baseline (the new engine joins this list). */
    static List<Supplier<Ranker>> rankers() {
        return List.of(BaselineRanker::new, EngineRanker::new);
    }

    static List<Supplier<Matcher>> matchers() {
        return List.of(BaselineMatcher::new, MarketMatcher::new);
    }

    /** One query's or demand's figures under one engine. */
    public record Score(String id, String kind, String text, int relevant, int returned, double recall, double ndcg) {

        boolean judgeable() {
            return relevant > 0;
        }
    }

    /** The mean figures of a group of scores (only those with relevant results), and the rest counted apart. */
    public record Summary(int items, int judgeable, double recall, double ndcg, int withoutRelevant,
            int withoutRelevantAnswered) {

        static Summary of(List<Score> scores) {
            List<Score> judged = scores.stream().filter(Score::judgeable).toList();
            List<Score> empty = scores.stream().filter(s -> !s.judgeable()).toList();
            return new Summary(scores.size(), judged.size(), Metrics.mean(judged.stream().map(Score::recall).toList()),
                    Metrics.mean(judged.stream().map(Score::ndcg).toList()), empty.size(),
                    (int) empty.stream().filter(s -> s.returned() > 0).count());
        }
    }

    private RelevanceBench() {}

    public static int run(String split, Section section) {
        List<ResultDoc> corpus = RelevanceSet.results();
        List<String> parts = split.equals("both") ? List.of("tuning", "heldout") : List.of(split);
        section.text(String.format(Locale.ROOT, """
                The labelled sets of `deploy/bench/src/main/resources/relevance` (how they were built and judged: \
                its README): %d results, %d queries (%d tuning, %d held out; %d in the second set and %d in the third, each tuned on since it was scored; %d in the fourth, held out), %d demands (%d tuning, %d held out). \
                Scored here: **%s**. recall@10 counts grade ≥ 2 over min(10, relevant); nDCG@10 gains 2^g − 1 \
                against the ideal order of every judgment; precision@5 counts fitting (grade ≥ 2) results over \
                min(5, fitting). Queries without any relevant result are counted apart, not averaged in.

                Engines: **baseline** = today's search (Lucene CJK bigrams of title and summary, every bigram \
                required, newest first, no relevance ranking: the catalogue's `ChineseText` and \
                `ResultRepository.searchPublished`); matcher **baseline** = what an enterprise can do today \
                without matching: the published results of its demand's industry, newest first; matcher \
                **market** = the market's matching (ADR 0032: `ListingMatcher` of platform/search, the demand's \
                salient terms against the results by BM25, re-ranked by text coverage both ways, industry, \
                maturity, price, region and transfer mode; only matches of score ≥ 40).""",
                corpus.size(), RelevanceSet.queries("all").size(), RelevanceSet.queries("tuning").size(),
                RelevanceSet.queries("heldout").size(), RelevanceSet.queries(RelevanceSet.HELDOUT2).size(),
                RelevanceSet.queries(RelevanceSet.HELDOUT3).size(), RelevanceSet.queries(RelevanceSet.HELDOUT4).size(),
                RelevanceSet.demands("all").size(),
                RelevanceSet.demands("tuning").size(), RelevanceSet.demands("heldout").size(),
                String.join(" and ", parts)));
        ObjectNode json = section.json();
        json.put("results", corpus.size());

        Section.Table search = section.table("engine", "split", "queries", "with relevant", "mean recall@10",
                "mean nDCG@10", "without relevant (answered with something)");
        Section.Table byType = section.table("engine", "split", "query type", "queries with relevant",
                "mean recall@10", "mean nDCG@10");
        Section.Table byLength = section.table("engine", "split", "query length", "queries with relevant",
                "mean recall@10", "mean nDCG@10");
        Section.Table matching = section.table("matcher", "split", "demands", "with fitting", "mean precision@5",
                "mean nDCG@10");
        List<String> weakest = new ArrayList<>();
        for (Supplier<Ranker> make : rankers()) {
            Ranker ranker = make.get();
            ranker.add(corpus);
            for (String part : parts) {
                List<Score> scores = scoreQueries(ranker, RelevanceSet.queries(part));
                Summary all = Summary.of(scores);
                search.row(ranker.name(), part, all.items(), all.judgeable(), fmt(all.recall()), fmt(all.ndcg()),
                        all.withoutRelevant() + " (" + all.withoutRelevantAnswered() + ")");
                ObjectNode node = json.with("search").with(ranker.name()).with(part);
                put(node, all);
                group(scores, Score::kind).forEach((type, group) -> {
                    Summary s = Summary.of(group);
                    byType.row(ranker.name(), part, type, s.judgeable(), fmt(s.recall()), fmt(s.ndcg()));
                    put(node.with("byType").with(type), s);
                });
                group(scores, s -> length(s.text())).forEach((length, group) -> {
                    Summary s = Summary.of(group);
                    byLength.row(ranker.name(), part, length, s.judgeable(), fmt(s.recall()), fmt(s.ndcg()));
                    put(node.with("byLength").with(length), s);
                });
                if (part.equals("tuning") || part.equals(RelevanceSet.HELDOUT2) || part.equals(RelevanceSet.HELDOUT3)) {
                    var perQuery = node.putArray("perQuery");
                    for (Score s : scores) {
                        ObjectNode q = perQuery.addObject();
                        q.put("id", s.id());
                        q.put("query", s.text());
                        q.put("type", s.kind());
                        q.put("relevant", s.relevant());
                        q.put("returned", s.returned());
                        Section.putNumber(q, "recallAt10", s.recall());
                        Section.putNumber(q, "ndcgAt10", s.ndcg());
                    }
                    scores.stream().filter(Score::judgeable)
                            .sorted(Comparator.comparingDouble(Score::ndcg).thenComparing(Score::id)).limit(15)
                            .forEach(s -> weakest.add(String.format(Locale.ROOT,
                                    "%s: `%s` %s (%s): recall %s, nDCG %s, %d relevant, %d returned", ranker.name(),
                                    s.id(), s.text(), s.kind(), fmt(s.recall()), fmt(s.ndcg()), s.relevant(),
                                    s.returned())));
                }
            }
        }
        for (Supplier<Matcher> make : matchers()) {
            Matcher matcher = make.get();
            matcher.add(corpus);
            for (String part : parts) {
                if (RelevanceSet.later(part)) {
                    continue;
                }
                List<Score> scores = scoreDemands(matcher, RelevanceSet.demands(part));
                Summary s = Summary.of(scores);
                matching.row(matcher.name(), part, s.items(), s.judgeable(), fmt(s.recall()), fmt(s.ndcg()));
                ObjectNode node = json.with("matching").with(matcher.name()).with(part);
                node.put("demands", s.items());
                node.put("withFitting", s.judgeable());
                Section.putNumber(node, "precisionAt5", s.recall());
                Section.putNumber(node, "ndcgAt10", s.ndcg());
            }
        }
        if (!weakest.isEmpty()) {
            section.text("The weakest queries of the parts tuned on (lowest nDCG@10):\n\n- " + String.join("\n- ", weakest));
        }
        return 0;
    }

    /** Every query ranked (the first {@value #K}) and scored. */
    public static List<Score> scoreQueries(Ranker ranker, List<RelevanceSet.Query> queries) {
        List<Score> scores = new ArrayList<>();
        for (RelevanceSet.Query q : queries) {
            Labelled judged = q.labelled();
            List<String> ranked = ranker.rank(q.text(), K);
            scores.add(new Score(q.id(), q.type(), q.text(), (int) judged.atLeast(Metrics.RELEVANT), ranked.size(),
                    Metrics.recallAt(K, ranked, judged), Metrics.ndcgAt(K, ranked, judged)));
        }
        return scores;
    }

    /** Every demand matched (the first {@value #K}); {@code recall} holds precision@5, {@code ndcg} nDCG@10. */
    public static List<Score> scoreDemands(Matcher matcher, List<RelevanceSet.Demand> demands) {
        List<Score> scores = new ArrayList<>();
        for (RelevanceSet.Demand d : demands) {
            Labelled judged = d.labelled();
            List<String> ranked = matcher.match(d.demand(), K);
            scores.add(new Score(d.id(), "demand", d.demand().title(), (int) judged.atLeast(Metrics.RELEVANT),
                    ranked.size(), Metrics.precisionAt(MATCH_K, ranked, judged), Metrics.ndcgAt(K, ranked, judged)));
        }
        return scores;
    }

    /** 1, 2, 3, 4 characters, or 5+ (code points, spaces not counted). */
    static String length(String query) {
        long n = query.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return n >= 5 ? "5+ characters" : n + (n == 1 ? " character" : " characters");
    }

    private static <K> Map<K, List<Score>> group(List<Score> scores, Function<Score, K> key) {
        Map<K, List<Score>> groups = new LinkedHashMap<>();
        scores.stream().sorted(Comparator.comparing(s -> String.valueOf(key.apply(s))))
                .forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return groups;
    }

    private static void put(ObjectNode node, Summary s) {
        node.put("queries", s.items());
        node.put("withRelevant", s.judgeable());
        Section.putNumber(node, "recallAt10", s.recall());
        Section.putNumber(node, "ndcgAt10", s.ndcg());
        node.put("withoutRelevant", s.withoutRelevant());
        node.put("withoutRelevantAnswered", s.withoutRelevantAnswered());
    }

    static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }
}
