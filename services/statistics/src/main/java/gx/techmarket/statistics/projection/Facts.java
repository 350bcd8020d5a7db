package gx.techmarket.statistics.projection;

import gx.techmarket.contracts.events.BrokerChanged;
import gx.techmarket.contracts.events.BudgetChanged;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ClaimDecided;
import gx.techmarket.contracts.events.ContractAmended;
import gx.techmarket.contracts.events.ContractDeregistered;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.SubsidyGranted;
import gx.techmarket.contracts.events.SubsidyPaid;
import gx.techmarket.contracts.events.VoucherExpired;
import gx.techmarket.contracts.events.VoucherIssued;
import gx.techmarket.contracts.events.VoucherRedeemed;
import gx.techmarket.platform.domain.MarketClock;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes the facts of one generation from the services' events, in the caller's transaction. Every write is an
 * upsert that sets a fact to what the event says (never an increment), guarded by the fact's last change, so the
 * same events give the same facts whatever is applied twice or late: a rebuild from offset 0 and the live consumer
 * agree to the fen.
 */
@ApplicationScoped
public class Facts {

    /** Of two changes of a contract at the same instant, the registration before its amendments before its 注销. */
    static final int RANK_REGISTERED = 0;
    static final int RANK_DEREGISTERED = 1_000_000;
    /** Of two changes of a listing or challenge at the same instant, the publication before its end. */
    static final int RANK_PUBLISHED = 0;
    static final int RANK_ENDED = 1;

    private final AgroalDataSource db;
    private final Directory directory;

    Facts(AgroalDataSource db, Directory directory) {
        this.db = db;
        this.directory = directory;
    }

    // ---- 技术合同 ----

    public void contractRegistered(int generation, ContractRegistered e) {
        contract(generation, e, e.registeredAt(), RANK_REGISTERED);
    }

    public void contractAmended(int generation, ContractAmended e) {
        contract(generation, e.asRegistered(), e.amendedAt(), e.amendmentNumber());
    }

    private void contract(int generation, ContractRegistered e, Instant changedAt, int rank) {
        exec("""
                insert into contract_fact (generation, contract_id, status, changed_at, change_rank, registration_number,
                    title, contract_type, category, registered_on,
                    seller_uscc, seller_name, seller_kind, seller_region, seller_country,
                    buyer_uscc, buyer_name, buyer_kind, buyer_region, buyer_country,
                    intermediary_uscc, intermediary_name, intermediary_region, point_uscc, point_name, point_code,
                    total_amount, non_technical_amount, technology_amount, scope, technical_field, broker_account)
                values (?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, contract_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    registration_number = excluded.registration_number, title = excluded.title,
                    contract_type = excluded.contract_type, category = excluded.category,
                    registered_on = excluded.registered_on,
                    seller_uscc = excluded.seller_uscc, seller_name = excluded.seller_name,
                    seller_kind = excluded.seller_kind, seller_region = excluded.seller_region,
                    seller_country = excluded.seller_country,
                    buyer_uscc = excluded.buyer_uscc, buyer_name = excluded.buyer_name,
                    buyer_kind = excluded.buyer_kind, buyer_region = excluded.buyer_region,
                    buyer_country = excluded.buyer_country,
                    intermediary_uscc = excluded.intermediary_uscc, intermediary_name = excluded.intermediary_name,
                    intermediary_region = excluded.intermediary_region,
                    point_uscc = excluded.point_uscc, point_name = excluded.point_name,
                    point_code = excluded.point_code,
                    total_amount = excluded.total_amount, non_technical_amount = excluded.non_technical_amount,
                    technology_amount = excluded.technology_amount, scope = excluded.scope,
                    technical_field = excluded.technical_field, broker_account = excluded.broker_account
                where (contract_fact.changed_at, contract_fact.change_rank)
                    <= (excluded.changed_at, excluded.change_rank)""",
                generation, e.contractId(), ts(changedAt), rank, e.registrationNumber(), e.title(),
                e.contractType().name(), e.contractType().category().name(), chinaDate(e.registeredAt()),
                e.seller().uscc(), e.seller().name(), e.seller().kind().name(), e.seller().region(), country(e.seller()),
                e.buyer().uscc(), e.buyer().name(), e.buyer().kind().name(), e.buyer().region(), country(e.buyer()),
                uscc(e.intermediary()), name(e.intermediary()), region(e.intermediary()),
                e.registrationPoint().uscc(), e.registrationPoint().name(), e.registrationPoint().code(),
                e.totalContractAmount(), e.nonTechnicalAmount(), e.technologyTransactionAmount(),
                Scope.of(e.seller(), e.buyer()).name(), e.technicalField(), e.brokerAccount());
    }

