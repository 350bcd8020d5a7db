package gx.techmarket.platform.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The in-process measurement of ADR 0030 (not a test: run by hand). Generates {@code N} results shaped like
 * deploy/bench's ResultGenerator (same industries, topics, methods and summary sentence), builds an index on disk,
 * then times searches single-threaded: keyword queries with facet counts, browsing by a facet, one-character queries,
 * and how long a new document takes to become findable.
 *
 * <pre>
 * ./mvnw -o -q test-compile -pl services/platform/search
 * ./mvnw -o -q dependency:build-classpath -pl services/platform/search -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp services/platform/search/target/test-classes:services/platform/search/target/classes:$(cat services/platform/search/target/cp.txt) \
 *   gx.techmarket.platform.search.SearchBench 1000000 target/bench-index
 * </pre>
 */
public final class SearchBench {

    static final String[][] INDUSTRIES = {
        {"SUGAR", "制糖", "甘蔗渣", "糖蜜", "蔗汁澄清", "甘蔗收获", "糖厂废水", "蔗糖结晶", "甘蔗种苗", "滤泥"},
        {"AUTOMOTIVE", "汽车", "新能源车", "车身轻量化", "动力电池", "底盘悬架", "电驱动", "智能座舱", "发动机", "车联网"},
        {"MACHINERY", "机械装备", "工程机械", "液压系统", "数控机床", "装载机", "齿轮箱", "农机具", "焊接机器人", "轴承"},
        {"ELECTRONICS", "电子信息", "集成电路", "传感器", "北斗导航", "显示面板", "物联网", "大数据平台", "边缘计算", "光纤通信"},
        {"BIOMEDICINE", "生物医药", "中药材", "罗汉果", "壮瑶药", "疫苗", "诊断试剂", "抗体", "制剂工艺", "医疗器械"},
        {"NEW_MATERIALS", "新材料", "稀土", "石墨烯", "碳酸钙", "高分子", "复合材料", "锰系材料", "功能陶瓷", "防腐涂层"},
        {"METALLURGY", "冶金", "不锈钢", "铁合金", "炼钢", "烧结矿", "高炉", "连铸", "冶金渣", "轧钢"},
        {"NONFERROUS_PROCESSING", "有色金属", "锡冶炼", "锑制品", "铟提取", "锌冶炼", "铜箔", "稀贵金属回收", "尾矿", "湿法冶金"},
        {"ALUMINIUM", "铝加工", "赤泥", "氧化铝", "电解铝", "铝合金型材", "铝箔", "再生铝", "铝土矿", "预焙阳极"},
        {"FOOD_PROCESSING", "食品加工", "芒果", "螺蛳粉", "茶叶", "果汁", "冷链物流", "发酵食品", "六堡茶", "荔枝"},
        {"WOOD_PROCESSING", "木材加工", "人造板", "桉树", "胶合板", "家具", "松香", "竹材", "甲醛释放", "木材干燥"},
        {"MODERN_AGRICULTURE", "现代农业", "水稻", "柑橘", "桑蚕", "水产养殖", "土壤改良", "植保无人机", "沃柑", "生猪"}};
    static final String[] METHODS = {"高值化利用", "绿色制备", "智能监测", "节能改造", "综合回收", "在线检测", "清洁生产",
        "自动化控制", "低成本制备", "精深加工", "快速检测", "高效分离", "资源化利用", "数字化管理", "工艺优化", "质量控制", "装备研制",
        "标准化生产", "安全评价", "减排降耗"};
    static final String[] OUTCOMES = {"生产成本降低", "能耗下降", "产品合格率提高", "废弃物排放减少", "生产效率提升", "使用寿命延长",
        "检测时间缩短", "原料利用率提高"};
    static final String CODE_A = "翠鸿瑞晟骏曜璟澜岚昊睿煜祺铂钰霖湃琨珂宸";
    static final String CODE_B = "星川峰原禾穗舟航弘拓程衡驰远泰嘉润聚鼎岳";
    static final String CODE_C = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
    static final String[] MATURITIES = {"RESEARCH", "LAB", "PILOT", "INDUSTRIAL"};
    static final String[] MODES = {"TRANSFER", "LICENSE", "EQUITY_INVESTMENT", "JOINT_DEVELOPMENT"};
    static final String[] CITIES = {"450100", "450200", "450300", "450400", "450500", "450600", "450700", "450800",
        "450900", "451000", "451100", "451200", "451300", "451400"};
    static final String[] BANDS = {"NEGOTIABLE", "LT_100K", "100K_500K", "500K_1M", "1M_5M", "GE_5M"};

