package gx.techmarket.contracts.events;

import java.time.Instant;

/**
 * 登记点开通: a 技术合同登记机构 may recognise and register technical contracts from {@code openedAt}, numbering
 * them with its code.
 *
 * @param uscc     the registration body's USCC
 * @param name     its name
 * @param region   its GB/T 2260 region (its city)
 * @param code     city (2) + point (2) digits, positions 5 to 8 of the registration numbers it issues, e.g. {@code 0201}
 * @param openedAt when it opened
 */
@EventContract(type = "directory.RegistrationPointOpened.v1", topic = "directory.organisations.v1",
        aggregateType = "Organisation")
public record RegistrationPointOpened(String uscc, String name, String region, String code, Instant openedAt)
        implements DomainEvent {

    public RegistrationPointOpened {
        Require.matches(uscc, Codes.USCC, "uscc");
        Require.text(name, Require.NAME_MAX, "name");
        Require.matches(region, Codes.REGION_CODE, "region");
        Require.matches(code, Codes.REGISTRATION_POINT_CODE, "code");
        Require.present(openedAt, "openedAt");
    }

    @Override
    public String aggregateId() {
        return uscc;
    }
}
