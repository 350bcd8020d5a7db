package gx.techmarket.portal.matching;

import gx.techmarket.portal.web.Actionable;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.UUID;

/** A result or demand as the user's organisation may take it up in 意向洽谈 ({@code express}). */
@TemplateData
public record ListingInterestView(UUID listingId, String kind, String title, boolean listed, UUID openInterestId,
        List<String> actions) implements Actionable {}
