package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 资质失效: a qualification reached its last day, or was revoked before it (then {@code reason} says why). It is
 * not valid after {@code expiredOn}.
 *
 * @param uscc            the organisation
 * @param qualificationId the qualification
 * @param kind            which qualification
 * @param expiredOn       its last valid day
 * @param reason          why it was revoked early, {@code null} when it simply ran out
 */
@EventContract(type = "directory.QualificationExpired.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QualificationExpired(String uscc, UUID qualificationId, QualificationKind kind, LocalDate expiredOn,
        String reason) implements DomainEvent {

    static final int REASON_MAX = 1000;

    public QualificationExpired {
        Require.matches(uscc, Codes.USCC, "uscc");
        Require.present(qualificationId, "qualificationId");
        Require.present(kind, "kind");
        Require.present(expiredOn, "expiredOn");
        Require.textIfPresent(reason, REASON_MAX, "reason");
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