    static SearchSchema schema() {
        Set<String> industries = new java.util.HashSet<>();
        for (String[] i : INDUSTRIES) {
            industries.add(i[0]);
        }
        return new SearchSchema(1,
                List.of(new SearchSchema.TextField("title", 3f, true), new SearchSchema.TextField("summary", 1f, true)),
                List.of(new SearchSchema.Facet("industry", false, industries::contains),
                        new SearchSchema.Facet("maturity", false, Set.of(MATURITIES)::contains),
                        new SearchSchema.Facet("trl", false, v -> v.matches("[1-9]")),
                        new SearchSchema.Facet("transferMode", true, Set.of(MODES)::contains),
                        new SearchSchema.Facet("city", false, Set.of(CITIES)::contains),
                        new SearchSchema.Facet("priceBand", false, Set.of(BANDS)::contains),
                        new SearchSchema.Facet("patents", false, Set.of("WITH", "WITHOUT")::contains),
                        new SearchSchema.Facet("holderKind", false, Set.of("UNIVERSITY", "INSTITUTE", "ENTERPRISE")::contains)),
                List.of("published", "price"));
    }

    static SearchDocument document(int i) {
        SplittableRandom r = new SplittableRandom(0x5EEDL * 31 + i);
        String[] industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
        String topic = industry[2 + r.nextInt(8)];
        String method = METHODS[r.nextInt(METHODS.length)];
        int code = r.nextInt(8000);
        String codeName = "" + CODE_A.charAt(code / 400) + CODE_B.charAt(code / 20 % 20) + CODE_C.charAt(code % 20);
        String title = topic + method + "关键技术";
        String summary = "本成果属于" + industry[1] + "领域，由桂" + r.nextInt(60) + "大学完成。针对" + topic
                + "环节的工艺与装备问题，研制了" + codeName + "型系列装置，采用" + method + "技术路线，经示范应用，"
                + OUTCOMES[r.nextInt(OUTCOMES.length)] + "约" + (5 + r.nextInt(40)) + "%。成果可在广西" + industry[1]
                + "企业推广应用，欢迎洽谈合作。";
        Long price = r.nextInt(5) < 3 ? (500 + r.nextInt(49_501)) * 100L * 100 : null;
        String band = price == null ? "NEGOTIABLE" : price < 100_000_00L ? "LT_100K" : price < 500_000_00L ? "100K_500K"
                : price < 1_000_000_00L ? "500K_1M" : price < 5_000_000_00L ? "1M_5M" : "GE_5M";
        Map<String, List<String>> facets = new HashMap<>();
        facets.put("industry", List.of(industry[0]));
        facets.put("maturity", List.of(MATURITIES[r.nextInt(4)]));
        facets.put("trl", List.of(Integer.toString(1 + r.nextInt(9))));
        facets.put("transferMode", List.of(MODES[r.nextInt(4)], MODES[r.nextInt(4)]));
        facets.put("city", List.of(CITIES[r.nextInt(CITIES.length)]));
        facets.put("priceBand", List.of(band));
        facets.put("patents", List.of(r.nextBoolean() ? "WITH" : "WITHOUT"));
        facets.put("holderKind", List.of(new String[] {"UNIVERSITY", "INSTITUTE", "ENTERPRISE"}[r.nextInt(3)]));
        Map<String, Long> numbers = new HashMap<>();
        numbers.put("published", 1_780_000_000_000L + i * 30_000L);
        if (price != null) {
            numbers.put("price", price);
        }
        return new SearchDocument("r" + i, Map.of("title", title, "summary", summary), facets, numbers);
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        System.out.printf("cores %d, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        try (LuceneSearchIndex index = new LuceneSearchIndex(schema(), Analysis.standard(), dir,
                SearchSort.by("published", true))) {
            if (index.needsRebuild()) {
                long t0 = System.nanoTime();
                index.replaceAll(new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < n;
                    }

                    @Override
                    public SearchDocument next() {
                        if (i % 100_000 == 0) {
                            System.out.printf("  indexed %,d after %.0f s%n", i, (System.nanoTime() - t0) / 1e9);
                        }
                        return document(i++);
                    }
                });
                System.out.printf("built %,d documents in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("index holds %,d documents%n", index.size());
            // results keep being published while the searches run: 20 a second (each refresh a new searcher
            // generation, so cached facet counts last at most REFRESH_INTERVAL_MS)
            Thread publisher = new Thread(() -> {
                for (int k = 0; !Thread.currentThread().isInterrupted(); k++) {
                    index.upsert(document(n + k % 1000));
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "publisher");
            publisher.setDaemon(true);
            publisher.start();
            String[] keywords = {"制糖", "甘蔗收获", "锰", "铝", "新能源汽车", "石墨烯", "糖厂废水", "数控机床", "六堡茶", "赤泥",
                "AI", "翠星甲", "检测", "北斗导航", "植保无人机", "冶金渣", "芒果", "低成本制备", "Q235", "罗汉果"};
            time(index, "keyword + facets (20 queries)", i -> req(keywords[i % keywords.length], Map.of()));
            time(index, "keyword + industry filter + facets", i -> req(keywords[i % keywords.length],
                    Map.of("industry", List.of(INDUSTRIES[i % 12][0]))));
            time(index, "browse: one facet filter + facets", i -> req(null,
                    Map.of("city", List.of(CITIES[i % CITIES.length]))));
            time(index, "browse: two facet filters + facets", i -> req(null,
                    Map.of("industry", List.of(INDUSTRIES[i % 12][0]), "priceBand", List.of(BANDS[i % 6]))));
            time(index, "browse: everything, newest first", i -> req(null, Map.of()));
            time(index, "broad one-character query 技 (every document)", i -> req(i % 2 == 0 ? "技" : "术", Map.of()));
            // freshness: a new document, searched for until found (no refresh() call: the background refresh)
            long worst = 0;
            for (int k = 0; k < 20; k++) {
                String marker = "钪钇" + k + "号";
                SearchDocument d = new SearchDocument("fresh" + k, Map.of("title", marker + "新成果", "summary", "新"),
                        Map.of("industry", List.of("SUGAR")), Map.of("published", 1L));
                long t0 = System.nanoTime();
                index.upsert(d);
                while (index.search(req(marker, Map.of())).hits().isEmpty()) {
                    Thread.sleep(5);
                }
                worst = Math.max(worst, System.nanoTime() - t0);
                index.delete("fresh" + k);
            }
            System.out.printf("new document findable after at most %.0f ms (20 tries)%n", worst / 1e6);
            publisher.interrupt();
        }
    }

    static SearchRequest req(String text, Map<String, List<String>> filters) {
        return new SearchRequest(text, filters, List.of(), null, null, 20);
    }

    interface Req {
        SearchRequest of(int i);
    }

    static void time(LuceneSearchIndex index, String what, Req req) {
        for (int i = 0; i < 50; i++) {
            index.search(req.of(i));
        }
        int runs = 200;
        long[] ns = new long[runs];
        long total = 0;
        boolean approx = false;
        for (int i = 0; i < runs; i++) {
            // a distinct search each time beyond the first 20: no facet cache hit from the warm-up
            long t0 = System.nanoTime();
            SearchPage page = index.search(req.of(i));
            ns[i] = System.nanoTime() - t0;
            total += page.total();
            approx |= !page.facetsExact();
        }
        Arrays.sort(ns);
        System.out.printf("%-48s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (mean total %d%s)%n", what,
                ns[runs / 2] / 1e6, ns[runs * 95 / 100] / 1e6, ns[runs * 99 / 100] / 1e6, ns[runs - 1] / 1e6,
                total / runs, approx ? ", facets sampled" : "");
    }

    private SearchBench() {}

}
