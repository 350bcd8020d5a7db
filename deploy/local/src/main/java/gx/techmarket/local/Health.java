package gx.techmarket.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Health probes: an HTTP GET that must answer 2xx, or a TCP connect. */
public final class Health {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Health() {}

    /** The body of a 2xx answer, or empty for anything else (refused, timed out, another status). */
    public static Optional<String> get(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public static boolean tcp(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks a health spec as {@link State.Component#health()} records it. */
    public static boolean check(String spec) {
        if (spec == null || spec.isBlank()) {
            return false;
        }
        if (spec.startsWith("tcp:")) {
            for (String port : spec.substring(4).split(",")) {
                if (!tcp(Integer.parseInt(port.trim()))) {
                    return false;
                }
            }
            return true;
        }
        return get(URI.create(spec)).isPresent();
    }
}
