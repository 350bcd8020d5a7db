package gx.techmarket.matching.match;

import com.fasterxml.jackson.annotation.JsonInclude;
import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.OrgKind;
import java.util.List;
import java.util.UUID;

/**
 * A suggested listing of the other side, as the caller sees it.
 *
 * @param rank           1 = best in the listing's list
 * @param score          0 to 100
 * @param reasons        why it fits, strongest first, in plain language
 * @param openInterestId the caller's organisation's open 意向洽谈 about the suggested listing, if any
 * @param actions        {@code expressInterest} when the caller's organisation may start 意向洽谈 on it now
 *                       ({@code POST /interests} with its id)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuggestionView(UUID listingId, ListingKind kind, String title, String regionCode, String ownerName,
        OrgKind ownerKind, int rank, int score, List<Reason> reasons, UUID openInterestId, List<String> actions) {

    /** What {@link #actions} offers: start 意向洽谈 on the suggested listing. */
    public static final String EXPRESS_INTEREST = "expressInterest";

    /** A reason: its code, the words both share (may be empty), and the sentence in zh-CN and en. */
    public record Reason(String code, List<String> terms, String zh, String en) {}
}
