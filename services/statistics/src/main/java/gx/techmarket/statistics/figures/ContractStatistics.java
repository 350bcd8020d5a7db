package gx.techmarket.statistics.figures;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.statistics.projection.Generations;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 技术合同 figures: counts, 成交额 and 技术交易额 of registered contracts, by any dimension, and the contracts behind. */
@ApplicationScoped
public class ContractStatistics {

    private final Sql sql;
    private final Generations generations;

    ContractStatistics(Sql sql, Generations generations) {
        this.sql = sql;
        this.generations = generations;
    }

    public ContractFigures figures(ContractFilter filter, ContractDimension by) {
        List<Object> args = new ArrayList<>();
        String key = by.key(filter.flow());
        String where = filter.where(generations.live(), args);
        List<ContractRow> rows = new ArrayList<>();
        for (Object[] r : sql.rows("select " + key + " as k, count(*), coalesce(sum(total_amount), 0), "
                + "coalesce(sum(technology_amount), 0), max(point_name) from contract_fact where " + where
                + " group by k order by k nulls last", args)) {
            String k = (String) r[0];
            Labels.Label label = by == ContractDimension.POINT ? new Labels.Label((String) r[4], (String) r[4])
                    : label(by, k);
            rows.add(new ContractRow(k, label.zh(), label.en(), ((Number) r[1]).longValue(), money(r[2]), money(r[3])));
        }
        long count = rows.stream().mapToLong(ContractRow::count).sum();
        ContractRow total = new ContractRow(null, "合计", "Total", count,
                rows.stream().map(ContractRow::totalAmount).reduce(ContractFigures.ZERO, BigDecimal::add),
                rows.stream().map(ContractRow::technologyAmount).reduce(ContractFigures.ZERO, BigDecimal::add));
        Labels.Label region = Labels.region(filter.market().region());
        return new ContractFigures(by.param(), filter.flow(), filter.period().from(), filter.period().to(),
                filter.market().region(), region.zh(), rows, total);
    }

    /** The contracts a figure counts, newest registration first. */
    public Page<ContractLine> contracts(ContractFilter filter, Paging paging) {
        List<Object> args = new ArrayList<>();
        String where = filter.where(generations.live(), args);
        long total = sql.count("select count(*) from contract_fact where " + where, args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(paging.size());
        pageArgs.add(paging.offset());
        List<ContractLine> lines = new ArrayList<>();
        for (Object[] r : sql.rows("select contract_id, registration_number, title, contract_type, registered_on, "
                + "seller_name, coalesce(seller_region, seller_country), buyer_name, "
                + "coalesce(buyer_region, buyer_country), intermediary_name, point_name, total_amount, technology_amount "
                + "from contract_fact where " + where
                + " order by registered_on desc, registration_number desc limit ? offset ?", pageArgs)) {
            lines.add(new ContractLine((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    Labels.type((String) r[3]).zh(), ((Date) r[4]).toLocalDate(), (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], (String) r[10], money(r[11]), money(r[12])));
        }
        return Page.of(lines, total, paging);
    }

    /** 技术合同成交额 of contracts sold from {@code region}'s sub-market in {@code year} (a target's progress). */
    BigDecimal output(String prefix, int year) {
        List<Object> args = new ArrayList<>();
        args.add(generations.live());
        args.add(Date.valueOf(year + "-01-01"));
        args.add(Date.valueOf(year + "-12-31"));
        // 输出 of a sub-market: sellers in it; for the province, sellers in Guangxi (not an import's foreign seller)
        String region = "seller_region like '" + prefix + "%'";
        return money(sql.rows("select coalesce(sum(total_amount), 0) from contract_fact where generation = ? "
                + "and status = 'REGISTERED' and registered_on between ? and ? and " + region, args).get(0)[0]);
    }

    static Labels.Label label(ContractDimension by, String key) {
        return switch (by) {
            case MONTH -> key == null ? Labels.UNKNOWN : Labels.month(key);
            case CITY, COUNTY -> Labels.region(key);
            case TYPE -> Labels.type(key);
            case CATEGORY -> Labels.of(Labels.CATEGORIES, key);
            case SELLER_KIND, BUYER_KIND -> Labels.of(Labels.KINDS, key);
            case SCOPE -> Labels.of(Labels.SCOPES, key);
            case POINT -> new Labels.Label(key, key);
            case FIELD -> ContractDimension.UNSTATED.equals(key) ? Labels.UNKNOWN : Labels.industry(key);
        };
    }

    static BigDecimal money(Object value) {
        return value == null ? null : ((BigDecimal) value).setScale(2);
    }
}
