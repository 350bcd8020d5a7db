package gx.techmarket.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * 意向已表达: an organisation expressed its interest in a published result or demand; a conversation (意向洽谈)
 * between it and the listing's owner is open. Carries ids and the parties only, never the message.
 *
 * @param interestId    the conversation
 * @param listingKind   a result or a demand
 * @param listingId     the result's or demand's id
 * @param listingRegion the listing's GB/T 2260 region (its sub-market)
 * @param owner         the holder of the result or the demander
 * @param interested    the organisation that expressed its interest
 * @param expressedAt   when
 */
@EventContract(type = "matching.InterestExpressed.v1", topic = "matching.interests.v1", aggregateType = "Interest")
public record InterestExpressed(UUID interestId, ListingKind listingKind, UUID listingId, String listingRegion,
        Party owner, Party interested, Instant expressedAt) implements DomainEvent {

    public InterestExpressed {
        Require.present(interestId, "interestId");
        Require.present(listingKind, "listingKind");
        Require.present(listingId, "listingId");
        Require.matches(listingRegion, Codes.REGION_CODE, "listingRegion");
        Require.present(owner, "owner");
        Require.present(interested, "interested");
        Require.present(expressedAt, "expressedAt");
    }

    @Override
    public String aggregateId() {
        return interestId.toString();
    }
}
