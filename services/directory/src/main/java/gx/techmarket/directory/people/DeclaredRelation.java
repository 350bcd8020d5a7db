package gx.techmarket.directory.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A relation an expert declares with an organisation (by USCC), for the conflict checks of panel draws. */
@Embeddable
public class DeclaredRelation {

    @Column(name = "uscc", nullable = false, length = 18)
    String uscc;

    @Column(name = "kind", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    RelationKind kind;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    protected DeclaredRelation() {
        // for Hibernate
    }

    DeclaredRelation(RelationRequest r) {
        this.uscc = r.uscc();
        this.kind = r.kind();
        this.validFrom = r.validFrom();
        this.validTo = r.validTo();
    }

    PanelDraw.Declared declared() {
        return new PanelDraw.Declared(uscc, kind, validFrom, validTo);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("uscc", uscc);
        s.put("kind", kind.name());
        s.put("validFrom", validFrom.toString());
        s.put("validTo", validTo == null ? null : validTo.toString());
        return s;
    }
}