    public void contractDeregistered(int generation, ContractDeregistered e) {
        ContractType type = e.contractType();
        RegistrationPoint point = e.registrationPoint();
        exec("""
                insert into contract_fact (generation, contract_id, status, changed_at, change_rank, registration_number,
                    title, contract_type, category, seller_uscc, seller_name, seller_kind, seller_region, seller_country,
                    buyer_uscc, buyer_name, buyer_kind, buyer_region, buyer_country,
                    intermediary_uscc, intermediary_name, intermediary_region, point_uscc, point_name, point_code, scope)
                values (?, ?, 'DEREGISTERED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, contract_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank
                where (contract_fact.changed_at, contract_fact.change_rank)
                    <= (excluded.changed_at, excluded.change_rank)""",
                generation, e.contractId(), ts(e.deregisteredAt()), RANK_DEREGISTERED, e.registrationNumber(),
                e.title(), type.name(), type.category().name(),
                e.seller().uscc(), e.seller().name(), e.seller().kind().name(), e.seller().region(), country(e.seller()),
                e.buyer().uscc(), e.buyer().name(), e.buyer().kind().name(), e.buyer().region(), country(e.buyer()),
                uscc(e.intermediary()), name(e.intermediary()), region(e.intermediary()),
                point.uscc(), point.name(), point.code(), Scope.of(e.seller(), e.buyer()).name());
    }

    // ---- 科技成果, 技术需求 ----

    public void resultPublished(int generation, ResultPublished e) {
        published(generation, e.resultId(), "RESULT", e.regionCode(), e.industry(), e.holder(), e.publishedAt(),
                new Content(e.title(), e.summary(), e.maturity() == null ? null : e.maturity().name(),
                        join(e.transferModes()), e.askingPrice(), e.priceNegotiable(), null, null, null, e.titleEn(),
                        e.summaryEn()));
    }

    public void demandPublished(int generation, DemandPublished e) {
        published(generation, e.demandId(), "DEMAND", e.regionCode(), e.industry(), e.demander(), e.publishedAt(),
                new Content(e.title(), e.problem(), null, join(e.cooperationModes()), null, null, e.budgetMin(),
                        e.budgetMax(), e.deadline(), e.titleEn(), e.problemEn()));
    }

    /** What a publication says of its listing for the open data: never a contact or a person. */
    private record Content(String title, String summary, String maturity, String modes,
            java.math.BigDecimal askingPrice, Boolean priceNegotiable, java.math.BigDecimal budgetMin,
            java.math.BigDecimal budgetMax, LocalDate deadline, String titleEn, String summaryEn) {}

