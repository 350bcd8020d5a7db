package gx.techmarket.platform.organisations;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.contracts.events.Party;
import java.time.Instant;
import java.util.Objects;

/**
 * An organisation as the directory said it was from {@code validFrom} on (until its next version).
 *
 * @param uscc       统一社会信用代码
 * @param name       registered Chinese name
 * @param nameEn     English name, {@code null} when none
 * @param kind       机构类型
 * @param region     GB/T 2260 region
 * @param parentUscc parent organisation, {@code null} for the top of a group
 * @param status     verified or suspended
 * @param validFrom  when these facts took effect
 */
public record OrganisationFacts(String uscc, String name, String nameEn, OrgKind kind, String region,
        String parentUscc, OrganisationStatus status, Instant validFrom) {

    public OrganisationFacts {
        Objects.requireNonNull(uscc, "uscc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** The organisation as a party to a listing, deal or grant. */
    public Party party() {
        return new Party(uscc, name, kind, region, parentUscc);
    }

    public boolean verified() {
        return status == OrganisationStatus.VERIFIED;
    }
}
