package gx.techmarket.matching.match;

import gx.techmarket.contracts.events.ListingKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One suggestion: the listing {@code matchedId} (of the other side) fits {@code listingId}, with its score, rank in
 * the listing's list and reasons. Only {@link MatchFlow} writes it.
 */
@Entity
@Table(name = "match_suggestion")
class MatchSuggestion {

    @Embeddable
    static class Key implements Serializable {

        @Column(name = "listing_id", nullable = false)
        UUID listingId;

        @Column(name = "matched_id", nullable = false)
        UUID matchedId;

        protected Key() {
            // for Hibernate
        }

        Key(UUID listingId, UUID matchedId) {
            this.listingId = listingId;
            this.matchedId = matchedId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.listingId.equals(listingId) && k.matchedId.equals(matchedId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listingId, matchedId);
        }
    }

    @EmbeddedId
    Key key;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_kind", nullable = false, length = 10)
    ListingKind listingKind;

    @Column(nullable = false)
    int score;

    @Column(nullable = false)
    int rank;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    List<StoredReason> reasons = new ArrayList<>();

    @Column(name = "computed_at", nullable = false)
    Instant computedAt;

    protected MatchSuggestion() {
        // for Hibernate
    }

    MatchSuggestion(UUID listingId, ListingKind listingKind, UUID matchedId) {
        this.key = new Key(listingId, matchedId);
        this.listingKind = listingKind;
    }

    UUID listingId() {
        return key.listingId;
    }

    UUID matchedId() {
        return key.matchedId;
    }

    void set(int score, List<StoredReason> reasons, Instant computedAt) {
        this.score = score;
        this.reasons = new ArrayList<>(reasons);
        this.computedAt = computedAt;
    }
}
