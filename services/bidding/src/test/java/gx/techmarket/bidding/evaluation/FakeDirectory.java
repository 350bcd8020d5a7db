package gx.techmarket.bidding.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.bidding.evaluation.DirectoryResource.Avoided;
import gx.techmarket.bidding.evaluation.DirectoryResource.Drawn;
import gx.techmarket.bidding.evaluation.DirectoryResource.DrawnPanel;
import gx.techmarket.bidding.evaluation.DirectoryResource.ExpertEntry;
import gx.techmarket.bidding.evaluation.DirectoryResource.PanelDraw;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.testing.Orgs;
import io.quarkus.test.Mock;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The directory as the evaluation sees it, in tests: six experts whose accounts are the users {@code expert.1} …
 * {@code expert.6}; the first works for 广西大学 (GXU), so it is avoided whenever GXU is a party (as the directory
 * avoids an expert of a party's organisation); a draw takes the first {@code size} of the others (fewer than asked:
 * 409 {@code NOT_ENOUGH_EXPERTS}, as the directory answers). Each draw asked is kept, to check what was sent.
 */
@Mock
@Singleton
public class FakeDirectory implements EvaluationDirectory {

    public static final List<Drawn> EXPERTS = List.of(
            new Drawn("e1000000-0000-0000-0000-000000000001", "韦国强", Orgs.GXU.uscc(), Orgs.GXU.name()),
            new Drawn("e1000000-0000-0000-0000-000000000002", "陆建华", "124501004980015368", "广西科学院"),
            new Drawn("e1000000-0000-0000-0000-000000000003", "李秀英", "124501004980015368", "广西科学院"),
            new Drawn("e1000000-0000-0000-0000-000000000004", "周文斌", "12450300498503368U", "桂林电子科技大学"),
            new Drawn("e1000000-0000-0000-0000-000000000005", "张立", "12450300498503368U", "桂林电子科技大学"),
            new Drawn("e1000000-0000-0000-0000-000000000006", "黄海燕", "124500004985012345", "广西农业科学院"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<PanelDraw> draws = new CopyOnWriteArrayList<>();

    /** The login name of the account linked to expert {@code i} (1-based) of {@link #EXPERTS}. */
    public static String username(int i) {
        return "expert." + i;
    }

    @Override
    public DrawnPanel draw(String bearer, PanelDraw request) {
        draws.add(request);
        List<Drawn> eligible = new ArrayList<>();
        List<Avoided> avoided = new ArrayList<>();
        for (Drawn e : EXPERTS) {
            if (request.parties().contains(e.organisationUscc())) {
                avoided.add(new Avoided(e.expertId(), e.name(), e.organisationUscc(), e.organisationUscc(),
                        "ORGANISATION_AFFILIATED", "SAME", null, null));
            } else {
                eligible.add(e);
            }
        }
        if (request.size() > eligible.size()) {
            throw ProblemException.conflict("NOT_ENOUGH_EXPERTS", "asked " + request.size() + ", eligible "
                    + eligible.size()).withField("size", "NOT_ENOUGH_EXPERTS");
        }
        long seed = request.seed() == null ? 7L : request.seed();
        return new DrawnPanel(UUID.randomUUID().toString(), seed, List.copyOf(eligible.subList(0, request.size())),
                avoided);
    }

    @Override
    public Optional<ExpertEntry> me(String bearer) {
        String username = username(bearer);
        for (int i = 1; i <= EXPERTS.size(); i++) {
            if (username(i).equals(username)) {
                return Optional.of(new ExpertEntry(EXPERTS.get(i - 1).expertId(), EXPERTS.get(i - 1).name()));
            }
        }
        return Optional.empty();
    }

    /** The draws asked for the challenge {@code challengeId}. */
    public List<PanelDraw> drawsFor(String challengeId) {
        return draws.stream().filter(d -> d.subjectId().equals(challengeId)).toList();
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
