package gx.techmarket.platform.domain;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * An organisation as an entity keeps it: the {@link Party} it was when the entity met it (USCC, name, kind, region,
 * parent). Embedded once per role, with the role's column prefix:
 * {@code @Embedded @EmbeddedColumnNaming("holder_%s") OrgSnapshot holder;} gives {@code holder_uscc},
 * {@code holder_name}, {@code holder_kind}, {@code holder_region} and {@code holder_parent_uscc}.
 */
@Embeddable
public class OrgSnapshot {

    @Column(name = "uscc", length = 18)
    String uscc;

    @Column(name = "name", length = 200)
    String name;

    @Column(name = "kind", length = 20)
    @Enumerated(EnumType.STRING)
    OrgKind kind;

    @Column(name = "region", length = 6)
    String region;

    @Column(name = "parent_uscc", length = 18)
    String parentUscc;

    protected OrgSnapshot() {
        // for Hibernate
    }

    public static OrgSnapshot of(Party party) {
        Objects.requireNonNull(party, "party");
        OrgSnapshot s = new OrgSnapshot();
        s.uscc = party.uscc();
        s.name = party.name();
        s.kind = party.kind();
        s.region = party.region();
        s.parentUscc = party.parentUscc();
        return s;
    }

    /** {@code null} for {@code null}: an optional role (a contract without a broker). */
    public static OrgSnapshot ofNullable(Party party) {
        return party == null ? null : of(party);
    }

    public Party toParty() {
        return new Party(uscc, name, kind, region, parentUscc);
    }

    public String uscc() {
        return uscc;
    }

    public String name() {
        return name;
    }

    public OrgKind kind() {
        return kind;
    }

    public String region() {
        return region;
    }

    public String parentUscc() {
        return parentUscc;
    }

    /** Whether this is the organisation {@code uscc}. */
    public boolean is(String otherUscc) {
        return uscc.equals(otherUscc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgSnapshot s && uscc.equals(s.uscc) && name.equals(s.name) && kind == s.kind
                && region.equals(s.region) && Objects.equals(parentUscc, s.parentUscc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uscc, name, kind, region, parentUscc);
    }
}
