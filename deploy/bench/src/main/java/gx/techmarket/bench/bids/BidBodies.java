package gx.techmarket.bench.bids;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * The body of bid {@code seq} of phase {@code phase}: price (元, two decimals), plan and duration drawn from the
 * run's seed, the same for the same (seed, phase, seq) whatever thread sends it.
 */
final class BidBodies {

    private static final String[] PLANS = {
        "联合攻关：高校团队负责机理研究与中试验证，企业提供生产线与工艺数据，分三个里程碑交付。",
        "以现有专利技术为基础进行二次开发，六个月完成样机，十二个月完成产线改造与验收。",
        "组建产学研联合体，设立驻厂工程师，按月提交进度报告，关键指标由第三方检测。",
        "采用数字化仿真与在线监测相结合的方案，先小试后中试，成果归属按协议约定。",
    };

    private final long seed;

    BidBodies(long seed) {
        this.seed = seed;
    }

    String json(int phase, long seq) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + phase * 0x9E3779B97F4A7C15L + seq);
        // 50,000.00 .. 5,000,000.00 元, in fen
        BigDecimal price = BigDecimal.valueOf(random.nextLong(5_000_000L, 500_000_000L)).movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY);
        int months = random.nextInt(6, 37);
        String plan = PLANS[random.nextInt(PLANS.length)];
        return "{\"price\":\"" + price.toPlainString() + "\",\"planSummary\":\"" + plan + "（基准测试 " + phase + "-"
                + seq + "）\",\"durationMonths\":" + months
                + ",\"team\":[{\"name\":\"李明\",\"title\":\"教授\",\"role\":\"项目负责人\"}]}";
    }
}
