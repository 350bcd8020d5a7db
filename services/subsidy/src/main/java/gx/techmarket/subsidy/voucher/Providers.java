package gx.techmarket.subsidy.voucher;

import gx.techmarket.contracts.events.QualificationKind;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import gx.techmarket.platform.organisations.Qualification;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 创新券服务机构 as the directory's read model knows them: an organisation verified now, in Guangxi, with an
 * INNOVATION_VOUCHER_PROVIDER qualification valid on the day. Cross-city: any city's provider serves any holder.
 */
@ApplicationScoped
class Providers {

    private final Directory directory;
    private final AgroalDataSource dataSource;

    Providers(Directory directory, AgroalDataSource dataSource) {
        this.directory = directory;
        this.dataSource = dataSource;
    }

    /** A qualified provider on {@code day}: its current facts and the qualification that makes it one. */
    record Qualified(OrganisationFacts facts, Qualification qualification) {}

    /** The organisation as a provider on {@code day}, if it is one. */
    Optional<Qualified> qualified(String uscc, LocalDate day) {
        Optional<OrganisationFacts> facts = directory.current(uscc)
                .filter(OrganisationFacts::verified)
                .filter(f -> f.region().startsWith("45"));
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        return directory.qualificationsOn(uscc, day).stream()
                .filter(q -> q.kind() == QualificationKind.INNOVATION_VOUCHER_PROVIDER)
                .max(Comparator.comparing(Qualification::validFrom))
                .map(q -> new Qualified(facts.get(), q));
    }

    /** Every provider qualified on {@code day}, by region then name. */
    List<ProviderView> on(LocalDate day) {
        String sql = """
                select distinct q.uscc from directory_qualification q
                 where q.kind = 'INNOVATION_VOUCHER_PROVIDER' and q.valid_from <= ?
                   and (q.valid_to is null or q.valid_to >= ?) and (q.expired_on is null or q.expired_on >= ?)""";
        List<String> usccs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Date d = Date.valueOf(day);
            ps.setDate(1, d);
            ps.setDate(2, d);
            ps.setDate(3, d);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    usccs.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the innovation voucher providers", e);
        }
        return usccs.stream().map(u -> qualified(u, day)).flatMap(Optional::stream)
                .map(p -> new ProviderView(p.facts().uscc(), p.facts().name(), p.facts().region(),
                        p.qualification().number(), p.qualification().validTo()))
                .sorted(Comparator.comparing(ProviderView::region).thenComparing(ProviderView::name))
                .toList();
    }
}
