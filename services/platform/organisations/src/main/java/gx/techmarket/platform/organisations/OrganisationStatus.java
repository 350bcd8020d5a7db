package gx.techmarket.platform.organisations;

/** An organisation's standing in the directory, as its events tell it (an application is never published). */
public enum OrganisationStatus {
    /** 已核验: may act in the market. */
    VERIFIED,
    /** 已停用: may not act, and nothing is paid to it. */
    SUSPENDED
}
