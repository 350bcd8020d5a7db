package gx.techmarket.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gx.techmarket.bench.load.Http;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stream against a fake catalogue that makes a change visible to its search {@link #VISIBLE_AFTER_MS} ms after
 * the call that committed it, and answers only the right user's token on each call.
 */
class PublishStreamAgainstAFakeCatalogueTest {

    static final long VISIBLE_AFTER_MS = 120;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> wordOf = new ConcurrentHashMap<>();
    /** Word → since when (System.nanoTime) it is findable (published) or gone (withdrawn, negative). */
    private final Map<String, Long> visibleFrom = new ConcurrentHashMap<>();
    private final Map<String, Long> goneFrom = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String token = x.getRequestHeaders().getFirst("Authorization");
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long now = System.nanoTime();
        if (x.getRequestMethod().equals("GET") && path.equals("/results/search")) {
            String q = URLDecoder.decode(x.getRequestURI().getRawQuery().replaceAll(".*q=([^&]*).*", "$1"),
                    StandardCharsets.UTF_8);
            Long from = visibleFrom.get(q);
            Long gone = goneFrom.get(q);
            boolean found = from != null && now >= from && (gone == null || now < gone);
            answer(x, 200, "{\"items\":[],\"total\":" + (found ? 1 : 0) + ",\"totalExact\":true}");
            return;
        }
        boolean operatorCall = path.endsWith("/approve");
        if (!("Bearer " + (operatorCall ? "operator-token" : "holder-token")).equals(token)) {
            refused.incrementAndGet();
            answer(x, 403, "{}");
            return;
        }
        if (path.equals("/results")) {
            String title = json.readTree(body).get("title").asText();
            String id = UUID.randomUUID().toString();
            wordOf.put(id, title.substring(title.lastIndexOf(' ') + 1));
            answer(x, 201, "{\"id\":\"" + id + "\"}");
        } else if (path.endsWith("/submit")) {
            answer(x, 200, "{}");
        } else if (operatorCall) {
            visibleFrom.put(wordOf.get(id(path)), now + VISIBLE_AFTER_MS * 1_000_000);
            answer(x, 200, "{}");
        } else if (path.endsWith("/withdraw")) {
            goneFrom.put(wordOf.get(id(path)), now + VISIBLE_AFTER_MS * 1_000_000);
            answer(x, 200, "{}");
        } else {
            answer(x, 404, "{}");
        }
    }

    private static String id(String path) {
        return path.split("/")[2];
    }

    private static void answer(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Test
    void publishesWithdrawsAndMeasuresWhenEachChangeIsSeen() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String> tokens = Map.of("uni.x", "holder-token", "admin.x", "operator-token");
        PublishStream.Summary s;
        try (PublishStream stream = new PublishStream(new Http(),
                new PublishStream.Endpoints(url, tokens::get, "uni.x", "admin.x"), new ResultGenerator(7), 100,
                "test")) {
            // the operations one by one (the schedule only starts them at their times): five publications, each
            // probed until found, then two withdrawals of the oldest, each probed until gone
            for (long i = 0; i < 5; i++) {
                stream.publishOne(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            for (long i = 0; i < 2; i++) {
                stream.withdrawOne(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            s = stream.stop();
        }
        assertThat(refused).hasValue(0);
        assertThat(s.firstError()).isNull();
        assertThat(s.publishErrors()).isZero();
        assertThat(s.withdrawErrors()).isZero();
        assertThat(s.publishedOk()).isEqualTo(5);
        assertThat(s.withdrawnOk()).isEqualTo(2);
        // every publication was probed until found, every withdrawal until gone
        assertThat(s.findable().count()).isEqualTo(s.publishedOk());
        assertThat(s.gone().count()).isEqualTo(s.withdrawnOk());
        assertThat(s.missedFindable()).isZero();
        assertThat(s.missedGone()).isZero();
        assertThat(wordOf).hasSize(5);
        assertThat(goneFrom.keySet()).containsExactlyInAnyOrder(PublishStream.word("test", 0),
                PublishStream.word("test", 1));
    }
}
