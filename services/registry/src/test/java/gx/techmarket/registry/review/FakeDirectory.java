package gx.techmarket.registry.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.registry.review.DirectoryResource.Drawn;
import gx.techmarket.registry.review.DirectoryResource.DrawnPanel;
import gx.techmarket.registry.review.DirectoryResource.Organisation;
import gx.techmarket.registry.review.DirectoryResource.PanelDraw;
import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The directory as the review sees it, in tests: five experts of every field whose accounts are the users
 * {@code expert.1} … {@code expert.5}; a draw takes the first {@code size} of them (fewer than asked: 409
 * {@code NOT_ENOUGH_EXPERTS}, as the directory answers). Each draw asked is kept, to check what the registry sent.
 */
@Mock
@Singleton
public class FakeDirectory implements DirectoryReviews {

    /** The experts every draw chooses from, in order. */
    public static final List<Drawn> EXPERTS = List.of(
            new Drawn("e0000000-0000-0000-0000-000000000001", "陆建华", new Organisation("124501004980015368", "广西科学院")),
            new Drawn("e0000000-0000-0000-0000-000000000002", "李秀英", new Organisation("124501004980015368", "广西科学院")),
            new Drawn("e0000000-0000-0000-0000-000000000003", "周文斌", new Organisation("12450300498503368U", "桂林电子科技大学")),
            new Drawn("e0000000-0000-0000-0000-000000000004", "张立", new Organisation("12450300498503368U", "桂林电子科技大学")),
            new Drawn("e0000000-0000-0000-0000-000000000005", "罗德", new Organisation("91451000MA5N4C8X2R", "百色华银新材料有限公司")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<PanelDraw> draws = new CopyOnWriteArrayList<>();
    private final Map<String, String> bearers = new ConcurrentHashMap<>();

    /** The login name of the account linked to expert {@code i} (1-based) of {@link #EXPERTS}. */
    public static String username(int i) {
        return "expert." + i;
    }

    @Override
    public DrawnPanel draw(String bearer, PanelDraw request) {
        draws.add(request);
        if (request.size() > EXPERTS.size()) {
            throw ProblemException.conflict("NOT_ENOUGH_EXPERTS",
                    "asked " + request.size() + ", eligible " + EXPERTS.size())
                    .withField("size", "NOT_ENOUGH_EXPERTS");
        }
        long seed = request.seed() == null ? 7L : request.seed();
        return new DrawnPanel(UUID.randomUUID().toString(), seed, new ArrayList<>(EXPERTS.subList(0, request.size())));
    }

    @Override
    public Optional<String> expertId(String bearer) {
        String username = bearers.computeIfAbsent(bearer, FakeDirectory::username);
        for (int i = 1; i <= EXPERTS.size(); i++) {
            if (username(i).equals(username)) {
                return Optional.of(EXPERTS.get(i - 1).expertId());
            }
        }
        return Optional.empty();
    }

    /** The draws asked for the contract {@code contractId}. */
    public List<PanelDraw> drawsFor(String contractId) {
        return draws.stream().filter(d -> d.subjectId().equals(contractId)).toList();
    }

    private static String username(String bearer) {
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(bearer.split("\\.")[1]),
                    StandardCharsets.UTF_8));
            return claims.path("preferred_username").asText();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a token", e);
        }
    }
}
