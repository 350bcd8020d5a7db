package gx.techmarket.portal.listing;

import gx.techmarket.portal.web.Actionable;
import gx.techmarket.portal.web.Party;
import java.util.UUID;

/**
 * A listing as its service answers it: a 科技成果 or a 技术需求, owned by one organisation, drafted, submitted for
 * review by the operator of its region, published, then taken off the market.
 */
public interface ListingView extends Actionable {

    UUID id();

    String title();

    String status();

    String regionCode();

    /** The organisation that owns the listing (the result's holder, the demand's demander). */
    Party owner();
}
