package gx.techmarket.bidding.challenge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** 元 with fen: amounts are kept and shown with exactly two decimals (validation already refused finer ones). */
final class Money {

    private Money() {}

    static BigDecimal fen(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
