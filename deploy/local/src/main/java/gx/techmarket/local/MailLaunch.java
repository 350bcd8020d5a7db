package gx.techmarket.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the embedded default runs its mail server: GreenMail standalone ({@code com.icegreen:greenmail-standalone},
 * copied into {@code deploy/local/target/greenmail/} at package time), a real SMTP server on 127.0.0.1 that accepts
 * mail for any address without authentication and keeps it in memory, one mailbox per recipient, readable through its
 * REST API ({@code GET /api/user/<address>/messages/INBOX}). Keycloak sends its password-reset mails there and the
 * services their notices, so a developer (and the end-to-end tests) read what would have gone out.
 *
 * <p>It runs as a child process of its own rather than in the supervisor's JVM: the standalone jar bundles its own
 * Jersey, Jackson, Log4j and SLF4J unshaded, which would clash with the supervisor's (Kafka's) on one class path.
 * The mails live only as long as the process: a restart of the market starts with empty mailboxes.
 */
public final class MailLaunch {

    /** The sender's host name in the mails' headers. */
    public static final String HOST = "127.0.0.1";

    private MailLaunch() {}

    public static List<String> command(Settings settings, String javaExecutable) {
        List<String> argv = new ArrayList<>();
        argv.add(javaExecutable);
        // a small, quick JVM: it holds a few development mails, and its start must not slow the market's
        argv.addAll(List.of("-Xms16m", "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        argv.add(Leftovers.mark(settings.home()));
        argv.add("-Dgreenmail.smtp.hostname=" + HOST);
        argv.add("-Dgreenmail.smtp.port=" + settings.smtpPort());
        // any recipient gets a mailbox on its first mail, no login needed: the market's users are not GreenMail's
        argv.add("-Dgreenmail.auth.disabled");
        argv.add("-Dgreenmail.api.hostname=" + HOST);
        argv.add("-Dgreenmail.api.port=" + settings.mailApiPort());
        argv.add("-jar");
        argv.add(settings.mailServerJar().toString());
        return argv;
    }

    /**
     * What a process that sends mail is told (every service, and Keycloak for its realm's {@code smtpServer}, whose
     * host and port are placeholders of these names in the realm file).
     */
    public static Map<String, String> clientEnvironment(Settings settings) {
        return Map.of("TECHMARKET_SMTP_HOST", HOST, "TECHMARKET_SMTP_PORT", Integer.toString(settings.smtpPort()));
    }

    /** Ready when GreenMail says its servers run. */
    public static String healthUrl(Settings settings) {
        return settings.mailApiUrl() + "/api/service/readiness";
    }

    /** A recipient's received mails, as JSON (uid, subject, the raw MIME message). */
    public static String mailboxUrl(Settings settings, String address) {
        return settings.mailApiUrl() + "/api/user/" + address + "/messages/INBOX";
    }
}
