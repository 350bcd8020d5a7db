package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * 技术经理人 performance (the broker performance record): the registered contracts a broker drafted, under the agency
 * that intermediated them.
 *
 * @param account           the broker's market account (the identity provider's subject) the registration names
 * @param name              the 技术经理人's name as the directory has it; {@code null} when the directory links no
 *                          broker to the account
 * @param certificateNumber 证书编号, {@code null} when none
 * @param agencyUscc        the agency (中介方) of the contracts
 * @param agencyName        its name as the contracts named it
 * @param region            the agency's region
 * @param regionLabel       the region's name
 * @param count             contracts
 * @param totalAmount       their 成交额 in 元
 * @param technologyAmount  their 技术交易额 in 元
 */
public record BrokerPersonRow(
        String account,
        String name,
        String certificateNumber,
        String agencyUscc,
        String agencyName,
        String region,
        String regionLabel,
        long count,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyAmount) {}
