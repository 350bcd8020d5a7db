package gx.techmarket.directory.people;

import gx.techmarket.platform.domain.ChangingAggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.UUID;

/** 评审专家: an expert of the 评审专家库, of a verified organisation of the directory. */
@Entity
@Table(name = "expert")
public class Expert extends ChangingAggregate {

    @Column(nullable = false, length = 100)
    String name;

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

    @Column(name = "account_subject", length = 64)
    String accountSubject;

    @Column(nullable = false, length = 10)
    @Enumerated(EnumType.STRING)
    PersonStatus status;

    @Column(name = "suspension_reason", length = 500)
    String suspensionReason;

    protected Expert() {
        // for Hibernate
    }

    Expert(ExpertRequest r, Instant now) {
        super(UUID.randomUUID(), now);
        this.status = PersonStatus.ACTIVE;
        apply(r, now);
    }

    void apply(ExpertRequest r, Instant now) {
        name = r.name().strip();
        organisationUscc = r.organisationUscc();
        title = r.title().strip();
        fields.clear();
        fields.addAll(r.fields());
        setRelations(r.relations());
        contact = Contact.of(r.contact());
        accountSubject = r.accountSubject();
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

    void setContact(ContactRequest r, Instant now) {
        contact = Contact.of(r);
        touch(now);
    }

    void suspend(String reason, Instant now) {
        status = PersonStatus.SUSPENDED;
        suspensionReason = reason;
        touch(now);
    }

    void reactivate(Instant now) {
        status = PersonStatus.ACTIVE;
        suspensionReason = null;
        touch(now);
    }

    boolean isActive() {
        return status == PersonStatus.ACTIVE;
    }

    List<String> fields() {
        return List.copyOf(fields);
    }

    PanelDraw.Candidate candidate() {
        return new PanelDraw.Candidate(id, name, organisationUscc,
                relations.stream().map(DeclaredRelation::declared).toList());
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("organisationUscc", organisationUscc);
        s.put("title", title);
        s.put("fields", fields());
        s.put("relations", relations.stream().map(DeclaredRelation::snapshot).toList());
        s.put("contact", contact.snapshot());
        s.put("accountSubject", accountSubject);
        s.put("status", status.name());
        if (suspensionReason != null) {
            s.put("suspensionReason", suspensionReason);
        }
        return s;
    }
}
