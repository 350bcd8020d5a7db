package gx.techmarket.directory.organisation;

import gx.techmarket.platform.domain.Lifecycle;

/** An organisation's standing in the directory: 申请中 → 已核验 → 已停用, and verified again after a suspension. */
public enum OrganisationStatus {
    /** 申请中: known to the directory, not yet verified; never published. */
    APPLIED,
    /** 已核验: verified by an admin of its sub-market; the market deals with it. */
    VERIFIED,
    /** 已停用: suspended; the market no longer deals with it until it is verified again. */
    SUSPENDED;

    public static final Lifecycle<OrganisationStatus> LIFECYCLE = Lifecycle.of("Organisation", OrganisationStatus.class)
            .move("verify", VERIFIED, APPLIED, SUSPENDED)
            .move("suspend", SUSPENDED, VERIFIED)
            .build();
}
