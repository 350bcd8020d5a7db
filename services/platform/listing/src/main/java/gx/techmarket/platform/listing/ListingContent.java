package gx.techmarket.platform.listing;

/** What every listing's owner writes: a title, the industry and the region (sub-market) it is listed in. */
public interface ListingContent {

    String title();

    String industry();

    /** The Guangxi region whose operator reviews it. */
    String regionCode();
}
