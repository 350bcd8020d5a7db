package gx.techmarket.bench.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Generated 科技成果 for the search workload: result {@code i} of seed {@code s} is always the same (its id too), so
 * a run with 2,000 results and a later one with 100,000 share the first 2,000, and a second run with the same seed
 * adds nothing. Every result has its industry's keyword in the summary (the "common" queries match about 1/12 of the
 * catalogue), one of its industry's eight topics in the title (about 1/96), and a three-character code name
 * (8,000 of them: a handful of results each).
 */
final class ResultGenerator {

    /** Who created the rows: the service never writes this user, so the bench's rows can be told apart. */
    static final String CREATED_BY = "market-bench";
    /** Result {@code i} is published {@code i * 30 s} after this. */
    static final Instant PUBLISHED_FROM = Instant.parse("2026-06-01T00:00:00Z");

    /** An industry code as the services accept it, the keyword its results mention, and eight topics. */
    record Industry(String code, String keyword, List<String> topics) {}

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("SUGAR", "制糖", List.of("甘蔗渣", "糖蜜", "蔗汁澄清", "甘蔗收获", "糖厂废水", "蔗糖结晶", "甘蔗种苗", "滤泥")),
            new Industry("AUTOMOTIVE", "汽车", List.of("新能源车", "车身轻量化", "动力电池", "底盘悬架", "电驱动", "智能座舱", "发动机", "车联网")),
            new Industry("MACHINERY", "机械装备", List.of("工程机械", "液压系统", "数控机床", "装载机", "齿轮箱", "农机具", "焊接机器人", "轴承")),
            new Industry("ELECTRONICS", "电子信息", List.of("集成电路", "传感器", "北斗导航", "显示面板", "物联网", "大数据平台", "边缘计算", "光纤通信")),
            new Industry("BIOMEDICINE", "生物医药", List.of("中药材", "罗汉果", "壮瑶药", "疫苗", "诊断试剂", "抗体", "制剂工艺", "医疗器械")),
            new Industry("NEW_MATERIALS", "新材料", List.of("稀土", "石墨烯", "碳酸钙", "高分子", "复合材料", "锰系材料", "功能陶瓷", "防腐涂层")),
            new Industry("METALLURGY", "冶金", List.of("不锈钢", "铁合金", "炼钢", "烧结矿", "高炉", "连铸", "冶金渣", "轧钢")),
            new Industry("NONFERROUS_PROCESSING", "有色金属", List.of("锡冶炼", "锑制品", "铟提取", "锌冶炼", "铜箔", "稀贵金属回收", "尾矿", "湿法冶金")),
            new Industry("ALUMINIUM", "铝加工", List.of("赤泥", "氧化铝", "电解铝", "铝合金型材", "铝箔", "再生铝", "铝土矿", "预焙阳极")),
            new Industry("FOOD_PROCESSING", "食品加工", List.of("芒果", "螺蛳粉", "茶叶", "果汁", "冷链物流", "发酵食品", "六堡茶", "荔枝")),
            new Industry("WOOD_PROCESSING", "木材加工", List.of("人造板", "桉树", "胶合板", "家具", "松香", "竹材", "甲醛释放", "木材干燥")),
            new Industry("MODERN_AGRICULTURE", "现代农业", List.of("水稻", "柑橘", "桑蚕", "水产养殖", "土壤改良", "植保无人机", "沃柑", "生猪")));

    static final List<String> CITIES = List.of("450100", "450200", "450300", "450400", "450500", "450600", "450700",
            "450800", "450900", "451000", "451100", "451200", "451300", "451400");

    static final List<String> METHODS = List.of("高值化利用", "绿色制备", "智能监测", "节能改造", "综合回收",
            "在线检测", "清洁生产", "自动化控制", "低成本制备", "精深加工", "快速检测", "高效分离", "资源化利用", "数字化管理",
            "工艺优化", "质量控制", "装备研制", "标准化生产", "安全评价", "减排降耗");
    private static final List<String> OUTCOMES = List.of("生产成本降低", "能耗下降", "产品合格率提高", "废弃物排放减少",
            "生产效率提升", "使用寿命延长", "检测时间缩短", "原料利用率提高");
    private static final String CODE_A = "翠鸿瑞晟骏曜璟澜岚昊睿煜祺铂钰霖湃琨珂宸";
    private static final String CODE_B = "星川峰原禾穗舟航弘拓程衡驰远泰嘉润聚鼎岳";
    private static final String CODE_C = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";
    private static final List<String> MATURITIES = List.of("RESEARCH", "LAB", "PILOT", "INDUSTRIAL");
    private static final List<String> MODES = List.of("TRANSFER", "LICENSE", "EQUITY_INVESTMENT", "JOINT_DEVELOPMENT");
    private static final String[] KINDS = {"UNIVERSITY", "INSTITUTE", "ENTERPRISE"};
    private static final String[] KIND_NAMES = {"大学", "研究院", "科技有限公司"};
    /** Synthetic holders, none of them a demo user's organisation (their "mine" lists stay as they are). */
    static final int HOLDERS = 60;

    private static final Analyzer ANALYZER = new CJKAnalyzer();

    /** One generated result, as the row the catalogue would hold once it is published. */
    record GeneratedResult(UUID id, Holder holder, String title, String summary, String industry, String maturity,
            Integer trl, List<String> transferModes, BigDecimal askingPrice, List<String> patentNumbers,
            String regionCode, String codeName, String topic, Instant publishedAt) {

        boolean priceNegotiable() {
            return askingPrice == null;
        }
    }

    record Holder(String uscc, String name, String kind, String region) {}

    private final long seed;

    ResultGenerator(long seed) {
        this.seed = seed;
    }

    /** The random stream of item {@code i} of a stream {@code salt}: independent of every other item. */
    static SplittableRandom random(long seed, long salt, long i) {
        return new SplittableRandom(new SplittableRandom(seed ^ (salt * 0x9E3779B97F4A7C15L)).split().nextLong()
                + i * 0xBF58476D1CE4E5B9L);
    }

    UUID id(int i) {
        return UUID.nameUUIDFromBytes(("market-bench/catalogue/" + seed + "/" + i).getBytes(StandardCharsets.UTF_8));
    }

    Holder holder(int h) {
        String region = CITIES.get(h % CITIES.size());
        int kind = h % KINDS.length;
        String uscc = uscc((kind == 2 ? "91" : "12") + region + String.format("MBENCH%03d", h));
        return new Holder(uscc, String.format("【基准测试】桂%02d%s", h, KIND_NAMES[kind]), KINDS[kind], region);
    }

    GeneratedResult result(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("no result " + i);
        }
        SplittableRandom r = random(seed, 1, i);
        Holder holder = holder(r.nextInt(HOLDERS));
        Industry industry = INDUSTRIES.get(r.nextInt(INDUSTRIES.size()));
        String topic = industry.topics().get(r.nextInt(industry.topics().size()));
        String method = METHODS.get(r.nextInt(METHODS.size()));
        String code = codeName(i);
        String outcome = OUTCOMES.get(r.nextInt(OUTCOMES.size()));
        int percent = 5 + r.nextInt(40);
        String title = topic + method + "关键技术";
        String summary = "本成果属于" + industry.keyword() + "领域，由" + holder.name() + "完成。针对" + topic
                + "环节的工艺与装备问题，研制了" + code + "型系列装置，采用" + method + "技术路线，经示范应用，" + outcome
                + "约" + percent + "%。成果可在广西" + industry.keyword() + "企业推广应用，欢迎洽谈合作。";
        String maturity = MATURITIES.get(r.nextInt(MATURITIES.size()));
        Integer trl = r.nextInt(5) == 0 ? null : switch (maturity) {
            case "RESEARCH" -> 1 + r.nextInt(3);
            case "LAB" -> 4 + r.nextInt(2);
            case "PILOT" -> 6 + r.nextInt(2);
            default -> 8 + r.nextInt(2);
        };
        Set<String> modes = new LinkedHashSet<>();
        int modeCount = 1 + r.nextInt(3);
        while (modes.size() < modeCount) {
            modes.add(MODES.get(r.nextInt(MODES.size())));
        }
        // 60 % with an asking price (whole hundreds of 元, 50,000 to 5,000,000), 40 % 面议
        BigDecimal price = r.nextInt(5) < 3 ? BigDecimal.valueOf(500 + r.nextInt(49_501) * 100L).setScale(2) : null;
        List<String> patents = new ArrayList<>();
        int patentCount = r.nextInt(4);
        for (int p = 0; p < patentCount; p++) {
            int check = r.nextInt(11);
            patents.add(String.format("ZL%04d%08d.%s", 2015 + r.nextInt(11), r.nextInt(100_000_000),
                    check == 10 ? "X" : Integer.toString(check)));
        }
        String region = r.nextInt(4) == 0 ? CITIES.get(r.nextInt(CITIES.size())) : holder.region();
        return new GeneratedResult(id(i), holder, title, summary, industry.code(), maturity, trl, List.copyOf(modes),
                price, List.copyOf(patents), region, code, topic,
                PUBLISHED_FROM.plus(Duration.ofSeconds(30L * i)));
    }

    /** The three-character code name of result {@code i}: one of 8,000, drawn by the result's own stream. */
    String codeName(int i) {
        SplittableRandom r = random(seed, 2, i);
        return "" + CODE_A.charAt(r.nextInt(CODE_A.length())) + CODE_B.charAt(r.nextInt(CODE_B.length()))
                + CODE_C.charAt(r.nextInt(CODE_C.length()));
    }

    /**
     * The terms the catalogue writes into {@code search_vector} (its {@code ChineseText.lexemes}): Lucene's CJK
     * analyzer over the text, distinct terms in order, joined by spaces.
     */
    static String lexemes(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", terms);
    }

    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The first 17 characters of a 统一社会信用代码 with its check character (GB 32100-2015). */
    static String uscc(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("a USCC has 17 characters before its check: " + first17);
        }
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            int v = USCC_CHARS.indexOf(first17.charAt(k));
            if (v < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(k) + " in " + first17);
            }
            sum += v * USCC_WEIGHTS[k];
        }
        int check = (31 - sum % 31) % 31;
        return first17 + USCC_CHARS.charAt(check);
    }
}
