package gx.techmarket.directory.onboarding;

import gx.techmarket.contracts.events.OrgKind;

/**
 * The realm role a member of an organisation gets from its kind: what the market lets it do follows from what the
 * organisation is, verified by an admin, never from what the user asked for.
 */
public final class KindRoles {

    private KindRoles() {}

    /**
     * 高校 and 科研院所 hold results as universities do ({@code university}); 企业 and 社会组织 buy and sell as
     * enterprises ({@code enterprise}); 技术转移机构 brokers ({@code broker}); 技术合同登记机构 registers
     * ({@code registrar}); 政府部门 operates its region's sub-market ({@code admin}: an admin of a higher
     * sub-market verified it, which is the market's chain of trust).
     */
    public static String realmRole(OrgKind kind) {
        return switch (kind) {
            case UNIVERSITY, INSTITUTE -> "university";
            case ENTERPRISE, SOCIETY -> "enterprise";
            case AGENCY -> "broker";
            case REGISTRY -> "registrar";
            case GOVERNMENT -> "admin";
        };
    }
}
