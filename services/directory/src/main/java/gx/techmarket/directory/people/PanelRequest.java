package gx.techmarket.directory.people;

import gx.techmarket.platform.security.UsccCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 抽取专家: a panel for {@code purpose} about {@code subjectId} (the registry's contract, bidding's challenge), of
 * {@code size} experts of {@code field}, none affiliated with any of {@code parties}; {@code seed} makes the draw
 * reproducible (absent: the directory picks one and records it). The seed is at most 2^53 − 1 so that a browser
 * reads it back exactly.
 */
public record PanelRequest(
        @NotNull PanelPurpose purpose,
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}") String subjectId,
        @NotNull @Pattern(regexp = BrokerRequest.INDUSTRY) String field,
        @NotNull @Min(1) @Max(25) Integer size,
        @NotNull @Size(max = 20) List<@NotNull @UsccCode String> parties,
        @Min(0) @Max(PanelRequest.MAX_SEED) Long seed) {

    static final long MAX_SEED = 9_007_199_254_740_991L;
}
