package gx.techmarket.bidding.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person of a bid's team (团队成员) as the bid keeps it; {@link BidRequest.Person} is how it is written and read. */
@Embeddable
public class TeamMember {

    @Column(nullable = false, length = 100)
    String name;

    @Column(nullable = false, length = 100)
    String title;

    @Column(nullable = false, length = 200)
    String role;

    protected TeamMember() {
        // for Hibernate
    }

    static TeamMember of(BidRequest.Person person) {
        TeamMember m = new TeamMember();
        m.name = person.name().strip();
        m.title = person.title().strip();
        m.role = person.role().strip();
        return m;
    }

    BidRequest.Person toPerson() {
        return new BidRequest.Person(name, title, role);
    }
}
