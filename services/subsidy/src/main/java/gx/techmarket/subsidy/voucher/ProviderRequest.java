package gx.techmarket.subsidy.voucher;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The 创新券服务机构 the holder buys its service from, by its USCC (its facts come from the directory). */
public record ProviderRequest(
        @NotNull @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}") String providerUscc) {}
