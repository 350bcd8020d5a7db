package gx.techmarket.catalogue.result;

import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Patent;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.listing.ListingContent;
import java.math.BigDecimal;
import java.util.List;

/** What the holder writes about a result, already validated at the edge; {@code keywords} are its 关键词. */
record ResultContent(String title, String summary, String industry, Maturity maturity, Integer trl,
        List<TransferMode> transferModes, BigDecimal askingPrice, boolean priceNegotiable, List<Patent> patents,
        List<Contact> contacts, List<Inventor> inventors, String regionCode, List<String> keywords, String titleEn,
        String summaryEn) implements ListingContent {

    /** Without an English title and summary. */
    ResultContent(String title, String summary, String industry, Maturity maturity, Integer trl,
            List<TransferMode> transferModes, BigDecimal askingPrice, boolean priceNegotiable, List<Patent> patents,
            List<Contact> contacts, List<Inventor> inventors, String regionCode, List<String> keywords) {
        this(title, summary, industry, maturity, trl, transferModes, askingPrice, priceNegotiable, patents, contacts,
                inventors, regionCode, keywords, null, null);
    }
}
