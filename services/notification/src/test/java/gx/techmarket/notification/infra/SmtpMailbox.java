package gx.techmarket.notification.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small SMTP server for the tests (the embedded default runs GreenMail; the mailer's own mock mailbox is not
 * available for this Quarkus release): it speaks enough SMTP for a client that sends plain mail without TLS or
 * login, keeps every message it accepted, refuses the recipients named {@link #BOUNCING}, and is what the service's
 * {@code techmarket.notification.smtp.port} points at during the tests.
 */
public class SmtpMailbox implements QuarkusTestResourceLifecycleManager {

    /** A mail as it arrived: envelope recipients and the raw message (headers and body). */
    public record Received(List<String> recipients, String message) {}

    /** A recipient whose address starts with this is refused (550), as a mail server refuses an unknown mailbox. */
    public static final String BOUNCING = "bounce.";

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    /** Every mail accepted since the tests started. */
    public static List<Received> received() {
        return List.copyOf(RECEIVED);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "test-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("techmarket.notification.smtp.host", "127.0.0.1",
                "techmarket.notification.smtp.port", Integer.toString(server.getLocalPort()));
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a listening socket of a test: nothing to do about a failure
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // a closed server or a client that went away: the next connection is served anew
            }
        }
    }

    private static void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 test-smtp ready");
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
            switch (command) {
                case "EHLO" -> reply(out, "250-test-smtp\r\n250-8BITMIME\r\n250 SMTPUTF8");
                case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                case "RCPT" -> {
                    String recipient = line.replaceAll("(?i)^RCPT TO:\\s*<?([^>\\s]*)>?.*$", "$1");
                    if (recipient.startsWith(BOUNCING)) {
                        reply(out, "550 no such mailbox");
                    } else {
                        recipients.add(recipient);
                        reply(out, "250 OK");
                    }
                }
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                    }
                    RECEIVED.add(new Received(List.copyOf(recipients), message.toString()));
                    recipients.clear();
                    reply(out, "250 OK queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "502 not implemented");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
