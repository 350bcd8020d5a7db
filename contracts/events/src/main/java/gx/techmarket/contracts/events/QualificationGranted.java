package gx.techmarket.contracts.events;

import java.time.Instant;

/**
 * 资质认定: the directory recorded a qualification of an organisation.
 *
 * @param uscc          the organisation
 * @param qualification the qualification and its validity period
 * @param grantedAt     when it was recorded
 */
@EventContract(type = "directory.QualificationGranted.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
public record QualificationGranted(String uscc, Qualification qualification, Instant grantedAt)
        implements DomainEvent {

    public QualificationGranted {
        Require.matches(uscc, Codes.USCC, "uscc");
        Require.present(qualification, "qualification");
        Require.present(grantedAt, "grantedAt");
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
