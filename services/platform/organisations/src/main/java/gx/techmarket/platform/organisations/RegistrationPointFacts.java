package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.RegistrationPoint;

/**
 * A 技术合同登记机构 as the directory opened it.
 *
 * @param uscc   its USCC
 * @param name   its name
 * @param region its city's GB/T 2260 code
 * @param code   city (2) + point (2) digits of the registration numbers it issues, e.g. {@code 0201}
 * @param open   whether it may recognise and register contracts now
 */
public record RegistrationPointFacts(String uscc, String name, String region, String code, boolean open) {

    /** As registered contracts name it. */
    public RegistrationPoint toEvent() {
        return new RegistrationPoint(uscc, name, code);
    }

    /** The city digits of its code, e.g. {@code 02} for 柳州. */
    public String cityCode() {
        return code.substring(0, 2);
    }

    /** The point digits of its code, e.g. {@code 01}. */
    public String pointCode() {
        return code.substring(2);
    }
}
