package gx.techmarket.bench.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The searches of the workload against the search index's endpoints ({@code GET /results/search} signed in,
 * {@code GET /public/results/search} as a visitor, half each), query {@code n} always the same for a seed: keywords
 * of 1 to 8 characters drawn from the generator's vocabulary (its industries' keywords, topics and methods, and the
 * results' code names), with and without facet filters, in other orders, browsing by facets alone, and the next page
 * of a search by its cursor. Every answer carries the facet counts of all its matches.
 */
final class SearchMix {

    /** A kind of search, its share of the mix (in 100ths) and what it asks. */
    enum Kind {
        SHORT(15, "a keyword of 1–2 characters drawn from a topic or an industry (锰, 铝, 制糖…)"),
        TOPIC(20, "a topic or an industry keyword of 2–6 characters (甘蔗渣, 赤泥, 铝加工…): 1/96 to 1/12 match"),
        LONG(10, "a topic and a method, 6–8 characters (赤泥资源化利用…)"),
        CODE_NAME(10, "a result's three-character code name: a handful match"),
        FILTERED(15, "a keyword with one or two facet filters (industry, city, maturity, price band, transfer mode)"),
        SORTED(5, "a keyword in another order: newest, price, price-desc"),
        BROWSE_FACETS(10, "no keyword: one or two facet filters, newest first"),
        BROWSE_ALL(5, "no keyword, no filter: the newest of the whole catalogue"),
        NEXT_PAGE(10, "the second page of a keyword search or a browse, by its cursor");

        final int weight;
        final String description;

        Kind(int weight, String description) {
            this.weight = weight;
            this.description = description;
        }

        /** The kinds the goal is about: keyword search with facets (browsing is measured apart). */
        boolean keyword() {
            return this != BROWSE_FACETS && this != BROWSE_ALL;
        }
    }

    /** The signed-in search and the public one; both answer the same page (the signed-in one with actions). */
    static final String SIGNED_IN = "/results/search";
    static final String PUBLIC = "/public/results/search";
    /** How many first pages the next-page searches follow (their cursors are fetched before the phases). */
    static final int FIRST_PAGES = 64;
    static final int PAGE_SIZE = 20;
    static final int MAX_KEYWORD = 8;

    /**
     * One search: its kind, the path ({@link #SIGNED_IN} or {@link #PUBLIC}) and query string; for
     * {@link Kind#NEXT_PAGE} the query string is the first page's and {@code firstPage} the index of that page among
     * {@link #firstPages()} (the workload adds its cursor), else -1.
     */
    record Query(Kind kind, String path, String queryString, int firstPage) {

        boolean signedIn() {
            return path.equals(SIGNED_IN);
        }
    }

    static final List<String> MATURITIES = List.of("RESEARCH", "LAB", "PILOT", "INDUSTRIAL");
    static final List<String> PRICE_BANDS = List.of("NEGOTIABLE", "BELOW_100K", "FROM_100K_TO_500K",
            "FROM_500K_TO_1M", "FROM_1M_TO_5M", "FROM_5M");
    static final List<String> MODES = List.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT", "JOINT_DEVELOPMENT");
    static final List<String> SORTS = List.of("newest", "price", "price-desc");

    private final long seed;
    private final ResultGenerator generator;
    private final int size;
    private final List<Query> firstPages;

    SearchMix(long seed, ResultGenerator generator, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("the catalogue needs at least one generated result: " + size);
        }
        this.seed = seed;
        this.generator = generator;
        this.size = size;
        List<Query> pages = new ArrayList<>();
        Kind[] followed = {Kind.TOPIC, Kind.SHORT, Kind.BROWSE_FACETS, Kind.BROWSE_ALL};
        for (int i = 0; i < FIRST_PAGES; i++) {
            pages.add(query(followed[i % followed.length], ResultGenerator.random(seed, 6, i)));
        }
        this.firstPages = List.copyOf(pages);
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

    /** The first pages whose second pages {@link Kind#NEXT_PAGE} asks for. */
    List<Query> firstPages() {
        return firstPages;
    }

    /** A query of one kind, drawn from {@code r}. */
    Query query(Kind kind, SplittableRandom r) {
        ResultGenerator.Industry industry = pick(r, ResultGenerator.INDUSTRIES);
        String path = r.nextBoolean() ? SIGNED_IN : PUBLIC;
        String page = "size=" + PAGE_SIZE;
        return switch (kind) {
            case SHORT -> new Query(kind, path, "q=" + enc(shortKeyword(r, industry)) + "&" + page, -1);
            case TOPIC -> new Query(kind, path, "q=" + enc(keyword(r, industry)) + "&" + page, -1);
            case LONG -> new Query(kind, path, "q=" + enc(longKeyword(r, industry)) + "&" + page, -1);
            case CODE_NAME -> new Query(kind, path, "q=" + enc(generator.codeName(r.nextInt(size))) + "&" + page, -1);
            case FILTERED -> new Query(kind, path, "q=" + enc(keyword(r, industry)) + "&" + filters(r, industry)
                    + "&" + page, -1);
            case SORTED -> new Query(kind, path, "q=" + enc(keyword(r, industry)) + "&sort=" + pick(r, SORTS)
                    + "&" + page, -1);
            case BROWSE_FACETS -> new Query(kind, path, filters(r, industry) + "&" + page, -1);
            case BROWSE_ALL -> new Query(kind, path, page, -1);
            case NEXT_PAGE -> {
                int i = r.nextInt(FIRST_PAGES);
                Query first = firstPages.get(i);
                yield new Query(kind, first.path(), first.queryString(), i);
            }
        };
    }

    /** One or two facet filters: the industry's own, or a city, a maturity, a price band or a transfer mode. */
    private static String filters(SplittableRandom r, ResultGenerator.Industry industry) {
        int count = 1 + r.nextInt(2);
        List<String> names = new ArrayList<>(List.of("industry", "city", "maturity", "priceBand", "transferMode"));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String name = names.remove(r.nextInt(names.size()));
            String value = switch (name) {
                case "industry" -> industry.code();
                case "city" -> pick(r, ResultGenerator.CITIES);
                case "maturity" -> pick(r, MATURITIES);
                case "priceBand" -> pick(r, PRICE_BANDS);
                default -> pick(r, MODES);
            };
            s.append(i == 0 ? "" : "&").append(name).append('=').append(value);
        }
        return s.toString();
    }

    /** A topic of the industry or, one time in four, its keyword. */
    static String keyword(SplittableRandom r, ResultGenerator.Industry industry) {
        return r.nextInt(4) == 0 ? industry.keyword() : pick(r, industry.topics());
    }

    /** One or two characters of a topic or of the industry's keyword, from any position. */
    static String shortKeyword(SplittableRandom r, ResultGenerator.Industry industry) {
        String word = keyword(r, industry);
        int length = Math.min(word.length(), 1 + r.nextInt(2));
        int from = r.nextInt(word.length() - length + 1);
        return word.substring(from, from + length);
    }

    /** A topic followed by a method, at most {@link #MAX_KEYWORD} characters (the topic alone when none fits). */
    static String longKeyword(SplittableRandom r, ResultGenerator.Industry industry) {
        String topic = pick(r, industry.topics());
        List<String> fitting = ResultGenerator.METHODS.stream()
                .filter(m -> topic.length() + m.length() <= MAX_KEYWORD).toList();
        return fitting.isEmpty() ? topic : topic + pick(r, fitting);
    }

    private static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
