package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * One key of a breakdown of registered contracts.
 *
 * @param key              the key ({@code 2026-03}, {@code 451000}, {@code TRANSFER_PATENT}, ...)
 * @param label            its Chinese name
 * @param labelEn          its English name
 * @param count            合同数
 * @param totalAmount      技术合同成交额 in 元; {@code null} where it is withheld from the public ({@link Disclosure})
 * @param technologyAmount 技术交易额 in 元; {@code null} likewise
 */
public record ContractRow(
        String key,
        String label,
        String labelEn,
        long count,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal technologyAmount) {}
