package gx.techmarket.bench.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The searches of the workload, query {@code n} always the same for a seed: a mix of five kinds, weighted as a
 * catalogue page is used (a keyword of a whole industry most often, browsing and rare names less).
 */
final class SearchMix {

    /** A kind of search, its share of the mix (in 100ths) and what it asks. */
    enum Kind {
        COMMON(30, "an industry keyword (制糖, 铝加工…): about 1/12 of the catalogue matches"),
        TOPIC(25, "a topic (甘蔗渣, 赤泥…): about 1/96 matches"),
        CODE_NAME(15, "a result's three-character code name: a handful match"),
        FILTERED(15, "an industry keyword with its industry and one city as filters: about 1/170 matches"),
        BROWSE(15, "no keyword, no filter: the newest published results");

        final int weight;
        final String description;

        Kind(int weight, String description) {
            this.weight = weight;
            this.description = description;
        }
    }

    /** One search: its kind and the query string of {@code GET /results}. */
    record Query(Kind kind, String queryString) {}

    private final long seed;
    private final ResultGenerator generator;
    private final int size;

    SearchMix(long seed, ResultGenerator generator, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("the catalogue needs at least one generated result: " + size);
        }
        this.seed = seed;
        this.generator = generator;
        this.size = size;
    }

    Query query(long n) {
        SplittableRandom r = ResultGenerator.random(seed, 3, n);
        int roll = r.nextInt(100);
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (roll < k.weight) {
                kind = k;
                break;
            }
            roll -= k.weight;
        }
        return query(kind, r);
    }

    /** A query of one kind, drawn from {@code r}. */
    Query query(Kind kind, SplittableRandom r) {
        List<ResultGenerator.Industry> industries = ResultGenerator.INDUSTRIES;
        ResultGenerator.Industry industry = industries.get(r.nextInt(industries.size()));
        String page = "&page=0&size=20";
        return switch (kind) {
            case COMMON -> new Query(kind, "q=" + enc(industry.keyword()) + page);
            case TOPIC -> new Query(kind,
                    "q=" + enc(industry.topics().get(r.nextInt(industry.topics().size()))) + page);
            case CODE_NAME -> new Query(kind, "q=" + enc(generator.codeName(r.nextInt(size))) + page);
            case FILTERED -> new Query(kind, "q=" + enc(industry.keyword()) + "&industry=" + industry.code()
                    + "&region=" + ResultGenerator.CITIES.get(r.nextInt(ResultGenerator.CITIES.size())) + page);
            case BROWSE -> new Query(kind, page.substring(1));
        };
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
