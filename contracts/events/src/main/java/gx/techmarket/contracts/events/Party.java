package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An organisation taking part in an event, as the market knew it when the event happened: a Chinese organisation
 * with its USCC and region, or a foreign one (a technology import's seller, an export's buyer) with its country and
 * no USCC.
 *
 * @param uscc       统一社会信用代码; {@code null} only for a foreign party
 * @param name       registered name
 * @param kind       机构类型
 * @param region     GB/T 2260 region code; {@code null} only for a foreign party
 * @param parentUscc the parent organisation's USCC, {@code null} when there is none (always for a foreign party)
 * @param country    ISO 3166-1 alpha-2 country of a foreign party; {@code null} (or {@code CN}) for a Chinese one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Party(String uscc, String name, OrgKind kind, String region, String parentUscc, String country) {

    /** The country of the organisations the market verifies. */
    public static final String CHINA = "CN";

    public Party {
        Require.matchesIfPresent(country, Codes.COUNTRY, "country");
        Require.text(name, Require.NAME_MAX, "name");
        Require.present(kind, "kind");
        if (country == null || CHINA.equals(country)) {
            Require.matches(uscc, Codes.USCC, "uscc");
            Require.matches(region, Codes.REGION_CODE, "region");
            Require.matchesIfPresent(parentUscc, Codes.USCC, "parentUscc");
            if (uscc.equals(parentUscc)) {
                throw new IllegalArgumentException("organisation " + uscc + " cannot be its own parent");
            }
        } else {
            Require.matchesIfPresent(uscc, Codes.USCC, "uscc");
            if (region != null || parentUscc != null) {
                throw new IllegalArgumentException("a foreign party has no region and no parent in the directory");
            }
        }
    }

    /** A Chinese organisation (no country given). */
    public Party(String uscc, String name, OrgKind kind, String region, String parentUscc) {
        this(uscc, name, kind, region, parentUscc, null);
    }

    /** A foreign organisation: a name, its kind and its ISO 3166-1 alpha-2 country (not {@code CN}). */
    public static Party foreign(String name, OrgKind kind, String country) {
        if (country == null || CHINA.equals(country)) {
            throw new IllegalArgumentException("a foreign party needs a country other than CN");
        }
        return new Party(null, name, kind, null, null, country);
    }

    /** Whether the party is foreign: it has a country other than China, and perhaps no USCC. */
    @JsonIgnore
    public boolean isForeign() {
        return country != null && !CHINA.equals(country);
    }

    /** Whether two parties are the same organisation: the same USCC (a party without one is no other's). */
    public boolean isSameOrganisationAs(Party other) {
        return other != null && uscc != null && uscc.equals(other.uscc);
    }

    /** An organisation without a parent. */
    public static Party of(String uscc, String name, OrgKind kind, String region) {
        return new Party(uscc, name, kind, region, null);
    }

    /** Whether the organisation is registered in Guangxi (GB/T 2260 code 45xxxx). */
    @JsonIgnore // a fact derived from the region, not part of the record on the wire
    public boolean isInGuangxi() {
        return region != null && region.startsWith("45");
    }
}
