package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * 技术转移机构 performance: the registered contracts an agency intermediated (中介方).
 *
 * @param uscc             the agency's USCC
 * @param name             its name as the contracts named it
 * @param region           its region
 * @param regionLabel      the region's name
 * @param count            contracts
 * @param totalAmount      their 成交额 in 元
 * @param technologyAmount their 技术交易额 in 元
 */
public record BrokerRow(
        String uscc,
        String name,
        String region,
        String regionLabel,
        long count,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyAmount) {}
