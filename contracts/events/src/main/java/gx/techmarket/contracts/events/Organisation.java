package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * 机构: an organisation as the directory (机构库) publishes it once verified. The directory is the market's one
 * source of these facts; every other service keeps a read model of them and decides with it.
 *
 * @param uscc       统一社会信用代码
 * @param name       registered Chinese name
 * @param nameEn     English name, {@code null} when none is recorded
 * @param kind       机构类型
 * @param region     GB/T 2260 region code, down to the county (other provinces' codes for out-of-province ones)
 * @param parentUscc the parent organisation's USCC (上级单位/母公司), {@code null} for the top of a group
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organisation(String uscc, String name, String nameEn, OrgKind kind, String region, String parentUscc) {

    public Organisation {
        Require.matches(uscc, Codes.USCC, "organisation.uscc");
        Require.text(name, Require.NAME_MAX, "organisation.name");
        Require.textIfPresent(nameEn, Require.NAME_MAX, "organisation.nameEn");
        Require.present(kind, "organisation.kind");
        Require.matches(region, Codes.REGION_CODE, "organisation.region");
        Require.matchesIfPresent(parentUscc, Codes.USCC, "organisation.parentUscc");
        if (uscc.equals(parentUscc)) {
            throw new IllegalArgumentException("organisation " + uscc + " cannot be its own parent");
        }
    }

    /** The organisation as a party to a listing, deal or grant. */
    public Party party() {
        return new Party(uscc, name, kind, region, parentUscc);
    }
}
