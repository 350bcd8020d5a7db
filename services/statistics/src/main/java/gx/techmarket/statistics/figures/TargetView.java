package gx.techmarket.statistics.figures;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A sub-market's year against its target (目标): 技术合同成交额 of the contracts sold from it (输出) that year.
 *
 * @param region   the sub-market ({@code 450000}: the province)
 * @param label    its name
 * @param labelEn  its English name
 * @param year     the year
 * @param target   the target in 元; {@code null} when none was set
 * @param achieved 技术合同成交额 registered so far that year, in 元
 * @param progress achieved ÷ target, four decimals ({@code 0.4250} is 42.5 %); {@code null} without a target
 * @param source   where the target comes from (the policy document, or who set it)
 * @param actions  what the caller may do: {@code set} (PUT /statistics/targets/{region}/{year}) for the province's
 *                 operators
 */
public record TargetView(
        String region,
        String label,
        String labelEn,
        int year,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal target,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal achieved,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal progress,
        String source,
        java.util.List<String> actions) {}
