package gx.techmarket.portal.voucher;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;

/** A 创新券服务机构 a holder may choose, anywhere in Guangxi. */
@TemplateData
public record ProviderView(String uscc, String name, String region, String qualificationNumber, LocalDate validTo) {}
