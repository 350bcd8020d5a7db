package gx.techmarket.subsidy.voucher;

import java.time.LocalDate;

/**
 * A 创新券服务机构 a holder may choose: verified in the directory, with a valid INNOVATION_VOUCHER_PROVIDER
 * qualification today, anywhere in Guangxi.
 *
 * @param region          GB/T 2260 region (its city is the first four digits)
 * @param qualificationNumber the qualification's number
 * @param validTo         its last valid day, null when open-ended
 */
public record ProviderView(String uscc, String name, String region, String qualificationNumber, LocalDate validTo) {}
