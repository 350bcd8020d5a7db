package gx.techmarket.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One recipient's mailbox on the market's embedded mail server (GreenMail's REST API,
 * {@code GET /api/user/<address>/messages/INBOX}): what the market sent to that address, as a developer reads it.
 */
final class Mailbox {

    /** One received mail: its subject (decoded) and the text of its {@code text/plain} part (decoded). */
    record Mail(String subject, String text) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern PLAIN_PART = Pattern.compile(
            "Content-Type: text/plain; charset=UTF-8\\r?\\nContent-Transfer-Encoding: quoted-printable\\r?\\n\\r?\\n"
                    + "(.*?)\\r?\\n------=_Part", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final String api;
    private final String address;

    Mailbox(Market market, String address) {
        this.api = market.mailApi();
        this.address = address;
    }

    /** Every mail received so far, oldest first; none when nothing was sent to the address yet. */
    List<Mail> mails() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<Mail> mails = new ArrayList<>();
        if (response.statusCode() != 200) {
            // GreenMail creates a mailbox with the first mail to an address; before that it answers 400
            return mails;
        }
        for (JsonNode message : new ObjectMapper().readTree(response.body())) {
            String mime = message.path("mimeMessage").asText();
            Matcher plain = PLAIN_PART.matcher(mime);
            mails.add(new Mail(message.path("subject").asText(), plain.find() ? quotedPrintable(plain.group(1))
                    : mime));
        }
        return mails;
    }

    /** RFC 2045 quoted-printable (soft line breaks, {@code =XX} bytes) read as UTF-8: how Keycloak sends its text. */
    static String quotedPrintable(String encoded) {
        String joined = encoded.replaceAll("=\\r?\\n", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c); // quoted-printable text is ASCII
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
