package gx.techmarket.notification.mail;

import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the mails waiting in the {@link Mailbox} through the SMTP server, a batch at a time: each mail is locked
 * while it is sent and marked sent in the same transaction, so two instances never send one together; a failure is
 * counted and retried on the next run, up to {@link Mail#MAX_ATTEMPTS}.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 20;
    private static final long SEND_TIMEOUT_SECONDS = 20;
    private static final int TRANSACTION_TIMEOUT_SECONDS = 60;

    private final Mailbox mailbox;
    private final Clock clock;
    private final MailClient client;
    private final String from;

    MailSender(Mailbox mailbox, Clock clock, Vertx vertx,
            @ConfigProperty(name = "techmarket.notification.smtp.host") String host,
            @ConfigProperty(name = "techmarket.notification.smtp.port") int port,
            @ConfigProperty(name = "techmarket.notification.mail.from") String from) {
        this.mailbox = mailbox;
        this.clock = clock;
        this.from = from;
        // the embedded default's SMTP server speaks plain SMTP without login; a production relay is configured by
        // host and port the same way (TLS and credentials would be added here when one needs them)
        this.client = MailClient.createShared(vertx, new MailConfig().setHostname(host).setPort(port)
                .setStarttls(StartTLSOptions.DISABLED).setKeepAlive(false), "techmarket-notification");
    }

    @Scheduled(every = "${techmarket.notification.mail.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendPending();
    }

    /**
     * Sends up to a batch of waiting mails, each in a transaction of its own that holds its row while the SMTP server
     * takes it (so a slow or unreachable server costs one mail's transaction, never the others' progress); how many
     * were sent.
     */
    public int sendPending() {
        Set<UUID> tried = new HashSet<>();
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<Boolean> outcome = QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS)
                    .call(() -> mailbox.lockNextPending(tried).map(mail -> {
                        tried.add(mail.id());
                        return send(mail);
                    }));
            if (outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one locked mail and records the outcome on it; whether the server took it. */
    private boolean send(Mail mail) {
        try {
            client.sendMail(new MailMessage().setFrom(from).setTo(mail.recipient).setSubject(mail.subject)
                            .setText(mail.body))
                    .toCompletionStage().toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            mail.sent(MarketClock.now(clock));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mail.failed("interrupted");
            return false;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.warnf("Mail %s to %s not sent (attempt %d): %s", mail.id(), mail.recipient, mail.attempts + 1,
                    cause.toString());
            mail.failed(cause.toString());
            return false;
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