    private void published(int generation, java.util.UUID id, String kind, String region, String industry,
            Party owner, Instant publishedAt, Content c) {
        exec("""
                insert into listing_fact (generation, listing_id, kind, status, changed_at, change_rank, region,
                    industry, owner_uscc, owner_kind, first_published_at, published_at, title, summary, owner_name,
                    maturity, modes, asking_price, price_negotiable, budget_min, budget_max, deadline, title_en,
                    summary_en)
                values (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, listing_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    region = excluded.region, industry = excluded.industry, owner_uscc = excluded.owner_uscc,
                    owner_kind = excluded.owner_kind,
                    first_published_at = least(listing_fact.first_published_at, excluded.first_published_at),
                    published_at = excluded.published_at, matched_at = null, ended_at = null,
                    title = excluded.title, summary = excluded.summary, owner_name = excluded.owner_name,
                    maturity = excluded.maturity, modes = excluded.modes, asking_price = excluded.asking_price,
                    price_negotiable = excluded.price_negotiable, budget_min = excluded.budget_min,
                    budget_max = excluded.budget_max, deadline = excluded.deadline, title_en = excluded.title_en,
                    summary_en = excluded.summary_en
                where (listing_fact.changed_at, listing_fact.change_rank) <= (excluded.changed_at, excluded.change_rank)""",
                generation, id, kind, ts(publishedAt), RANK_PUBLISHED, region, industry, owner.uscc(),
                owner.kind().name(), ts(publishedAt), ts(publishedAt), c.title(), c.summary(), owner.name(),
                c.maturity(), c.modes(), c.askingPrice(), c.priceNegotiable(), c.budgetMin(), c.budgetMax(),
                c.deadline() == null ? null : java.sql.Date.valueOf(c.deadline()), c.titleEn(), c.summaryEn());
    }

    private static String join(java.util.List<? extends Enum<?>> values) {
        return values == null ? null : String.join(",", values.stream().map(Enum::name).toList());
    }

    public void resultWithdrawn(int generation, ResultWithdrawn e) {
        ended(generation, e.resultId(), "RESULT", "WITHDRAWN", e.holderUscc(), e.withdrawnAt());
    }

    public void demandClosed(int generation, DemandClosed e) {
        ended(generation, e.demandId(), "DEMAND", "CLOSED", e.demanderUscc(), e.closedAt());
    }

    public void demandExpired(int generation, DemandExpired e) {
        ended(generation, e.demandId(), "DEMAND", "EXPIRED", e.demanderUscc(), e.expiredAt());
    }

    public void demandMatched(int generation, DemandMatched e) {
        exec("""
                insert into listing_fact (generation, listing_id, kind, status, changed_at, change_rank, owner_uscc,
                    matched_at)
                values (?, ?, 'DEMAND', 'MATCHED', ?, ?, ?, ?)
                on conflict (generation, listing_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    matched_at = excluded.matched_at, ended_at = null
                where (listing_fact.changed_at, listing_fact.change_rank) <= (excluded.changed_at, excluded.change_rank)""",
                generation, e.demandId(), ts(e.matchedAt()), RANK_ENDED, e.demanderUscc(), ts(e.matchedAt()));
    }

    private void ended(int generation, java.util.UUID id, String kind, String status, String ownerUscc, Instant at) {
        exec("""
                insert into listing_fact (generation, listing_id, kind, status, changed_at, change_rank, owner_uscc,
                    ended_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, listing_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    ended_at = excluded.ended_at
                where (listing_fact.changed_at, listing_fact.change_rank) <= (excluded.changed_at, excluded.change_rank)""",
                generation, id, kind, status, ts(at), RANK_ENDED, ownerUscc, ts(at));
    }

    // ---- 揭榜挂帅 ----

    public void challengePublished(int generation, ChallengePublished e) {
        exec("""
                insert into challenge_fact (generation, challenge_id, kind, status, changed_at, change_rank, region,
                    published_at)
                values (?, ?, ?, 'PUBLISHED', ?, ?, ?, ?)
                on conflict (generation, challenge_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    region = excluded.region, published_at = excluded.published_at
                where (challenge_fact.changed_at, challenge_fact.change_rank)
                    <= (excluded.changed_at, excluded.change_rank)""",
                generation, e.challengeId(), e.kind().name(), ts(e.publishedAt()), RANK_PUBLISHED, e.regionCode(),
                ts(e.publishedAt()));
    }

