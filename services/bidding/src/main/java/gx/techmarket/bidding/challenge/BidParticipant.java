package gx.techmarket.bidding.challenge;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.OrgSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/**
 * An organisation taking part in a bid: its lead (the bidding organisation) or a member of its consortium (联合体成员),
 * as the directory knew it when the bid was submitted. The challenge is repeated here so that the database keeps an
 * organisation in at most one bid per challenge ({@code bid_participant_once}).
 */
@Embeddable
public class BidParticipant {

    /** 牵头单位 or 联合体成员. */
    public enum Role { LEAD, MEMBER }

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    Role role;

    @Embedded
    OrgSnapshot organisation;

    protected BidParticipant() {
        // for Hibernate
    }

    static BidParticipant of(UUID challengeId, Role role, Party organisation) {
        BidParticipant p = new BidParticipant();
        p.challengeId = challengeId;
        p.role = role;
        p.organisation = OrgSnapshot.of(organisation);
        return p;
    }

    public Role role() {
        return role;
    }

    public Party party() {
        return organisation.toParty();
    }

    boolean is(String uscc) {
        return organisation.is(uscc);
    }
}
