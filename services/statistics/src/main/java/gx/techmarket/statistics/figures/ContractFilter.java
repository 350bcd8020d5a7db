package gx.techmarket.statistics.figures;

import gx.techmarket.contracts.events.ContractCategory;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.OrgKind;
import gx.techmarket.platform.security.SubMarket;
import gx.techmarket.statistics.projection.Scope;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * Which registered contracts a figure counts: registered (not 注销) in the period, of the sub-market by the flow's
 * party, and of the type, category, kinds and scope when given. {@code key} narrows to one key of a dimension (the
 * drill-down from a bar to its contracts).
 */
public record ContractFilter(Period period, SubMarket market, Flow flow, ContractType type,
        ContractCategory category, OrgKind sellerKind, OrgKind buyerKind, Scope scope, ContractDimension by,
        String key) {

    /** The {@code where} of the filter, its arguments added to {@code args}. */
    String where(int generation, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        conditions.add("generation = ?");
        args.add(generation);
        conditions.add("status = 'REGISTERED'");
        conditions.add("registered_on between ? and ?");
        args.add(Date.valueOf(period.from()));
        args.add(Date.valueOf(period.to()));
        conditions.add(Access.condition(market, flow.regionColumn()));
        equal(conditions, args, "contract_type", type);
        equal(conditions, args, "category", category);
        equal(conditions, args, "seller_kind", sellerKind);
        equal(conditions, args, "buyer_kind", buyerKind);
        equal(conditions, args, "scope", scope);
        if (by != null && key != null) {
            conditions.add("(" + by.key(flow) + ") = ?");
            args.add(key);
        }
        return String.join(" and ", conditions);
    }

    private static void equal(List<String> conditions, List<Object> args, String column, Enum<?> value) {
        if (value != null) {
            conditions.add(column + " = ?");
            args.add(value.name());
        }
    }
}
