package gx.techmarket.registry.contract;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A party to a contract as it was known when the contract was drafted (columns prefixed per role). */
@Embeddable
class ContractParty {

    @Column(length = 18)
    String uscc;

    @Column(length = 200)
    String name;

    @Column(length = 20)
    String kind;

    @Column(length = 6)
    String region;

    @Column(length = 18)
    String parentUscc;

    protected ContractParty() {
        // for Hibernate
    }

    static ContractParty of(Party p) {
        ContractParty c = new ContractParty();
        c.uscc = p.uscc();
        c.name = p.name();
        c.kind = p.kind().name();
        c.region = p.region();
        c.parentUscc = p.parentUscc();
        return c;
    }

    Party toParty() {
        return new Party(uscc, name, OrgKind.valueOf(kind), region, parentUscc);
    }
}
