package gx.techmarket.contracts.events;

import java.time.Instant;

/**
 * 登记点关闭: a registration point stops recognising and registering contracts from {@code closedAt}; what it
 * registered before stays registered.
 *
 * @param uscc     the registration body's USCC
 * @param code     its code, as when it opened
 * @param reason   why
 * @param closedAt when
 */
@EventContract(type = "directory.RegistrationPointClosed.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
public record RegistrationPointClosed(String uscc, String code, String reason, Instant closedAt)
        implements DomainEvent {

    static final int REASON_MAX = 1000;

    public RegistrationPointClosed {
        Require.matches(uscc, Codes.USCC, "uscc");
        Require.matches(code, Codes.REGISTRATION_POINT_CODE, "code");
        Require.text(reason, REASON_MAX, "reason");
        Require.present(closedAt, "closedAt");
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
