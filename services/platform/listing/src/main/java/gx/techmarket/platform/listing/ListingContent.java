package gx.techmarket.platform.listing;

/** What every listing's owner writes: a title, the industry and the region (sub-market) it is listed in. */
public interface ListingContent {

    String title();

    /** The title in English for the market's English readers (the China–ASEAN platform); {@code null} if none. */
    default String titleEn() {
        return null;
    }

    /** The summary in English; {@code null} if none. */
    default String summaryEn() {
        return null;
    }

    String industry();

    /** The Guangxi region whose operator reviews it. */
    String regionCode();
}
