package gx.techmarket.platform.listing.testing;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;

/** The operators who review listings in the services' tests: the province's (every region) and 百色's (451000). */
public final class Operators {

    public static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    public static final String BAISE_OPERATOR = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    private Operators() {}
}
