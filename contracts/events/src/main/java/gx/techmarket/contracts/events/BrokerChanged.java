package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * 技术经理人信息变更: a broker of the directory's register was entered, or its facts or its standing changed. Carries
 * the broker's whole public state, so that a reader (the statistics' broker record) can name brokers and link them to
 * their market accounts. Never its contact details: no phone, no e-mail.
 *
 * @param brokerId          the broker's entry in the register (CloudEvents subject, Kafka key)
 * @param name              its name
 * @param accountSubject    its market user account (the Keycloak subject), {@code null} when none is linked
 * @param agencyUscc        the organisation it works for (an agency, or a university's or institute's transfer office)
 * @param certificateNumber 证书编号, {@code null} while it holds none
 * @param status            its standing in the register
 * @param changedAt         when it was entered or changed
 */
@EventContract(type = "directory.BrokerChanged.v1", topic = "directory.organisations.v1", aggregateType = "Broker")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrokerChanged(UUID brokerId, String name, String accountSubject, String agencyUscc,
        String certificateNumber, Status status, Instant changedAt) implements DomainEvent {

    /** A broker's standing in the register (the directory's PersonStatus). */
    public enum Status {
        /** 在册: listed, may be named in deals. */
        ACTIVE,
        /** 暂停: suspended by its keepers, not listed publicly. */
        SUSPENDED
    }

    public BrokerChanged {
        Require.present(brokerId, "brokerId");
        Require.text(name, Require.NAME_MAX, "name");
        Require.matchesIfPresent(accountSubject, Codes.ACCOUNT_SUBJECT, "accountSubject");
        Require.matches(agencyUscc, Codes.USCC, "agencyUscc");
        Require.matchesIfPresent(certificateNumber, Codes.BROKER_CERTIFICATE, "certificateNumber");
        Require.present(status, "status");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String aggregateId() {
        return brokerId.toString();
    }
}
