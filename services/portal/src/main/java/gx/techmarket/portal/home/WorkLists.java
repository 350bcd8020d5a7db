package gx.techmarket.portal.home;

import gx.techmarket.portal.bidding.BiddingClient;
import gx.techmarket.portal.catalogue.CatalogueClient;
import gx.techmarket.portal.demand.DemandClient;
import gx.techmarket.portal.directory.DirectoryClient;
import gx.techmarket.portal.registry.RegistryClient;
import gx.techmarket.portal.subsidy.SubsidyClient;
import gx.techmarket.portal.web.Choices;
import gx.techmarket.portal.web.Page;
import gx.techmarket.portal.web.Pages;
import gx.techmarket.portal.web.Section;
import gx.techmarket.portal.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every work list of the workbenches, in the order the workbench shows them, and its full page {@code /work/<key>}:
 * paged ("1–20 / 37", page size), filterable by status where the service offers it, sortable by the service's
 * whitelist. The keys are the ids of the workbench's sections.
 */
@Path("/work")
@Produces(Pages.HTML)
@Blocking
@Authenticated
public class WorkLists {

    static final List<String> RESULT_STATUSES = List.of("DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "WITHDRAWN");
    static final List<String> DEMAND_STATUSES = List.of("DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "CLOSED");
    static final List<String> CONTRACT_STATUSES = List.of("DRAFT", "SUBMITTED", "ACCEPTED", "NEEDS_CORRECTION",
            "RESUBMITTED", "REGISTERED", "NOT_REGISTERED");
    static final List<String> CATALOGUE = List.of("newest", "oldest");
    static final List<String> QUEUE = List.of("oldest", "newest");
    static final List<String> CHALLENGES = List.of("newest", "oldest", "deadline");
    static final List<String> ORGANISATIONS = List.of("name", "uscc", "newest");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(WorkList list, ListQuery query, Section<Page<?>> found);
    }

    @Inject
    @RestClient
    CatalogueClient catalogue;

    @Inject
    @RestClient
    DemandClient demands;

    @Inject
    @RestClient
    BiddingClient bidding;

    @Inject
    @RestClient
    RegistryClient registry;

    @Inject
    @RestClient
    SubsidyClient subsidy;

    @Inject
    @RestClient
    DirectoryClient directory;

    @Inject
    Viewer viewer;

    @Inject
    Pages pages;

    /** The lists in the workbench's order; {@code who} decides which a user has. */
    List<WorkList> all() {
        return List.of(
                new WorkList("my-results", "result", RESULT_STATUSES, CATALOGUE, Viewer::party,
                        (status, sort, page, size) -> catalogue.mine(status, sort, page, size)),
                new WorkList("my-demands", "demand", DEMAND_STATUSES, CATALOGUE, Viewer::enterprise,
                        (status, sort, page, size) -> demands.mine(status, sort, page, size)),
                new WorkList("demanded-challenges", "challenge", List.of(), CHALLENGES, Viewer::enterprise,
                        (status, sort, page, size) -> bidding.demanded(sort, page, size)),
                new WorkList("open-challenges", "challenge", List.of(), CHALLENGES, Viewer::party,
                        (status, sort, page, size) -> bidding.listed(true, sort, page, size)),
                new WorkList("my-bids", "bid", List.of(), CATALOGUE, Viewer::party,
                        (status, sort, page, size) -> bidding.myBids(sort, page, size)),
                new WorkList("my-contracts", "contract", CONTRACT_STATUSES, CATALOGUE, v -> v.party() || v.broker(),
                        (status, sort, page, size) -> registry.mine(status, sort, page, size)),
                new WorkList("registration-queue", "contract", List.of(), QUEUE, Viewer::registrar,
                        (status, sort, page, size) -> registry.queue(sort, page, size)),
                new WorkList("latest-results", "result", List.of(), CATALOGUE, v -> v.expert() || v.broker(),
                        (status, sort, page, size) -> catalogue.search(null, null, null, sort, page, size)),
                new WorkList("result-review-queue", "result", List.of(), QUEUE, Viewer::admin,
                        (status, sort, page, size) -> catalogue.reviewQueue(sort, page, size)),
                new WorkList("demand-review-queue", "demand", List.of(), QUEUE, Viewer::admin,
                        (status, sort, page, size) -> demands.reviewQueue(sort, page, size)),
                new WorkList("published-demands", "known-demand", List.of(), List.of(), Viewer::admin,
                        (status, sort, page, size) -> bidding.operatedDemands(page, size)),
                new WorkList("challenge-drafts", "challenge", List.of(), QUEUE, Viewer::admin,
                        (status, sort, page, size) -> bidding.drafts(sort, page, size)),
                new WorkList("programmes", "programme", List.of(), List.of(), Viewer::admin,
                        (status, sort, page, size) -> subsidy.programmes(page, size)),
                new WorkList("all-entitlements", "entitlement-all", List.of(), List.of(), Viewer::admin,
                        (status, sort, page, size) -> subsidy.all(page, size)),
                new WorkList("my-entitlements", "entitlement", List.of(), List.of(), v -> true,
                        (status, sort, page, size) -> subsidy.mine(page, size)),
                // the directory of the admin's sub-market (every status), searchable on its own page
                new WorkList("organisations", "organisation", Choices.ORGANISATION_STATUSES, ORGANISATIONS,
                        Viewer::admin,
                        (status, sort, page, size) -> directory.search(null, null, null, status, sort, page, size),
                        (filters, status, sort, page, size) -> directory.search(filters.q(), filters.kind(),
                                filters.region(), status, sort, page, size)));
    }

    /** The lists this user has, in the workbench's order. */
    List<WorkList> mine() {
        return all().stream().filter(list -> list.who().test(viewer)).toList();
    }

    Optional<WorkList> named(String key) {
        return all().stream().filter(list -> list.key().equals(key)).findFirst();
    }

    /** One page of a list as the user asked it; a service that refuses or is down spoils only this section. */
    static Section<Page<?>> load(WorkList list, String status, String sort, int page, int size) {
        return Section.load(() -> list.loader().load(status, sort, page, size));
    }

    @GET
    @Path("/{key}")
    public Response list(@PathParam("key") String key, @BeanParam ListQuery query) {
        WorkList list = named(key).orElseThrow(NotFoundException::new);
        if (!list.who().test(viewer)) {
            throw new ForbiddenException();
        }
        Section<Page<?>> found = list.searchable()
                ? Section.load(() -> list.search().load(query.filters(Choices.ORGANISATION_KINDS), query.statusOf(list),
                        query.sortOf(list), query.page(), query.size()))
                : load(list, query.statusOf(list), query.sortOf(list), query.page(), query.size());
        return pages.ok(Templates.list(list, query, found));
    }
}
