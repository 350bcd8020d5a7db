package gx.techmarket.matching.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.contracts.events.ListingKind;
import java.util.List;
import java.util.UUID;

/**
 * A published listing as the caller may take it up in 意向洽谈.
 *
 * @param listed         whether it is on the market now (not withdrawn, a demand not past its deadline)
 * @param openInterestId the caller's organisation's open conversation about it, if any
 * @param actions        {@code express} when the caller's organisation may express its interest now (verified, of a
 *                       kind that may, not the owner, no open conversation about it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListingInterestView(UUID listingId, ListingKind kind, String title, boolean listed,
        UUID openInterestId, List<String> actions) {

    /** What {@link #actions} offers for expressing an interest. */
    public static final String EXPRESS = "express";
}
