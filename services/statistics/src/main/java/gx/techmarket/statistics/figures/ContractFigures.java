package gx.techmarket.statistics.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Registered contracts broken down by one dimension.
 *
 * @param dimension the breakdown ({@code by})
 * @param flow      whose region counts: {@code OUTPUT} (输出, the seller's) or {@code ABSORPTION} (吸纳, the buyer's)
 * @param from      first day covered
 * @param to        last day covered
 * @param region    the sub-market covered ({@code 450000}: the province, every contract)
 * @param regionLabel its name
 * @param rows      one per key, in key order
 * @param total     all of them
 */
public record ContractFigures(String dimension, Flow flow, LocalDate from, LocalDate to, String region,
        String regionLabel, List<ContractRow> rows, ContractRow total) {

    static final BigDecimal ZERO = new BigDecimal("0.00");
}
