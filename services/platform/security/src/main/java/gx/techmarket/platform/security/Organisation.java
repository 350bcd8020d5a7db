package gx.techmarket.platform.security;

import java.util.Objects;

/**
 * An organisation as the token describes it: USCC, name, kind, GB/T 2260 region and, for a subsidiary, its
 * parent's USCC ({@code null} otherwise).
 */
public record Organisation(String uscc, String name, OrgKind kind, String region, String parentUscc) {

    public Organisation {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
    }

    /**
     * Whether {@code other} is this organisation, its parent or its subsidiary: the relation that makes a bidder
     * ineligible for a demander's challenge and a buyer ineligible for a subsidy on a deal with its seller.
     */
    public boolean isSameParentOrSubsidiaryOf(String otherUscc, String otherParentUscc) {
        return uscc.equals(otherUscc)
                || uscc.equals(otherParentUscc)
                || (parentUscc != null && parentUscc.equals(otherUscc));
    }

    public boolean isSameParentOrSubsidiaryOf(Organisation other) {
        return isSameParentOrSubsidiaryOf(other.uscc(), other.parentUscc());
    }

    /** Whether the organisation is registered in Guangxi (region code 45xxxx). */
    public boolean isInGuangxi() {
        return GuangxiRegions.isInGuangxi(region);
    }
}