    public void challengeAwarded(int generation, ChallengeAwarded e) {
        exec("""
                insert into challenge_fact (generation, challenge_id, kind, status, changed_at, change_rank,
                    awarded_at, price)
                values (?, ?, ?, 'AWARDED', ?, ?, ?, ?)
                on conflict (generation, challenge_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    awarded_at = excluded.awarded_at, price = excluded.price
                where (challenge_fact.changed_at, challenge_fact.change_rank)
                    <= (excluded.changed_at, excluded.change_rank)""",
                generation, e.challengeId(), e.kind().name(), ts(e.awardedAt()), RANK_ENDED, ts(e.awardedAt()),
                e.price());
    }

    public void challengeFailed(int generation, ChallengeFailed e) {
        challengeEnded(generation, e.challengeId(), e.kind().name(), "FAILED", e.regionCode(), e.failedAt());
    }

    public void challengeCancelled(int generation, ChallengeCancelled e) {
        challengeEnded(generation, e.challengeId(), e.kind().name(), "CANCELLED", e.regionCode(), e.cancelledAt());
    }

    private void challengeEnded(int generation, java.util.UUID id, String kind, String status, String region,
            Instant at) {
        exec("""
                insert into challenge_fact (generation, challenge_id, kind, status, changed_at, change_rank, region,
                    ended_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, challenge_id) do update set
                    status = excluded.status, changed_at = excluded.changed_at, change_rank = excluded.change_rank,
                    ended_at = excluded.ended_at
                where (challenge_fact.changed_at, challenge_fact.change_rank)
                    <= (excluded.changed_at, excluded.change_rank)""",
                generation, id, kind, status, ts(at), RANK_ENDED, region, ts(at));
    }

    // ---- 补助 ----

    public void subsidyGranted(int generation, SubsidyGranted e) {
        exec("""
                insert into grant_fact (generation, entitlement_id, programme_code, budget_year, beneficiary_uscc,
                    beneficiary_region, amount, granted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, entitlement_id) do nothing""",
                generation, e.entitlementId(), e.programmeCode(), e.budgetYear(), e.beneficiary().uscc(),
                e.beneficiary().region(), e.amount(), ts(e.grantedAt()));
    }

    public void claimDecided(int generation, ClaimDecided e) {
        exec("""
                insert into claim_fact (generation, claim_id, programme_code, budget_year, beneficiary_uscc,
                    beneficiary_region, decision, amount, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, claim_id) do update set
                    programme_code = excluded.programme_code, budget_year = excluded.budget_year,
                    beneficiary_region = excluded.beneficiary_region, decision = excluded.decision,
                    amount = excluded.amount, changed_at = excluded.changed_at
                where claim_fact.changed_at <= excluded.changed_at""",
                generation, e.claimId(), e.programmeCode(), e.budgetYear(), e.beneficiaryUscc(),
                regionOf(e.beneficiaryUscc(), e.decidedAt()), e.decision().name(), e.amount(), ts(e.decidedAt()));
    }

    // ---- 创新券 and budgets ----

    public void voucherIssued(int generation, VoucherIssued e) {
        voucher(generation, e.voucherId(), "ISSUED", 0, e.issuedAt(), e.programmeCode(), e.budgetYear(),
                e.subMarket(), e.holder(), e.faceValue(), null, null);
    }

    public void voucherRedeemed(int generation, VoucherRedeemed e) {
        voucher(generation, e.voucherId(), "REDEEMED", 1, e.redeemedAt(), e.programmeCode(), e.budgetYear(),
                e.subMarket(), e.holder(), e.faceValue(), e.redeemedAmount(), e.returnedAmount());
    }

    public void voucherExpired(int generation, VoucherExpired e) {
        voucher(generation, e.voucherId(), "EXPIRED", 1, e.expiredAt(), e.programmeCode(), e.budgetYear(),
                e.subMarket(), e.holder(), e.faceValue(), null, e.faceValue());
    }

