package gx.techmarket.matching.interest;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.matching.listing.KnownListing;
import gx.techmarket.platform.domain.OrgSnapshot;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * 意向洽谈: a conversation about one published listing between its owner and one interested organisation, which
 * either side may open to a broker organisation. The listing and the parties are kept as they were when it began.
 */
@Entity
@Table(name = "interest")
public class Interest {

    @Id
    UUID id;

    @Column(name = "listing_id", nullable = false)
    UUID listingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_kind", nullable = false, length = 10)
    ListingKind listingKind;

    @Column(name = "listing_title", nullable = false, length = 200)
    String listingTitle;

    @Column(name = "listing_region", nullable = false, length = 6)
    String listingRegion;

    @Embedded
    @EmbeddedColumnNaming("owner_%s")
    OrgSnapshot owner;

    @Embedded
    @EmbeddedColumnNaming("interested_%s")
    OrgSnapshot interested;

    @Embedded
    @EmbeddedColumnNaming("broker_%s")
    OrgSnapshot broker;

    @Column(name = "broker_invited_by", length = 18)
    String brokerInvitedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    InterestState state;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "answered_at")
    Instant answeredAt;

    @Column(name = "message_count", nullable = false)
    int messageCount;

    @Column(name = "last_message_at", nullable = false)
    Instant lastMessageAt;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "closed_by", length = 18)
    String closedBy;

    @Version
    @Column(nullable = false)
    long version;

    protected Interest() {
        // for Hibernate
    }

    /** A new conversation of {@code interested} about {@code listing}; its first message is written separately. */
    static Interest begin(KnownListing listing, Party interested, Instant now) {
        Interest i = new Interest();
        i.id = UUID.randomUUID();
        i.listingId = listing.id();
        i.listingKind = listing.kind();
        i.listingTitle = listing.title();
        i.listingRegion = listing.regionCode();
        i.owner = OrgSnapshot.of(listing.owner());
        i.interested = OrgSnapshot.of(interested);
        i.state = InterestState.OPEN;
        i.createdAt = now;
        i.lastMessageAt = now;
        return i;
    }

    /** Which side {@code orgId} is, if it takes part. */
    Optional<Side> sideOf(String orgId) {
        return InterestRules.sideOf(orgId, owner.uscc(), interested.uscc(), broker == null ? null : broker.uscc());
    }

    /** The kind of a party's organisation as recorded here. */
    gx.techmarket.contracts.events.OrgKind kindOf(Side side) {
        return switch (side) {
            case OWNER -> owner.kind();
            case INTERESTED -> interested.kind();
            case BROKER -> broker.kind();
        };
    }

    void requireOpen() {
        if (state != InterestState.OPEN) {
            throw ProblemException.conflict("INTEREST_CLOSED");
        }
    }

    /**
     * Counts a new entry written by {@code side} at {@code now} (its sequence number is then {@code messageCount}).
     *
     * @return whether this is the owner's first answer
     */
    boolean wrote(Side side, Instant now) {
        requireOpen();
        messageCount++;
        lastMessageAt = now;
        if (side == Side.OWNER && answeredAt == null) {
            answeredAt = now;
            return true;
        }
        return false;
    }

    void invite(Party brokerParty, String invitedBy, Instant now) {
        requireOpen();
        if (broker != null) {
            throw ProblemException.conflict("BROKER_ALREADY_INVITED");
        }
        broker = OrgSnapshot.of(brokerParty);
        brokerInvitedBy = invitedBy;
        lastMessageAt = now;
    }

    void close(String by, Instant now) {
        requireOpen();
        state = InterestState.CLOSED;
        closedAt = now;
        closedBy = by;
    }

    public UUID id() {
        return id;
    }

    public Party owner() {
        return owner.toParty();
    }

    public Party interested() {
        return interested.toParty();
    }

    public Party broker() {
        return broker == null ? null : broker.toParty();
    }
}
