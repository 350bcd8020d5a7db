package gx.techmarket.portal.catalogue;

import gx.techmarket.portal.web.Amounts;
import gx.techmarket.portal.listing.ListingForm;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The result form as typed: kept as text, so a refused form comes back exactly as the user left it. */
@TemplateData
public class ResultForm extends ListingForm<ResultRequest> {

    @RestForm
    @NotBlank
    @Size(max = 5000)
    public String summary;

    @RestForm
    @NotBlank
    public String industry;

    @RestForm
    @NotBlank
    public String maturity;

    @RestForm
    @Pattern(regexp = "[1-9]?")
    public String trl;

    @RestForm
    @NotEmpty
    public List<String> transferModes = new ArrayList<>();

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String askingPrice;

    @RestForm
    public String priceNegotiable;

    /** 知识产权, one per line: 编号 类型 状态 名称 (the import sheet's format). */
    @RestForm
    @Size(max = 10000)
    public String patents;

    /** 联系人, one per line: 姓名 电话 邮箱 公开范围. */
    @RestForm
    @Size(max = 2000)
    public String contacts;

    /** 关键词, separated by commas, 、, ； or spaces (the API refuses more than 10, over 30 characters or twice the same). */
    @RestForm
    @Size(max = 400)
    public String keywords;

    /** The title in English (optional, for the market's English readers). */
    @RestForm
    @Size(max = 200)
    public String titleEn;

    /** The summary in English (optional). */
    @RestForm
    @Size(max = 2000)
    public String summaryEn;

    /** 完成人 in order, one per line: 姓名（单位）. */
    @RestForm
    @Size(max = 10000)
    public String inventors;

    public boolean negotiable() {
        return "true".equals(priceNegotiable) || "on".equals(priceNegotiable);
    }

    public boolean offers(String mode) {
        return transferModes != null && transferModes.contains(mode);
    }

    static ResultForm of(ResultView r) {
        ResultForm form = new ResultForm();
        form.title = r.title();
        form.summary = r.summary();
        form.industry = r.industry();
        form.maturity = r.maturity();
        form.trl = r.trl() == null ? "" : r.trl().toString();
        form.transferModes = new ArrayList<>(r.transferModes());
        form.askingPrice = Amounts.input(r.askingPrice());
        form.priceNegotiable = r.priceNegotiable() ? "true" : null;
        form.patents = ResultLines.patentLines(r.patents());
        form.contacts = ResultLines.contactLines(r.contacts());
        form.inventors = ResultLines.inventorLines(r.inventors());
        form.keywords = String.join("，", r.keywords());
        form.titleEn = r.titleEn();
        form.summaryEn = r.summaryEn();
        form.regionCode = r.regionCode();
        return form;
    }

    @Override
    public ResultRequest toRequest() {
        return new ResultRequest(title.strip(), summary.strip(), industry, maturity,
                trl == null || trl.isBlank() ? null : Integer.valueOf(trl),
                transferModes == null ? List.of() : List.copyOf(transferModes),
                // a price typed together with 面议 is sent as typed: the portal's check refuses it first, and the API would
                // too (PRICE_WITH_NEGOTIABLE); it is never silently dropped
                Amounts.parse(askingPrice), negotiable(), ResultLines.patents(patents),
                ResultLines.contacts(contacts), ResultLines.inventors(inventors), regionCode,
                ResultLines.keywords(keywords), optional(titleEn), optional(summaryEn));
    }

    /** A blank optional text is sent as none. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
