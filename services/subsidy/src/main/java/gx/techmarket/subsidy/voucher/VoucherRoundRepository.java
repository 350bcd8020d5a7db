package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.problems.Page;
import gx.techmarket.platform.problems.Paging;
import gx.techmarket.platform.security.SubMarket;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class VoucherRoundRepository implements PanacheRepositoryBase<VoucherRound, UUID> {

    private static final Sort NEWEST = Sort.descending("createdAt").and("id");

    /** The rounds whose sub-market {@code market} covers (the province: all), newest first. */
    Page<VoucherRound> ofSubMarket(SubMarket market, Integer year, Paging paging) {
        PanacheQuery<VoucherRound> query = year == null
                ? find("subMarket like ?1", NEWEST, market.prefix() + "%")
                : find("subMarket like ?1 and budgetYear = ?2", NEWEST, market.prefix() + "%", year);
        return Page.of(query.page(paging.page(), paging.size()).list(), query.count(), paging);
    }

    /** The rounds taking applications on {@code day}, newest first (the caller keeps those covering its region). */
    List<VoucherRound> openOn(LocalDate day) {
        return list("applyFrom <= ?1 and applyTo >= ?1", NEWEST, day);
    }

    /** Counts and sums of a round's vouchers by state. */
    VoucherRoundView.Totals totals(UUID roundId) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*),
                       coalesce(sum(face_value), 0),
                       count(*) filter (where status = 'REDEEMED'),
                       coalesce(sum(redeemed_amount) filter (where status = 'REDEEMED'), 0),
                       coalesce(sum(returned_amount) filter (where status = 'REDEEMED'), 0),
                       count(*) filter (where status = 'EXPIRED'),
                       coalesce(sum(face_value) filter (where status = 'EXPIRED'), 0),
                       coalesce(sum(face_value) filter (where status = 'ISSUED'), 0)
                  from voucher where round_id = :round""").setParameter("round", roundId).getSingleResult();
        return new VoucherRoundView.Totals(((Number) row[0]).longValue(), money(row[1]),
                ((Number) row[2]).longValue(), money(row[3]), money(row[4]), ((Number) row[5]).longValue(),
                money(row[6]), money(row[7]));
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }
}
