package gx.techmarket.directory.people;

import gx.techmarket.contracts.events.BrokerChanged;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** 技术经理人: a technology manager, working for a verified organisation of the directory (normally an agency). */
@Entity
@Table(name = "broker")
public class Broker extends Person {

    @Column(name = "agency_uscc", nullable = false, length = 18)
    String agencyUscc;

    /** 证书编号; null while the broker holds no certificate. */
    @Column(name = "certificate_number", length = 50)
    String certificateNumber;

    /** 培训学时. */
    @Column(name = "training_hours", nullable = false)
    int trainingHours;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "broker_field", joinColumns = @JoinColumn(name = "broker_id"))
    @Column(name = "code", nullable = false, length = 64)
    Set<String> fields = new TreeSet<>();

    @Embedded
    Contact contact;

    protected Broker() {
        // for Hibernate
    }

    Broker(BrokerRequest r, Instant now) {
        super(now);
        apply(r, now);
    }

    void apply(BrokerRequest r, Instant now) {
        setPerson(r.name().strip(), r.contact(), r.accountSubject());
        agencyUscc = r.agencyUscc();
        certificateNumber = r.certificateNumber();
        trainingHours = r.trainingHours();
        fields.clear();
        fields.addAll(r.fields());
        touch(now);
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

    /**
     * The broker's public facts as the directory tells them ({@code directory.BrokerChanged.v1}), in force from
     * {@code at}: never its contact details, which leave the service only as the broker allows.
     */
    BrokerChanged fact(Instant at) {
        return new BrokerChanged(id(), name, accountSubject, agencyUscc, certificateNumber,
                BrokerChanged.Status.valueOf(status.name()), at);
    }

    @Override
    Map<String, Object> snapshot() {
        Map<String, Object> own = new LinkedHashMap<>();
        own.put("agencyUscc", agencyUscc);
        own.put("certificateNumber", certificateNumber);
        own.put("trainingHours", trainingHours);
        own.put("fields", fields());
        return snapshot(own);
    }
}
