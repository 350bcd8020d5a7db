package gx.techmarket.platform.listing.testing;

import gx.techmarket.platform.security.GuangxiRegions;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;

/** The operators who review listings in the services' tests: the province's (every region) and 百色's (451000). */
public final class Operators {

    public static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    public static final String BAISE_OPERATOR = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
    /**
     * 百色's operator with a token claiming the province's region: the sub-market is the organisation's region in
     * the directory, so this is still 百色's operator.
     */
    public static final String BAISE_OPERATOR_CLAIMING_PROVINCE = Tokens.as(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE)
            .claim("org_region", GuangxiRegions.PROVINCE).build();

    private Operators() {}
}