    /** Sets the voucher's fact unless what it holds is later (issued, rank 0, before redeemed or expired, rank 1). */
    private void voucher(int generation, UUID voucherId, String status, int rank, Instant changedAt,
            String programme, int year, String subMarket, Party holder, BigDecimal faceValue, BigDecimal redeemed,
            BigDecimal returned) {
        exec("""
                insert into voucher_fact (generation, voucher_id, status, change_rank, changed_at, programme_code,
                    budget_year, sub_market, holder_uscc, holder_region, face_value, redeemed_amount, returned_amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, voucher_id) do update set
                    status = excluded.status, change_rank = excluded.change_rank, changed_at = excluded.changed_at,
                    redeemed_amount = excluded.redeemed_amount, returned_amount = excluded.returned_amount
                where (voucher_fact.change_rank, voucher_fact.changed_at)
                    <= (excluded.change_rank, excluded.changed_at)""",
                generation, voucherId, status, rank, ts(changedAt), programme, year, subMarket, holder.uscc(),
                holder.region(), faceValue, redeemed, returned);
    }

    /** A 技术经理人 as the directory announced it last (names the accounts of the performance record). */
    public void brokerChanged(int generation, BrokerChanged e) {
        exec("""
                insert into broker_fact (generation, broker_id, account_subject, name, agency_uscc, certificate_number,
                    status, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, broker_id) do update set
                    account_subject = excluded.account_subject, name = excluded.name,
                    agency_uscc = excluded.agency_uscc, certificate_number = excluded.certificate_number,
                    status = excluded.status, changed_at = excluded.changed_at
                where broker_fact.changed_at <= excluded.changed_at""",
                generation, e.brokerId(), e.accountSubject(), e.name(), e.agencyUscc(), e.certificateNumber(),
                e.status().name(), ts(e.changedAt()));
    }

    /** A programme-year's budget and available amount, kept at its highest version. */
    public void budgetChanged(int generation, BudgetChanged e) {
        exec("""
                insert into budget_fact (generation, programme_id, programme_code, budget_year, sub_market, budget,
                    available, version, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, programme_id) do update set
                    programme_code = excluded.programme_code, budget_year = excluded.budget_year,
                    sub_market = excluded.sub_market, budget = excluded.budget, available = excluded.available,
                    version = excluded.version, changed_at = excluded.changed_at
                where budget_fact.version < excluded.version""",
                generation, e.programmeId(), e.programmeCode(), e.budgetYear(), e.subMarket(), e.budget(),
                e.available(), e.version(), ts(e.changedAt()));
    }

    public void subsidyPaid(int generation, SubsidyPaid e) {
        exec("""
                insert into payment_fact (generation, payee_reference, payment_batch_id, programme_code, budget_year,
                    payee_uscc, payee_region, gross_amount, offset_amount, net_amount, paid_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (generation, payee_reference) do nothing""",
                generation, e.payeeReference(), e.paymentBatchId(), e.programmeCode(), e.budgetYear(), e.payeeUscc(),
                regionOf(e.payeeUscc(), e.paidAt()), e.grossAmount(), e.offsetAmount(), e.netAmount(),
                java.sql.Date.valueOf(e.paidOn()));
    }

    /** The organisation's region as the directory had it then: the same answer in a rebuild as live. */
    private String regionOf(String uscc, Instant when) {
        return directory.asOf(uscc, when).map(OrganisationFacts::region).orElse(null);
    }

    // ---- plumbing ----

    private void exec(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null) {
                    s.setNull(i + 1, Types.NULL);
                } else {
                    s.setObject(i + 1, a);
                }
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write a fact of the statistics", e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static java.sql.Date chinaDate(Instant instant) {
        return java.sql.Date.valueOf(LocalDate.ofInstant(instant, MarketClock.CHINA));
    }

    private static String country(Party p) {
        return p.country() == null ? Party.CHINA : p.country();
    }

    private static String uscc(Party p) {
        return p == null ? null : p.uscc();
    }

    private static String name(Party p) {
        return p == null ? null : p.name();
    }

    private static String region(Party p) {
        return p == null ? null : p.region();
    }
}
