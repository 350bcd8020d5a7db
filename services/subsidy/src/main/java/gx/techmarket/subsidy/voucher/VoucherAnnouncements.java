package gx.techmarket.subsidy.voucher;

import gx.techmarket.platform.messaging.Outbox;
import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.organisations.OrganisationFacts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Announces, once, the vouchers that existed before their events did ({@code voucher_announcement_backlog}, filled by
 * V16): {@code VoucherIssued}, and {@code VoucherRedeemed} or {@code VoucherExpired} as each stands, with what the
 * voucher recorded — so that every consumer (the statistics) counts every voucher. A redeemed voucher whose provider's
 * kind was not kept takes it from the directory; one the directory does not know stays in the backlog for the next
 * start (logged), rather than be announced with a kind nobody verified.
 */
@ApplicationScoped
class VoucherAnnouncements {

    private static final Logger LOG = Logger.getLogger(VoucherAnnouncements.class);

    private final VoucherRepository vouchers;
    private final VoucherRoundRepository rounds;
    private final Directory directory;
    private final Outbox outbox;
    private final EntityManager em;

    VoucherAnnouncements(VoucherRepository vouchers, VoucherRoundRepository rounds, Directory directory, Outbox outbox,
            EntityManager em) {
        this.vouchers = vouchers;
        this.rounds = rounds;
        this.directory = directory;
        this.outbox = outbox;
        this.em = em;
    }

    void onStart(@Observes StartupEvent start) {
        int announced = QuarkusTransaction.requiringNew().call(this::announceBacklog);
        if (announced > 0) {
            LOG.infof("announced %d voucher(s) issued before their events existed", announced);
        }
    }

    /** Announces the backlog's vouchers in the caller's transaction; how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int announceBacklog() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select voucher_id from voucher_announcement_backlog order by voucher_id "
                + "for update skip locked").getResultList();
        int announced = 0;
        for (UUID id : ids) {
            Voucher voucher = vouchers.findById(id);
            if (voucher != null && !announce(voucher)) {
                continue; // stays for the next start
            }
            em.createNativeQuery("delete from voucher_announcement_backlog where voucher_id = ?1").setParameter(1, id)
                    .executeUpdate();
            announced += voucher == null ? 0 : 1;
        }
        return announced;
    }

    private boolean announce(Voucher voucher) {
        VoucherRound round = rounds.findById(voucher.roundId);
        if (voucher.status == VoucherStatus.REDEEMED && voucher.providerKindUnknown()) {
            Optional<OrganisationFacts> provider = directory.current(voucher.providerUscc);
            if (provider.isEmpty()) {
                LOG.warnf("voucher %s: its provider %s is not in the directory's read model yet; announced at a later "
                        + "start", voucher.id(), voucher.providerUscc);
                return false;
            }
            voucher.learnProviderKind(provider.get().kind());
        }
        outbox.publish(voucher.issued(round));
        if (voucher.status == VoucherStatus.REDEEMED) {
            outbox.publish(voucher.redemption(round));
        } else if (voucher.status == VoucherStatus.EXPIRED) {
            outbox.publish(voucher.expiry(round));
        }
        return true;
    }
}
