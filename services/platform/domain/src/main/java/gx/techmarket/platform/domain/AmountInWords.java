package gx.techmarket.platform.domain;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * 人民币大写金额, as the 《支付结算办法》 (中国人民银行) writes an amount on a financial document, so a confirmation of
 * an irreversible step reads the amount the way its users check it on paper: {@code 880050.50} →
 * 捌拾捌万零伍拾元伍角.
 * <ul>
 * <li>壹拾 is written out (壹拾万元, never 拾万元): a leading 拾 could be preceded by a forged digit.</li>
 * <li>One 零 for any run of zeros between non-zero digits, across 万 and 亿 too (壹亿零壹仟元, 壹万零伍佰元); none for
 * trailing zeros (伍拾万元).</li>
 * <li>整 after 元 when there are no 角 and 分 (壹佰元整); none after 角 or 分 (伍拾元伍角).</li>
 * <li>元 then 零 when 角 is zero and 分 is not (叁佰贰拾伍元零肆分); no 零 after 元 when the 元 digit alone is zero
 * (捌拾捌万零伍拾元伍角), the form the rules allow either way and the brief's example uses.</li>
 * <li>Below one 元 only 角 and 分 (伍角, 伍分); nothing at all is 零元整.</li>
 * </ul>
 * Up to 9999万亿 元 with at most two decimals (finer amounts do not exist in 元); anything else is refused. Used by
 * the portal's confirmations and by the subsidy service's payment files, so both write an amount the same way.
 */
public final class AmountInWords {

    private static final char[] DIGITS = "零壹贰叁肆伍陆柒捌玖".toCharArray();
    private static final String[] IN_SECTION = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "万", "亿", "万"};
    private static final BigInteger LIMIT = BigInteger.TEN.pow(16);

    private AmountInWords() {}

    /**
     * @throws IllegalArgumentException for a negative amount, more than two decimals, or 1亿亿 元 and more
     */
    public static String of(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount in words cannot be negative: " + amount);
        }
        BigDecimal fen = amount.movePointRight(2).stripTrailingZeros();
        if (fen.scale() > 0) {
            throw new IllegalArgumentException("an amount in 元 has at most two decimals: " + amount);
        }
        BigInteger[] yuanAndRest = fen.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(100));
        BigInteger yuan = yuanAndRest[0];
        if (yuan.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("too large for 大写 (up to 9999万亿 元): " + amount);
        }
        int jiao = yuanAndRest[1].intValue() / 10;
        int cents = yuanAndRest[1].intValue() % 10;
        StringBuilder words = new StringBuilder(integer(yuan.longValueExact()));
        if (words.length() > 0) {
            words.append('元');
            if (jiao == 0 && cents == 0) {
                return words.append('整').toString();
            }
            if (jiao == 0) {
                words.append('零');
            }
        } else if (jiao == 0 && cents == 0) {
            return "零元整";
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        }
        if (cents > 0) {
            words.append(DIGITS[cents]).append('分');
        }
        return words.toString();
    }

    /** The whole 元: four-digit sections (个, 万, 亿, 万亿) from the highest, one 零 per run of zeros. */
    private static String integer(long yuan) {
        int[] sections = {(int) (yuan % 10_000), (int) (yuan / 10_000 % 10_000),
                (int) (yuan / 100_000_000 % 10_000), (int) (yuan / 1_000_000_000_000L % 10_000)};
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int s = 3; s >= 0; s--) {
            int section = sections[s];
            if (section == 0) {
                zeroPending |= words.length() > 0;
                continue;
            }
            for (int place = 3; place >= 0; place--) {
                int digit = section / (int) Math.pow(10, place) % 10;
                if (digit == 0) {
                    zeroPending |= words.length() > 0;
                    continue;
                }
                if (zeroPending) {
                    words.append('零');
                    zeroPending = false;
                }
                words.append(DIGITS[digit]).append(IN_SECTION[place]);
            }
            words.append(SECTIONS[s]);
            // 壹万亿: the 万亿 section needs its 亿 when the 亿 section itself says nothing
            if (s == 3 && sections[2] == 0) {
                words.append('亿');
            }
        }
        return words.toString();
    }
}
