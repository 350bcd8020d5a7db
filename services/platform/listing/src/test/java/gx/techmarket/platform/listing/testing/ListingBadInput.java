package gx.techmarket.platform.listing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A listing service's state-changing endpoints (create, edit, the owner's and the operator's actions) as the
 * bad-input kit attacks them, and the kit's tests over them: they cover every state-changing operation, each refuses
 * bad input and changes nothing, and no request is answered 5xx.
 */
public final class ListingBadInput {

    private final String base;
    private final String owner;
    private final String operator;
    private final List<Endpoint> endpoints = new ArrayList<>();

    /** Listings under {@code base} (e.g. {@code /results}), owned by {@code owner}'s organisation. */
    public ListingBadInput(String base, String owner, String operator, String content) {
        this.base = base;
        this.owner = owner;
        this.operator = operator;
        endpoints.add(Endpoint.body("POST", base, base, owner, content));
    }

    /** The editing PUT on listing {@code id}. */
    public ListingBadInput edit(String id, String content) {
        endpoints.add(Endpoint.body("PUT", base + "/{id}", base + "/" + id, owner, content));
        return this;
    }

    /** The owner's {@code action} on listing {@code id}; {@code body} {@code null} for a bodyless one. */
    public ListingBadInput owner(String action, String id, String body) {
        return action(action, id, owner, body);
    }

    /** The operator's {@code action} on listing {@code id}; {@code body} {@code null} for a bodyless one. */
    public ListingBadInput operator(String action, String id, String body) {
        return action(action, id, operator, body);
    }

    private ListingBadInput action(String action, String id, String token, String body) {
        String template = base + "/{id}/" + action;
        String path = base + "/" + id + "/" + action;
        endpoints.add(body == null ? Endpoint.bodyless("POST", template, path, token)
                : Endpoint.body("POST", template, path, token, body));
        return this;
    }

    /** Another state-changing endpoint of the service (a bulk import, {@code POST /editions}), attacked the same way. */
    public ListingBadInput also(Endpoint endpoint) {
        endpoints.add(endpoint);
        return this;
    }

    /** The kit's tests, reported under {@code service}. */
    public Stream<DynamicTest> tests(BadInputKit kit, String service) {
        List<Endpoint> all = List.copyOf(endpoints);
        return Stream.of(
                Stream.of(DynamicTest.dynamicTest("covers every state-changing operation", () -> kit.assertCovers(all))),
                all.stream().map(e -> DynamicTest.dynamicTest(e.operation(), () -> kit.assertRefusesBadInput(e))),
                Stream.of(DynamicTest.dynamicTest("no request answered 5xx", () -> {
                    System.out.println(kit.summary(service, all.size()));
                    assertThat(kit.serverErrors()).isZero();
                })))
                .flatMap(s -> s);
    }
}
