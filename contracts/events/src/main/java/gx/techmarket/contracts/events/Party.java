package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An organisation taking part in an event, as the market knew it when the event happened.
 *
 * @param uscc       统一社会信用代码
 * @param name       registered name
 * @param kind       机构类型
 * @param region     GB/T 2260 region code
 * @param parentUscc the parent organisation's USCC, {@code null} when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(String uscc, String name, OrgKind kind, String region, String parentUscc) {

    public Party {
        Require.matches(uscc, Codes.USCC, "uscc");
        Require.text(name, Require.NAME_MAX, "name");
        Require.present(kind, "kind");
        Require.matches(region, Codes.REGION_CODE, "region");
        Require.matchesIfPresent(parentUscc, Codes.USCC, "parentUscc");
        if (uscc.equals(parentUscc)) {
            throw new IllegalArgumentException("organisation " + uscc + " cannot be its own parent");
        }
    }

    /** An organisation without a parent. */
    public static Party of(String uscc, String name, OrgKind kind, String region) {
        return new Party(uscc, name, kind, region, null);
    }

    /** Whether the organisation is registered in Guangxi (GB/T 2260 code 45xxxx). */
    @JsonIgnore // a fact derived from the region, not part of the record on the wire
    public boolean isInGuangxi() {
        return region.startsWith("45");
    }
}
