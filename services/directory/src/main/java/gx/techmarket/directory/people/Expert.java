package gx.techmarket.directory.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** 评审专家: an expert of the 评审专家库, of a verified organisation of the directory. */
@Entity
@Table(name = "expert")
public class Expert extends Person {

    @Column(name = "organisation_uscc", nullable = false, length = 18)
    String organisationUscc;

    /** 职称/职务. */
    @Column(nullable = false, length = 100)
    String title;

    /** Industry codes (contracts' IndustryCode: SUGAR, AUTOMOTIVE…). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "code", nullable = false, length = 64)
    Set<String> fields = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "expert_relation", joinColumns = @JoinColumn(name = "expert_id"))
    @OrderColumn(name = "position")
    List<DeclaredRelation> relations = new ArrayList<>();

    @Embedded
    Contact contact;

    protected Expert() {
        // for Hibernate
    }

    Expert(ExpertRequest r, Instant now) {
        super(now);
        apply(r, now);
    }

    void apply(ExpertRequest r, Instant now) {
        setPerson(r.name().strip(), r.contact(), r.accountSubject());
        organisationUscc = r.organisationUscc();
        title = r.title().strip();
        fields.clear();
        fields.addAll(r.fields());
        setRelations(r.relations());
        touch(now);
    }

    void declare(List<RelationRequest> declared, Instant now) {
        setRelations(declared);
        touch(now);
    }

    private void setRelations(List<RelationRequest> declared) {
        relations.clear();
        if (declared != null) {
            declared.forEach(d -> relations.add(new DeclaredRelation(d)));
        }
    }

    @Override
    Contact contact() {
        return contact;
    }

    @Override
    void contact(Contact contact) {
        this.contact = contact;
    }

    /** In code order, whatever set Hibernate loaded them into: a snapshot compares equal when nothing changed. */
    List<String> fields() {
        return fields.stream().sorted().toList();
    }

    PanelDraw.Candidate candidate() {
        return new PanelDraw.Candidate(id(), name(), organisationUscc,
                relations.stream().map(DeclaredRelation::declared).toList());
    }

    @Override
    Map<String, Object> snapshot() {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("organisationUscc", organisationUscc);
        own.put("title", title);
        own.put("fields", fields());
        own.put("relations", relations.stream().map(DeclaredRelation::snapshot).toList());
        return snapshot(own);
    }
}
