package gx.techmarket.directory.organisation;

import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organisations of the directory, by USCC, and the searches of the directory picker and the operators. */
@ApplicationScoped
public class Organisations implements PanacheRepositoryBase<Organisation, UUID> {

    record Found(List<Organisation> items, long total) {}

    /** What a search asks for; null means any. */
    record Search(String q, OrgKind kind, String region, OrganisationStatus status) {}

    public Optional<Organisation> byUscc(String uscc) {
        return find("uscc", uscc).firstResultOptional();
    }

    /** The parent of {@code uscc} as the directory holds it now; empty at the top of a group or for an unknown one. */
    Optional<String> parentOf(String uscc) {
        return byUscc(uscc).map(Organisation::parentUscc);
    }

    List<Organisation> children(String uscc) {
        return list("parentUscc", Sort.by("name").and("uscc"), uscc);
    }

    long countAll() {
        return count();
    }

    /**
     * The organisations a search finds among those the caller sees: every verified one, and for an operator every
     * one of its sub-market whatever its status.
     */
    Found search(Search search, SubMarket operated, OrganisationOrder order, Paging paging) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (operated == null) {
            where.append("status = :verified");
            params.put("verified", OrganisationStatus.VERIFIED);
        } else if (operated.isProvince()) {
            where.append("1 = 1");
        } else {
            where.append("(status = :verified or region like :operated)");
            params.put("verified", OrganisationStatus.VERIFIED);
            params.put("operated", operated.prefix() + "%");
        }
        if (search.q() != null) {
            where.append(" and (lower(name) like :q escape '!' or lower(nameEn) like :q escape '!' or uscc like :u escape '!')");
            String q = search.q().strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.put("q", "%" + q + "%");
            params.put("u", search.q().strip().toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (search.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", search.kind());
        }
        if (search.region() != null) {
            where.append(" and region like :region");
            params.put("region", regionPattern(search.region()));
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            params.put("status", search.status());
        }
        var found = find(where.toString(), order.sort(), params);
        return new Found(found.page(paging.page(), paging.size()).list(), found.count());
    }

    /** A province (xx0000) finds its whole province, a prefecture (xxxx00) its counties too, a county itself. */
    static String regionPattern(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2) + "%";
        }
        if (region.endsWith("00")) {
            return region.substring(0, 4) + "%";
        }
        return region;
    }
}
