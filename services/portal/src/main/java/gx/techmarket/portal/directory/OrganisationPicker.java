package gx.techmarket.portal.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The directory picker (机构选择器) wherever a user names another organisation: verified organisations found by name or
 * USCC. A page shows them to choose from without JavaScript ({@link #find}); {@code js/picker.js} asks
 * {@code GET /organisations/picker?q=} as the user types and lists the same organisations in a combobox.
 */
@Path("/organisations/picker")
@Blocking
@Authenticated
public class OrganisationPicker {

    /** Organisations listed at once; more words narrow them down. */
    public static final int SHOWN = 10;

    /** One organisation to choose: what the list shows of it (name, USCC, region, kind in the user's language). */
    public record Option(String uscc, String name, String kind, String kindLabel, String region,
            String regionName) {}

    @Inject
    @RestClient
    DirectoryClient directory;

    @Inject
    Pages pages;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String options(@QueryParam("q") String q) throws JsonProcessingException {
        Section<Page<OrganisationSummary>> found = find(directory, q);
        DirectoryMsg texts = pages.msg(DirectoryMsg.class);
        List<Option> options = found.ok() ? found.value().items().stream()
                .map(o -> new Option(o.uscc(), o.name(), o.kind(), texts.label(o.kind()), o.region(),
                        o.regionName() == null ? o.region() : o.regionName()))
                .toList() : List.of();
        long total = found.ok() ? found.value().total() : 0;
        String message = !found.ok() ? pages.msg().service_unavailable()
                : options.isEmpty() ? texts.picker_nothing()
                : total > options.size() ? texts.picker_more(total, options.size()) : "";
        return json.writeValueAsString(new Answer(options, total, message));
    }

    /** The picker's answer: the options, how many match in all, and what to tell the user (none, more). */
    public record Answer(List<Option> items, long total, String message) {}

    /**
     * The verified organisations matching {@code q} (name, English name or the start of the USCC), at most
     * {@link #SHOWN}; nothing is asked for an empty search.
     */
    public static Section<Page<OrganisationSummary>> find(DirectoryClient directory, String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            return new Section<>(Page.empty(SHOWN), null, false);
        }
        String words = query.length() > 100 ? query.substring(0, 100) : query;
        return Section.load(() -> directory.search(words, null, null, "VERIFIED", "name", 0, SHOWN));
    }

    /** For the server-rendered picker: the chosen organisation's facts, if it is one the directory shows. */
    @ApplicationScoped
    public static class Chosen {

        @Inject
        @RestClient
        DirectoryClient directory;

        public Section<OrganisationView> of(String uscc) {
            if (uscc == null || uscc.isBlank()) {
                return new Section<>(null, null, false);
            }
            return Section.load(() -> directory.get(uscc.strip()));
        }

        public Section<Page<OrganisationSummary>> find(String q) {
            return OrganisationPicker.find(directory, q);
        }
    }
}
