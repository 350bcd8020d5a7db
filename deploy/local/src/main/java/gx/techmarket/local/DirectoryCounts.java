package gx.techmarket.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a service's readiness check says of the directory: the verified organisations and open registration points
 * the directory holds (check {@code directory}) or a service's read model of it knows (check
 * {@code directory-read-model}, services/platform/organisations). The market is ready for its users once they all
 * agree: the directory seeds the demo organisations at its first start and the others learn them from its events a
 * moment later, and until then a service refuses a user whose organisation it has not heard of.
 */
final class DirectoryCounts {

    static final String DIRECTORY_CHECK = "directory";
    static final String READ_MODEL_CHECK = "directory-read-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DirectoryCounts() {}

    /** {@code verifiedOrganisations/openRegistrationPoints} of the named check in a health body, if it has it. */
    static Optional<String> of(String healthBody, String check) {
        try {
            for (JsonNode c : JSON.readTree(healthBody).path("checks")) {
                JsonNode data = c.path("data");
                if (check.equals(c.path("name").asText()) && data.has("verifiedOrganisations")) {
                    return Optional.of(data.path("verifiedOrganisations").asLong() + "/"
                            + data.path("openRegistrationPoints").asLong());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether every reader counts what the directory counts, and the directory counts something (it always holds
     * the province's operator once it has started).
     */
    static boolean agree(Optional<String> directory, Map<String, Optional<String>> readers) {
        if (directory.isEmpty() || directory.get().startsWith("0/")) {
            return false;
        }
        Collection<Optional<String>> counts = readers.values();
        return counts.stream().allMatch(directory::equals);
    }
}
