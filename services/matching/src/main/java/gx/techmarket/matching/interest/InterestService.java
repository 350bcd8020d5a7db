package gx.techmarket.matching.interest;

import gx.techmarket.contracts.events.BrokerInvited;
import gx.techmarket.contracts.events.InterestAnswered;
import gx.techmarket.contracts.events.InterestClosed;
import gx.techmarket.contracts.events.InterestExpressed;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.matching.listing.KnownListing;
import gx.techmarket.matching.listing.KnownListings;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 意向洽谈: who may begin a conversation, write in it, share a contact, invite a broker and close it. Only the two
 * organisations and an invited broker see a conversation; to anyone else it does not exist (404). Each step that
 * others must hear of is published on {@code matching.interests.v1} in the same transaction, with ids and
 * organisations only.
 */
@ApplicationScoped
class InterestService {

    private final InterestRepository interests;
    private final KnownListings listings;
    private final Directory directory;
    private final Outbox outbox;
    private final Clock clock;

    InterestService(InterestRepository interests, KnownListings listings, Directory directory, Outbox outbox,
            Clock clock) {
        this.interests = interests;
        this.listings = listings;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * 表达意向: a verified enterprise, university, institute or broker, not the owner, opens a conversation about a
     * listed result or demand with its first message.
     */
    @Transactional
    InterestView express(Actor actor, InterestRequest request) {
        Party me = verified(actor);
        if (!InterestRules.mayExpressInterest(me.kind())) {
            throw ProblemException.forbidden("ORGANISATION_KIND_NOT_ALLOWED");
        }
        Instant now = MarketClock.now(clock);
        KnownListing listing = listings.find(request.listingId())
                .filter(l -> l.listedOn(MarketClock.today(clock)))
                .orElseThrow(() -> ProblemException.notFound("LISTING_NOT_FOUND"));
        if (listing.owner().uscc().equals(me.uscc())) {
            throw ProblemException.conflict("OWN_LISTING");
        }
        if (interests.openOf(listing.id(), me.uscc()).isPresent()) {
            throw ProblemException.conflict("INTEREST_ALREADY_OPEN");
        }
        Interest interest = Interest.begin(listing, me, now);
        interest.wrote(Side.INTERESTED, now);
        try {
            interests.persist(interest);
            interests.flush(); // two requests at once: the partial unique index lets one through
        } catch (PersistenceException e) {
            throw ProblemException.conflict("INTEREST_ALREADY_OPEN");
        }
        interests.persist(InterestMessage.message(interest, me.uscc(), me.name(), author(actor),
                request.message(), now));
        outbox.publish(new InterestExpressed(interest.id, interest.listingKind, interest.listingId,
                interest.listingRegion, interest.owner(), interest.interested(), now));
        return InterestView.of(interest, Side.INTERESTED, interests.entries(interest.id));
    }

    /**
     * A listing as the caller may take it up: whether it is listed, the caller's open conversation about it, and
     * {@code express} when it may begin one. Unknown to this service: 404 {@code LISTING_NOT_FOUND}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    ListingInterestView forListing(Actor actor, UUID listingId) {
        KnownListing listing = listings.find(listingId)
                .orElseThrow(() -> ProblemException.notFound("LISTING_NOT_FOUND"));
        boolean listed = listing.listedOn(MarketClock.today(clock));
        UUID open = interests.openOf(listingId, actor.orgId()).map(Interest::id).orElse(null);
        boolean may = listed && open == null && !listing.owner().uscc().equals(actor.orgId())
                && directory.verifiedParty(actor.orgId()).map(p -> InterestRules.mayExpressInterest(p.kind()))
                        .orElse(false);
        return new ListingInterestView(listing.id(), listing.kind(), listing.title(), listed, open,
                may ? List.of(ListingInterestView.EXPRESS) : List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own (docs/performance.md)
    InterestView get(Actor actor, UUID id) {
        Interest interest = visible(actor, id);
        return InterestView.of(interest, side(actor, interest), interests.entries(id));
    }

    /** The conversations of the caller's organisation, last written first ({@code role}: sent, received, brokered, all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<InterestView> mine(Actor actor, String role, InterestState state, Paging paging) {
        Page<Interest> page = interests.of(actor.orgId(), role, state, paging);
        return page.map(i -> InterestView.of(i, side(actor, i), null));
    }

    /** A message of any party; the owner's first one answers the interest ({@code InterestAnswered}). */
    @Transactional
    InterestView write(Actor actor, UUID id, MessageRequest request) {
        Interest interest = visible(actor, id);
        Side side = side(actor, interest);
        Instant now = MarketClock.now(clock);
        boolean firstAnswer = interest.wrote(side, now);
        interests.persist(InterestMessage.message(interest, actor.orgId(), nameOf(interest, side),
                author(actor), request.text(), now));
        flush();
        if (firstAnswer) {
            answered(interest, now);
        }
        return InterestView.of(interest, side, interests.entries(id));
    }

    /** The owner's side shares a contact its person chose to give; it counts as an answer too. */
    @Transactional
    InterestView shareContact(Actor actor, UUID id, ContactRequest request) {
        Interest interest = visible(actor, id);
        Side side = side(actor, interest);
        if (side != Side.OWNER) {
            throw ProblemException.forbidden("NOT_LISTING_OWNER");
        }
        if (blank(request.phone()) && blank(request.email())) {
            throw ProblemException.badRequest("CONTACT_EMPTY");
        }
        Instant now = MarketClock.now(clock);
        boolean firstAnswer = interest.wrote(side, now);
        ContactRequest contact = new ContactRequest(request.name().strip(), blank(request.phone()) ? null
                : request.phone(), blank(request.email()) ? null : request.email());
        interests.persist(InterestMessage.contact(interest, actor.orgId(), nameOf(interest, side),
                author(actor), contact, now));
        flush();
        if (firstAnswer) {
            answered(interest, now);
        }
        return InterestView.of(interest, side, interests.entries(id));
    }

    /** Either side invites a verified broker organisation (an agency of the directory) that is not a party. */
    @Transactional
    InterestView inviteBroker(Actor actor, UUID id, BrokerRequest request) {
        Interest interest = visible(actor, id);
        Side side = side(actor, interest);
        if (side == Side.BROKER) {
            throw ProblemException.forbidden("NOT_A_SIDE");
        }
        interest.requireOpen();
        Party broker = directory.verifiedParty(request.brokerUscc())
                .orElseThrow(() -> ProblemException.badRequest("BROKER_NOT_IN_DIRECTORY"));
        if (broker.kind() != OrgKind.AGENCY) {
            throw ProblemException.badRequest("NOT_A_BROKER", broker.name());
        }
        if (interest.sideOf(broker.uscc()).isPresent()) {
            throw ProblemException.conflict("BROKER_IS_PARTY", broker.name());
        }
        Instant now = MarketClock.now(clock);
        interest.invite(broker, actor.orgId(), now);
        flush();
        outbox.publish(new BrokerInvited(interest.id, interest.listingKind, interest.listingId, interest.owner(),
                interest.interested(), broker, actor.orgId(), now));
        return InterestView.of(interest, side, interests.entries(id));
    }

    /** Either side closes the conversation (final). */
    @Transactional
    InterestView close(Actor actor, UUID id) {
        Interest interest = visible(actor, id);
        Side side = side(actor, interest);
        if (side == Side.BROKER) {
            throw ProblemException.forbidden("NOT_A_SIDE");
        }
        Instant now = MarketClock.now(clock);
        interest.close(actor.orgId(), now);
        flush();
        outbox.publish(new InterestClosed(interest.id, interest.listingKind, interest.listingId,
                interest.owner.uscc(), interest.interested.uscc(), actor.orgId(), now));
        return InterestView.of(interest, side, interests.entries(id));
    }

    /** What an operator sees: counts per region and state in its sub-market (the province: all), no contents. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<InterestCount> counts(Actor actor) {
        return interests.counts(actor.subMarket().prefix());
    }

    private void answered(Interest interest, Instant now) {
        outbox.publish(new InterestAnswered(interest.id, interest.listingKind, interest.listingId, interest.owner(),
                interest.interested(), now));
    }

    /** The conversation if the caller's organisation takes part in it; otherwise it does not exist (404). */
    private Interest visible(Actor actor, UUID id) {
        Interest interest = interests.findById(id);
        if (interest == null || interest.sideOf(actor.orgId()).isEmpty()) {
            throw ProblemException.notFound("INTEREST_NOT_FOUND");
        }
        return interest;
    }

    private static Side side(Actor actor, Interest interest) {
        return interest.sideOf(actor.orgId()).orElseThrow(() -> ProblemException.notFound("INTEREST_NOT_FOUND"));
    }

    private static String nameOf(Interest interest, Side side) {
        return switch (side) {
            case OWNER -> interest.owner.name();
            case INTERESTED -> interest.interested.name();
            case BROKER -> interest.broker.name();
        };
    }

    /** The caller's organisation as the directory has it, if verified; facts never come from the token. */
    private Party verified(Actor actor) {
        return directory.verifiedParty(actor.orgId())
                .orElseThrow(() -> ProblemException.forbidden("ORGANISATION_NOT_VERIFIED", actor.orgId()));
    }

    /**
     * Writes the change now: two parties writing into the same conversation at once (or one closing it meanwhile)
     * meet on its version and on the entries' sequence; the loser gets 409 {@code CONCURRENT_MODIFICATION}.
     */
    private void flush() {
        try {
            interests.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("CONCURRENT_MODIFICATION");
        }
    }

    /** Who wrote an entry, as the conversation shows it: the user's display name, else the login name. */
    private static String author(Actor actor) {
        if (!blank(actor.displayName())) {
            return actor.displayName();
        }
        return blank(actor.username()) ? actor.userId() : actor.username();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
